package dev.syncopate.remote.sftp;

import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Gives an SFTP status the {@code java.nio.file} exception the engine reacts to: it retries, skips or
 * reports by exception type (a vanished file is not retried, a non-empty directory is emptied first,
 * access denied is counted as such), and MINA mostly throws a bare {@link SftpException}.
 *
 * <pre>{@code
 * try { client.remove(p); } catch (SftpException e) { throw SftpErrors.translate(e, path); }
 * // status 3 -> AccessDeniedException("/srv/backup/a.txt")
 * }</pre>
 */
final class SftpErrors {
    private SftpErrors() {
    }

    static IOException translate(IOException e, Path path) {
        if (!(e instanceof SftpException s)) {
            return e;
        }
        String file = path.toString();
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
            return e;
        }
        mapped.initCause(e);
        return mapped;
    }
}
