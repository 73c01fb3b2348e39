package dev.syncopate.remote.sftp;

import org.apache.sshd.sftp.client.fs.SftpFileSystemProvider;
import org.apache.sshd.sftp.client.fs.SftpPosixFileAttributeView;
import org.apache.sshd.sftp.common.SftpHelper;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * MINA's POSIX attribute view, except that mode and times of a just-written file whose handle is still
 * {@link ParkedUploads parked} are only remembered, to go out as one FSETSTAT before its rename
 * instead of two SETSTAT round trips. For any other path it behaves exactly like MINA's.
 *
 * <pre>{@code
 * Files.getFileAttributeView(temp, BasicFileAttributeView.class).setTimes(mtime, now, null); // deferred
 * }</pre>
 */
final class DeferredAttributeView extends SftpPosixFileAttributeView {
    private final ParkedUploads parked;
    private final Path file;

    DeferredAttributeView(SftpFileSystemProvider provider, Path path, ParkedUploads parked, LinkOption... options) {
        super(provider, path, options);
        this.parked = parked;
        this.file = path;
    }

    @Override
    public void setTimes(FileTime modified, FileTime accessed, FileTime created) throws IOException {
        // SFTP v3 sets both times or neither, and a creation time not at all: anything else goes the
        // usual way, with MINA's own handling (the engine always passes both).
        boolean deferred = created == null && modified != null && accessed != null
                && parked.defer(file, a -> a.modifyTime(modified).accessTime(accessed));
        if (!deferred) {
            super.setTimes(modified, accessed, created);
        }
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
        int bits = SftpHelper.attributesToPermissions(false, false, false, perms);
        if (!parked.defer(file, a -> a.perms(bits))) {
            super.setPermissions(perms);
        }
    }
}
