package dev.syncopate.remote.smb;

import com.hierynomus.mserref.NtStatus;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns the NT status of a failed SMB request into the NIO exception the engine understands, with
 * the file in it, so an error line reads {@code ERROR 5 (0x00000005) ... Access is denied.} for the
 * right file, exactly as it would on a local disk.
 *
 * <pre>{@code
 * catch (SMBApiException e) {
 *     throw SmbErrors.toNio(e.getStatusCode(), path.toString(), null);  // e.g. NoSuchFileException
 * }
 * }</pre>
 *
 * <p>The reasons of the generic {@link FileSystemException}s use the strerror words the engine's
 * {@code ErrorCodes} recognise ("no space left on device", "device or resource busy"), so they get
 * the matching Windows code too.
 */
final class SmbErrors {
    private SmbErrors() {
    }

    /**
     * The NIO exception for a status.
     *
     * @param file  the path the request was about, as the engine shows it
     * @param other the second path of a rename, or null
     */
    static FileSystemException toNio(long status, String file, String other) {
        NtStatus s = NtStatus.valueOf(status);
        return switch (s) {
            case STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_NO_SUCH_FILE, STATUS_NOT_FOUND,
                 STATUS_DELETE_PENDING -> new NoSuchFileException(file, other, null);
            case STATUS_ACCESS_DENIED, STATUS_CANNOT_DELETE, STATUS_PRIVILEGE_NOT_HELD ->
                    new AccessDeniedException(file, other, null);
            case STATUS_OBJECT_NAME_COLLISION -> new FileAlreadyExistsException(file, other, null);
            case STATUS_DIRECTORY_NOT_EMPTY -> new DirectoryNotEmptyException(file);
            case STATUS_NOT_A_DIRECTORY -> new NotDirectoryException(file);
            case STATUS_FILE_IS_A_DIRECTORY -> new FileSystemException(file, other, "is a directory");
            case STATUS_DISK_FULL -> new FileSystemException(file, other, "no space left on device");
            case STATUS_SHARING_VIOLATION, STATUS_FILE_CLOSED ->
                    new FileSystemException(file, other, "device or resource busy (the file is open elsewhere)");
            case STATUS_OBJECT_NAME_INVALID -> new FileSystemException(file, other, "the server refuses this name");
            default -> new FileSystemException(file, other, "SMB " + name(status));
        };
    }

    /** The status as Windows tools show it: {@code STATUS_ACCESS_DENIED (0xc0000022)}. */
    static String name(long status) {
        NtStatus s = NtStatus.valueOf(status);
        String hex = String.format("0x%08x", status);
        return s == NtStatus.STATUS_OTHER ? hex : s.name() + " (" + hex + ")";
    }

    /**
     * True when the status says the session or tree connect is gone rather than something about the
     * file: the link must reconnect before the next request.
     */
    static boolean endsSession(long status) {
        NtStatus s = NtStatus.valueOf(status);
        return s == NtStatus.STATUS_NETWORK_NAME_DELETED || s == NtStatus.STATUS_USER_SESSION_DELETED
                || s == NtStatus.STATUS_NETWORK_SESSION_EXPIRED;
    }
}
