package dev.syncopate.remote.smb;

import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileAllInformation;
import com.hierynomus.msfscc.fileinformation.FileBasicInformation;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What SMB says about a file, as {@link BasicFileAttributes}. Comes from a directory listing (no
 * extra request per entry) or from a query on the file.
 *
 * <pre>{@code
 * SmbAttributes a = SmbAttributes.of(entry);   // a FileIdBothDirectoryInformation from list()
 * a.size(); a.lastModifiedTime(); a.isDirectory();
 * }</pre>
 *
 * @param attributes the FILE_ATTRIBUTE_* bits (directory, read-only, hidden, reparse point, ...)
 * @param fileId     the server's file id, or 0 when it gave none
 */
record SmbAttributes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime creationTime, long size,
                     long attributes, long fileId) implements BasicFileAttributes {

    static SmbAttributes of(FileIdBothDirectoryInformation e) {
        return new SmbAttributes(SmbTimes.toNio(e.getLastWriteTime()), SmbTimes.toNio(e.getLastAccessTime()),
                SmbTimes.toNio(e.getCreationTime()), e.getEndOfFile(), e.getFileAttributes(), e.getFileId());
    }

    static SmbAttributes of(FileAllInformation all) {
        FileBasicInformation b = all.getBasicInformation();
        return new SmbAttributes(SmbTimes.toNio(b.getLastWriteTime()), SmbTimes.toNio(b.getLastAccessTime()),
                SmbTimes.toNio(b.getCreationTime()), all.getStandardInformation().getEndOfFile(),
                b.getFileAttributes(), all.getInternalInformation().getIndexNumber());
    }

    private boolean has(FileAttributes a) {
        return (attributes & a.getValue()) != 0;
    }

    @Override
    public boolean isDirectory() {
        return has(FileAttributes.FILE_ATTRIBUTE_DIRECTORY);
    }

    @Override
    public boolean isRegularFile() {
        return !isDirectory() && !isOther();
    }

    /** SMB shows a server-side link as a reparse point the client cannot follow through NIO. */
    @Override
    public boolean isSymbolicLink() {
        return false;
    }

    @Override
    public boolean isOther() {
        return !isDirectory() && has(FileAttributes.FILE_ATTRIBUTE_REPARSE_POINT);
    }

    boolean isReadOnly() {
        return has(FileAttributes.FILE_ATTRIBUTE_READONLY);
    }

    boolean isHidden() {
        return has(FileAttributes.FILE_ATTRIBUTE_HIDDEN);
    }

    /** The server's file id: the engine uses it to spot the same directory reached twice. */
    @Override
    public Object fileKey() {
        return fileId == 0 ? null : fileId;
    }
}
