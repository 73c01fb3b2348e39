package dev.syncopate.remote.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileAllInformation;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2CreateOptions;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.DiskEntry;
import com.hierynomus.smbj.share.File;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NIO over smbj, so the engine copies to and from a share with the same code, and the same
 * guarantees, as on a local disk: temp file then rename, times set after the last write, retries,
 * {@code /Z} resume. Not installed (no {@code smb:} URIs): {@link SmbOpener} builds the file system
 * directly, and paths come from it.
 *
 * <pre>{@code
 * Path dst = root.path().resolve("docs/a.txt");
 * Files.move(temp, dst, ATOMIC_MOVE, REPLACE_EXISTING);   // one SMB rename with ReplaceIfExists
 * }</pre>
 *
 * <p>Each operation is one SMB open, one request and a close (smbj has no compounding); a rename or
 * a time set does not wait for its close ({@link LateClose}); reading the attributes of a listed
 * entry is free ({@link SmbDirectoryStream}). A file just written keeps its handle for the time set
 * and the rename that follow ({@link ParkedFiles}).
 */
final class SmbFileSystemProvider extends FileSystemProvider {

    @Override
    public String getScheme() {
        return "smb";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("open smb:// locations through SmbOpener");
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException("open smb:// locations through SmbOpener");
    }

    @Override
    public Path getPath(URI uri) {
        throw new UnsupportedOperationException("open smb:// locations through SmbOpener");
    }

    static SmbPath check(Path p) {
        if (!(p instanceof SmbPath s)) {
            throw new ProviderMismatchException("not an SMB path: " + p);
        }
        return s;
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        SmbPath p = check(path);
        boolean append = options.contains(StandardOpenOption.APPEND);
        boolean write = append || options.contains(StandardOpenOption.WRITE);
        boolean read = options.contains(StandardOpenOption.READ) || !write;
        Set<AccessMask> access = EnumSet.of(AccessMask.FILE_READ_ATTRIBUTES);
        if (read) {
            access.add(AccessMask.FILE_READ_DATA);
        }
        if (write) {
            access.addAll(List.of(AccessMask.FILE_WRITE_DATA, AccessMask.FILE_APPEND_DATA));
        }
        SMB2CreateDisposition disposition = disposition(options, write);
        if (disposition != SMB2CreateDisposition.FILE_OPEN && disposition != SMB2CreateDisposition.FILE_OVERWRITE) {
            p.getFileSystem().fresh().adding(p);
        }
        // A file this open creates (or empties) is parked when closed: its times and its rename go on
        // this handle, which needs the rights for both (the rename needs DELETE whichever handle does it).
        boolean parkable = write && disposition != SMB2CreateDisposition.FILE_OPEN;
        if (parkable) {
            access.addAll(List.of(AccessMask.FILE_WRITE_ATTRIBUTES, AccessMask.DELETE));
        }
        return ShareCalls.call(p, null, s -> {
            File f = s.openFile(p.shareName(), access, EnumSet.of(FileAttributes.FILE_ATTRIBUTE_NORMAL),
                    SMB2ShareAccess.ALL, disposition, EnumSet.of(SMB2CreateOptions.FILE_NON_DIRECTORY_FILE));
            return new SmbFileChannel(p, s, f, read, write, append, parkable);
        });
    }

    /** The SMB create disposition that means what the NIO open options mean. */
    static SMB2CreateDisposition disposition(Set<? extends OpenOption> options, boolean write) {
        if (!write) {
            return SMB2CreateDisposition.FILE_OPEN;
        }
        boolean truncate = options.contains(StandardOpenOption.TRUNCATE_EXISTING)
                && !options.contains(StandardOpenOption.APPEND);
        if (options.contains(StandardOpenOption.CREATE_NEW)) {
            return SMB2CreateDisposition.FILE_CREATE;
        }
        if (options.contains(StandardOpenOption.CREATE)) {
            return truncate ? SMB2CreateDisposition.FILE_OVERWRITE_IF : SMB2CreateDisposition.FILE_OPEN_IF;
        }
        return truncate ? SMB2CreateDisposition.FILE_OVERWRITE : SMB2CreateDisposition.FILE_OPEN;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return SmbDirectoryStream.open(check(dir), filter);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        SmbPath p = check(dir);
        try {
            ShareCalls.call(p, null, s -> {
                s.mkdir(p.shareName());
                return null;
            });
        } catch (FileAlreadyExistsException e) {
            p.getFileSystem().fresh().adding(p);   // someone else's: it exists now, whatever we knew
            throw e;
        }
        p.getFileSystem().fresh().created(p);
    }

    /**
     * Deletes a file or an empty directory with one open: delete-on-close is refused with
     * STATUS_DIRECTORY_NOT_EMPTY for a directory that still has entries.
     */
    @Override
    public void delete(Path path) throws IOException {
        SmbPath p = check(path);
        p.getFileSystem().fresh().forget(p);
        ShareCalls.call(p, null, s -> {
            try (DiskEntry e = s.open(p.shareName(), EnumSet.of(AccessMask.DELETE, AccessMask.FILE_READ_ATTRIBUTES),
                    null, SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
                e.deleteOnClose();
            }
            return null;
        });
    }

    /**
     * Renames within the share: one SMB rename, with ReplaceIfExists under {@code REPLACE_EXISTING} or
     * {@code ATOMIC_MOVE}. The server does it in one step, so a reader sees the old file or the new one.
     */
    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        SmbPath from = check(source);
        SmbPath to = check(target);
        requireSameShare(from, to);
        List<CopyOption> o = Arrays.asList(options);
        boolean replace = o.contains(StandardCopyOption.REPLACE_EXISTING) || o.contains(StandardCopyOption.ATOMIC_MOVE);
        from.getFileSystem().fresh().forget(from);
        from.getFileSystem().fresh().adding(to);
        File written = from.getFileSystem().parked().take(from);
        if (written != null) {
            renameWritten(written, from, to, replace);
            return;
        }
        ShareCalls.call(from, to, s -> {
            DiskEntry e = s.open(from.shareName(), EnumSet.of(AccessMask.DELETE, AccessMask.FILE_READ_ATTRIBUTES),
                    null, SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null);
            try {
                e.rename(to.shareName(), replace);
            } finally {
                LateClose.close(e);   // the rename is done (or refused) when its answer arrives
            }
            return null;
        });
    }

    /**
     * Renames a just-written file on its own still-open handle, then closes it and waits: that close
     * is the data handle's, and a failure of it is reported (the file may still be in place).
     */
    private static void renameWritten(File written, SmbPath from, SmbPath to, boolean replace) throws IOException {
        ShareCalls.call(from, to, s -> {
            try {
                written.rename(to.shareName(), replace);
            } catch (RuntimeException e) {
                ParkedFiles.closeQuietly(written);
                throw e;
            }
            written.close();
            return null;
        });
    }

    /** Copies through this JVM (SMB server-side copy would need an ioctl smbj offers only file to file). */
    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        SmbPath from = check(source);
        SmbPath to = check(target);
        requireSameShare(from, to);
        List<CopyOption> o = Arrays.asList(options);
        BasicFileAttributes a = attributes(from);
        if (a.isDirectory()) {
            createDirectory(to);
        } else {
            Set<StandardOpenOption> create = o.contains(StandardCopyOption.REPLACE_EXISTING)
                    ? EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)
                    : EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
            try (FileChannel in = newFileChannel(from, EnumSet.of(StandardOpenOption.READ));
                 FileChannel out = newFileChannel(to, create)) {
                in.transferTo(0, Long.MAX_VALUE, out);
            }
        }
        if (o.contains(StandardCopyOption.COPY_ATTRIBUTES)) {
            new SmbTimesView(to).setTimes(a.lastModifiedTime(), a.lastAccessTime(), a.creationTime());
        }
    }

    private static void requireSameShare(SmbPath a, SmbPath b) throws FileSystemException {
        if (a.getFileSystem() != b.getFileSystem()) {
            throw new FileSystemException(a.toString(), b.toString(), "not on the same SMB share");
        }
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        if (!(path instanceof SmbPath a) || !(path2 instanceof SmbPath b) || a.getFileSystem() != b.getFileSystem()) {
            return false;
        }
        Object ka = attributes(a).fileKey();
        return ka != null && ka.equals(attributes(b).fileKey());
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return attributes(check(path)).isHidden();
    }

    @Override
    public FileStore getFileStore(Path path) {
        return new SmbFileStore(check(path).getFileSystem());
    }

    /** Existence for every mode; WRITE is also refused for a read-only file. Share ACLs are the server's to enforce. */
    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        SmbPath p = check(path);
        SmbAttributes a = fresh(p);
        if (Arrays.asList(modes).contains(AccessMode.WRITE) && a.isReadOnly() && !a.isDirectory()) {
            throw new AccessDeniedException(p.toString(), null, "read-only");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return type == BasicFileAttributeView.class ? (V) new SmbTimesView(check(path)) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException("SMB paths have basic attributes only, not " + type.getSimpleName());
        }
        return (A) attributes(check(path));
    }

    /** A listed entry's attributes from its listing; any other path's from the server. */
    static SmbAttributes attributes(SmbPath p) throws IOException {
        SmbAttributes listed = p.listed();
        return listed != null ? listed : fresh(p);
    }

    private static SmbAttributes fresh(SmbPath p) throws IOException {
        if (p.getFileSystem().fresh().surelyAbsent(p)) {
            throw new NoSuchFileException(p.toString());   // in a directory made by us, never given this name
        }
        return ShareCalls.call(p, null, s -> SmbAttributes.of(s.getFileInformation(p.shareName(), FileAllInformation.class)));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return BasicAttributeNames.select(attributes(check(path)), attributes);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        BasicAttributeNames.set(new SmbTimesView(check(path)), attribute, value);
    }
}
