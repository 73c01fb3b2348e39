package dev.syncopate.remote;

import java.io.IOException;

/**
 * A remote location could not be opened. The message is one line that names the location and says
 * what went wrong in an admin's words; it never contains a password.
 *
 * <pre>{@code
 * catch (RemoteException e) {
 *     err.println("syncopate: " + e.getMessage());
 *     // sftp://backup@nas01/backup: login refused (wrong password or key?)
 * }
 * }</pre>
 */
public final class RemoteException extends IOException {
    /** What kind of failure, for callers and tests that must tell them apart. */
    public enum Kind {
        /** Name not resolved, connection refused or timed out. */
        UNREACHABLE,
        /** Wrong user, password or key. */
        LOGIN,
        /** The server's host key is not trusted, or does not match known_hosts. */
        HOST_KEY,
        /** The share or directory does not exist. */
        NOT_FOUND,
        /** Logged in, but not allowed to use the share or directory. */
        DENIED,
        /** Anything else (protocol error, unsupported server). */
        OTHER
    }

    private final Kind kind;

    public RemoteException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public RemoteException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
