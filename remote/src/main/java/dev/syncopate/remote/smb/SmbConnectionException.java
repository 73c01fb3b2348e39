package dev.syncopate.remote.smb;

import dev.syncopate.event.ErrorCodes;

import java.io.IOException;

/**
 * The connection to the server broke during an operation, or could not be made again for the next
 * one. Carries the Windows code Robocopy shows for the same trouble on a share, so the log reads
 * {@code ERROR 64 (0x00000040) ... The specified network name is no longer available.}.
 *
 * <pre>{@code
 * throw SmbConnectionException.lost(path.toString(), "smb://fs01", cause);
 * }</pre>
 */
final class SmbConnectionException extends IOException implements ErrorCodes.Coded {
    /** ERROR_BAD_NETPATH. */
    static final int BAD_NETPATH = 53;
    /** ERROR_NETNAME_DELETED. */
    static final int NETNAME_DELETED = 64;

    private final int code;
    private final String windowsText;

    private SmbConnectionException(int code, String windowsText, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.windowsText = windowsText;
    }

    /** A request on {@code file} failed because the connection to {@code server} broke. */
    static SmbConnectionException lost(String file, String server, Throwable cause) {
        return new SmbConnectionException(NETNAME_DELETED, "The specified network name is no longer available.",
                file + ": connection to " + server + " lost", cause);
    }

    /** The server ended the session or tree connect (expired, or the share was removed). */
    static SmbConnectionException ended(String file, String server, long status, Throwable cause) {
        return new SmbConnectionException(NETNAME_DELETED, "The specified network name is no longer available.",
                file + ": " + server + " ended the session (" + SmbErrors.name(status) + ")", cause);
    }

    /** Reconnecting for the next request failed (server down, refused, login no longer accepted). */
    static SmbConnectionException reconnectFailed(IOException cause) {
        return new SmbConnectionException(BAD_NETPATH, "The network path was not found.", cause.getMessage(), cause);
    }

    @Override
    public int errorCode() {
        return code;
    }

    /** Windows' words, then ours: which file or server, and what happened. */
    @Override
    public String errorMessage() {
        return windowsText + " (" + getMessage() + ")";
    }
}
