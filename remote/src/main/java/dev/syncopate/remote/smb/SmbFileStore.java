package dev.syncopate.remote.smb;

import com.hierynomus.msfscc.fileinformation.ShareInfo;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileStoreAttributeView;

/**
 * The share as a {@link FileStore}: its name, file system type and free space (one request each
 * time a size is asked for).
 *
 * <pre>{@code
 * FileStore s = Files.getFileStore(root.path());
 * s.type();             // "NTFS"
 * s.getUsableSpace();   // bytes the user may still write
 * }</pre>
 */
final class SmbFileStore extends FileStore {
    private final SmbFileSystem fs;

    SmbFileStore(SmbFileSystem fs) {
        this.fs = fs;
    }

    @Override
    public String name() {
        return fs.prefix();
    }

    @Override
    public String type() {
        return fs.info().name();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    private ShareInfo info() throws IOException {
        return ShareCalls.call(fs.getPath("/"), null, s -> s.getShareInformation());
    }

    @Override
    public long getTotalSpace() throws IOException {
        return info().getTotalSpace();
    }

    @Override
    public long getUsableSpace() throws IOException {
        return info().getCallerFreeSpace();
    }

    @Override
    public long getUnallocatedSpace() throws IOException {
        return info().getFreeSpace();
    }

    @Override
    public boolean supportsFileAttributeView(Class<? extends FileAttributeView> type) {
        return type == BasicFileAttributeView.class;
    }

    @Override
    public boolean supportsFileAttributeView(String name) {
        return "basic".equals(name);
    }

    @Override
    public <V extends FileStoreAttributeView> V getFileStoreAttributeView(Class<V> type) {
        return null;
    }

    @Override
    public Object getAttribute(String attribute) {
        throw new UnsupportedOperationException("no file store attribute '" + attribute + "'");
    }
}
