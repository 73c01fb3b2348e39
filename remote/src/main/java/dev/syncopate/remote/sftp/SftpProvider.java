package dev.syncopate.remote.sftp;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.client.fs.SftpFileSystemProvider;
import org.apache.sshd.sftp.client.fs.SftpPath;
import org.apache.sshd.sftp.client.fs.WithFileAttributeCache;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.CopyOption;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * MINA's SFTP file system provider with the three things a backup needs fixed. Built per opened root
 * and never installed ({@code FileSystemProvider.installedProviders()} does not see it), so it cannot
 * collide with another library's {@code sftp} provider.
 *
 * <ul>
 * <li><b>Atomic replace.</b> MINA's {@code move} deletes the target and then renames: a crash between
 *     the two leaves no file at all. With {@code ATOMIC_MOVE} this uses OpenSSH's
 *     {@code posix-rename@openssh.com} (rename(2) on the server, which replaces atomically), and throws
 *     {@link AtomicMoveNotSupportedException} on servers without it, so the engine falls back to a
 *     plain replace knowingly.</li>
 * <li><b>One stat per file.</b> A directory listing already carries every entry's attributes, but
 *     MINA's cache scope clears them before the first {@code readAttributes}, costing one round trip per
 *     file. Here a listed path answers its first attribute read from the listing.</li>
 * <li><b>Channels.</b> Reading channels are {@link DownloadChannel}s (end of file as 0, not -1).
 *     Write-only channels are {@link UploadChannel}s, which keep writes in flight
 *     instead of waiting for each. {@code NOFOLLOW_LINKS} is accepted and ignored on open: SFTP v3 has
 *     no O_NOFOLLOW, and MINA would reject the option outright.</li>
 * <li><b>Three waits per small file.</b> A closed upload keeps its handle {@link ParkedUploads parked}:
 *     the mode and times the engine sets next are sent as one FSETSTAT together with the CLOSE and
 *     awaited with the writes' acks when the file is renamed (or touched in any other way), instead of
 *     CLOSE, SETSTAT and SETSTAT one after another.</li>
 * </ul>
 *
 * <pre>{@code
 * SftpProvider provider = new SftpProvider(client, 64 * 1024, new SftpErrors("sftp://nas01"));
 * SftpFileSystem fs = provider.newFileSystem(uri, Map.of());
 * Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE); // posix-rename@openssh.com
 * }</pre>
 */
final class SftpProvider extends SftpFileSystemProvider {
    private final int uploadChunk;
    private final SftpErrors errors;
    private final ParkedUploads parked = new ParkedUploads();

    SftpProvider(SshClient client, int uploadChunk, SftpErrors errors) {
        super(client);
        this.uploadChunk = uploadChunk;
        this.errors = errors;
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        try {
            parked.settle(source); // data, mode and times in place before the name changes
        } catch (IOException e) {
            throw errors.translate(e, source.toString());
        }
        if (!Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
            super.move(source, target, options);
            return;
        }
        SftpPath from = toSftpPath(source);
        SftpPath to = toSftpPath(target);
        try (SftpClient client = from.getFileSystem().getClient()) {
            OpenSSHPosixRenameExtension rename = client.getExtension(OpenSSHPosixRenameExtension.class);
            if (rename == null || !rename.isSupported()) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(),
                        "the server does not offer posix-rename@openssh.com");
            }
            rename.posixRename(from.toString(), to.toString());
        } catch (IOException e) {
            throw errors.translate(e, source.toString());
        }
    }

    /**
     * Serves the attributes a listing attached to this very path object, once; then they are dropped so
     * a path kept around never answers with stale data. Both listing and engine read without following
     * links (OpenSSH lists with lstat); a following read may use them too unless the entry is a link.
     */
    @Override
    public SftpClient.Attributes readRemoteAttributes(SftpPath path, LinkOption... options) throws IOException {
        try {
            parked.settle(path); // what a stat sees must be the finished file
        } catch (IOException e) {
            throw errors.translate(e, path.toString());
        }
        if (path instanceof WithFileAttributeCache cached) {
            SftpClient.Attributes listed = cached.getAttributes();
            boolean follow = !Arrays.asList(options).contains(LinkOption.NOFOLLOW_LINKS);
            if (listed != null && (!follow || !listed.isSymbolicLink())) {
                cached.setAttributes(null);
                return listed;
            }
        }
        try {
            return super.readRemoteAttributes(path, options);
        } catch (IOException e) {
            throw errors.translate(e, path.toString());
        }
    }

    /** MINA's newByteChannel calls this too, so Files.newByteChannel gets the same treatment. */
    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Set<OpenOption> usable = new HashSet<>(options);
        usable.remove(LinkOption.NOFOLLOW_LINKS);
        boolean writeOnly = usable.contains(StandardOpenOption.WRITE) && !usable.contains(StandardOpenOption.READ)
                && !usable.contains(StandardOpenOption.APPEND);
        try {
            parked.settle(path);
            SftpPath p = toSftpPath(path);
            if (readOnly(usable)) {
                return new DownloadChannel(p.toString(), p.getFileSystem().getClient(),
                        EnumSet.of(SftpClient.OpenMode.Read), errors);
            }
            if (!writeOnly) {
                return super.newFileChannel(path, usable, attrs);
            }
            return UploadChannel.open(p.getFileSystem().getClient(), p.toString(),
                    SftpClient.OpenMode.fromOpenOptions(usable), uploadChunk, errors, parked);
        } catch (IOException e) {
            throw errors.translate(e, path.toString());
        }
    }

    /** No write, append, create or truncate: a plain read, as the engine opens its sources. */
    private static boolean readOnly(Set<OpenOption> options) {
        for (OpenOption o : options) {
            if (o != StandardOpenOption.READ) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        try {
            return super.newDirectoryStream(dir, filter);
        } catch (IOException e) {
            throw errors.translate(e, dir.toString());
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            super.createDirectory(dir, attrs);
        } catch (IOException e) {
            throw errors.translate(e, dir.toString());
        }
    }

    /**
     * SFTP v3 answers rmdir of a non-empty directory with a bare "Failure"; the engine needs
     * DirectoryNotEmptyException to know it must empty the directory first.
     */
    @Override
    public void delete(Path path) throws IOException {
        parked.settleQuietly(path);
        try {
            super.delete(path);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_FAILURE && hasEntries(path)) {
                DirectoryNotEmptyException notEmpty = new DirectoryNotEmptyException(path.toString());
                notEmpty.initCause(e);
                throw notEmpty;
            }
            throw errors.translate(e, path.toString());
        }
    }

    private boolean hasEntries(Path dir) {
        try (DirectoryStream<Path> entries = super.newDirectoryStream(dir, p -> true)) {
            return entries.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return false; // not a directory, or unreadable: the original failure stands
        }
    }

    /** Basic and POSIX views defer a parked file's mode and times to its settling (one FSETSTAT). */
    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        if (type == BasicFileAttributeView.class || type == PosixFileAttributeView.class) {
            if (isSupportedFileAttributeView(path, type)) {
                return type.cast(new DeferredAttributeView(this, path, parked, options));
            }
        }
        return super.getFileAttributeView(path, type, options);
    }

    /** A local path is never the same file as a remote one (MINA would throw ProviderMismatchException). */
    @Override
    public boolean isSameFile(Path a, Path b) throws IOException {
        if (a.getFileSystem() != b.getFileSystem()) {
            return false;
        }
        return super.isSameFile(a, b);
    }
}
