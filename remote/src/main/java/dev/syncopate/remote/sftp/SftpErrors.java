package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Gives a failure the exception and text the engine and the admin need. An SFTP status becomes the
 * {@code java.nio.file} exception the engine reacts to: it retries, skips or reports by type (a vanished
 * file is not retried, a non-empty directory is emptied first, access denied is counted as such), and
 * MINA mostly throws a bare {@link SftpException}. A failure of the connection itself (MINA says things
 * like {@code receive(id=350, timeout=PT0S) client is closed}) becomes one line naming the server.
 *
 * <pre>{@code
 * SftpErrors errors = new SftpErrors("sftp://nas01");
 * try { client.remove(p); } catch (IOException e) { throw errors.translate(e, p); }
 * // status 3       -> AccessDeniedException("/srv/backup/a.txt")
 * // session closed -> IOException("sftp://nas01: connection lost (... client is closed)")
 * }</pre>
 */
final class SftpErrors {
    private final String server;

    /** @param server the location's server part, {@code sftp://nas01:2222}, for messages */
    SftpErrors(String server) {
        this.server = server;
    }

    IOException translate(IOException e, String file) {
        if (e instanceof SftpException s) {
            return status(s, file);
        }
        if (e instanceof FileSystemException || e instanceof RemoteException || e instanceof ClosedChannelException
                || e.getMessage() != null && e.getMessage().startsWith(server)) {
            return e; // already says what and where; a closed channel is the caller's own doing
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException(server + ": connection lost (" + m.replaceAll("\\s+", " ").trim() + ")", e);
    }

    private static IOException status(SftpException s, String file) {
        FileSystemException mapped = switch (s.getStatus()) {
            case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH -> new NoSuchFileException(file);
            case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT ->
                    new AccessDeniedException(file, null, s.getMessage());
            case SftpConstants.SSH_FX_FILE_ALREADY_EXISTS -> new FileAlreadyExistsException(file);
            case SftpConstants.SSH_FX_DIR_NOT_EMPTY -> new DirectoryNotEmptyException(file);
            case SftpConstants.SSH_FX_NOT_A_DIRECTORY -> new NotDirectoryException(file);
            case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM ->
                    new FileSystemException(file, null, "No space left on device");
            case SftpConstants.SSH_FX_QUOTA_EXCEEDED -> new FileSystemException(file, null, "Disk quota exceeded");
            default -> null;
        };
        if (mapped == null) {
            return s;
        }
        mapped.initCause(s);
        return mapped;
    }
}
