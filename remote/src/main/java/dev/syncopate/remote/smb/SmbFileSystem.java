package dev.syncopate.remote.smb;

import dev.syncopate.fs.CaseInsensitiveNames;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.sync.RemoteOrigin;
import org.apache.sshd.common.file.util.BaseFileSystem;

import java.nio.file.FileStore;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;

/**
 * One SMB share as a {@link java.nio.file.FileSystem}: {@code /} is the share's root. Made by
 * {@link SmbOpener}, never installed as a provider (there is no {@code smb:} URI lookup); paths come
 * from {@link #getPath} or the root's {@code resolve}.
 *
 * <pre>{@code
 * SmbFileSystem fs = new SmbFileSystem(new SmbFileSystemProvider(), link, fsInfo);
 * Files.createDirectories(fs.getPath("/backup/docs"));
 * }</pre>
 *
 * <p>{@link CaseInsensitiveNames}: SMB servers (Windows, and Samba for SMB2+) match names without
 * regard to case, so the engine must join {@code A.txt} and {@code a.txt} as one file.
 *
 * <p>Only the {@code basic} attribute view: a {@code dos} view would make the engine set four DOS
 * bits one request round each, on every file.
 */
final class SmbFileSystem extends BaseFileSystem<SmbPath> implements CaseInsensitiveNames, RemoteOrigin {
    private final SmbLink link;
    private final FsInfo info;
    private final String prefix;
    private final ChunkPool chunks = new ChunkPool();
    private final FreshDirs fresh = new FreshDirs();
    private final ParkedFiles parked = new ParkedFiles();

    SmbFileSystem(SmbFileSystemProvider provider, SmbLink link, FsInfo info) {
        super(provider);
        this.link = link;
        this.info = info;
        RemoteLocation l = link.location();
        this.prefix = new RemoteLocation(l.scheme(), l.user(), l.host(), l.port(), l.share(), "").toString();
    }

    /** The share, whoever logs in: a source and a destination opened apart on it hold the same files. */
    @Override
    public String origin() {
        return link.location().storageKey();
    }

    SmbLink link() {
        return link;
    }

    /** Write-behind buffers shared by this share's channels. */
    ChunkPool chunks() {
        return chunks;
    }

    /** The directories this file system created, to answer "does it exist?" for them without asking. */
    FreshDirs fresh() {
        return fresh;
    }

    ParkedFiles parked() {
        return parked;
    }

    FsInfo info() {
        return info;
    }

    /** {@code smb://fs01/Backup}: what absolute paths are shown under. */
    String prefix() {
        return prefix;
    }

    @Override
    protected SmbPath create(String root, List<String> names) {
        return new SmbPath(this, root, names);
    }

    /** Backslash is the SMB separator: never a name character, whatever the local OS is. */
    @Override
    protected boolean hostFsHasWindowsSeparator() {
        return true;
    }

    @Override
    public void close() {
        parked.closeAll();
        link.close();
    }

    @Override
    public boolean isOpen() {
        return !link.isClosed();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of(new SmbFileStore(this));
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException("SMB shares have no Unix owners");
    }
}
