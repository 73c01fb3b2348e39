package dev.syncopate.remote.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.fileinformation.FileBasicInformation;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.DiskEntry;
import com.hierynomus.smbj.share.File;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;

/**
 * Reads a file's attributes and sets its times with one {@code FileBasicInformation} request on its
 * own handle, closed without waiting ({@link LateClose}), or on the handle of a file just written and
 * {@link ParkedFiles parked}: set after its last write, the times are sticky and its close keeps them.
 *
 * <pre>{@code
 * Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(mtime, null, null);
 * }</pre>
 */
final class SmbTimesView implements BasicFileAttributeView {
    private final SmbPath path;

    SmbTimesView(SmbPath path) {
        this.path = path;
    }

    @Override
    public String name() {
        return "basic";
    }

    @Override
    public BasicFileAttributes readAttributes() throws IOException {
        return SmbFileSystemProvider.attributes(path);
    }

    /** Null leaves a time unchanged (FILETIME 0 in the request means "do not change"). */
    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) throws IOException {
        FileBasicInformation info = new FileBasicInformation(time(createTime), time(lastAccessTime),
                time(lastModifiedTime), FileBasicInformation.DONT_SET, 0);
        File written = path.getFileSystem().parked().take(path);
        if (written != null) {
            ShareCalls.call(path, null, s -> {
                try {
                    written.setFileInformation(info);   // after its last write: the close keeps it
                } catch (RuntimeException e) {
                    ParkedFiles.closeQuietly(written);
                    throw e;
                }
                path.getFileSystem().parked().park(path, written);
                return null;
            });
            return;
        }
        ShareCalls.call(path, null, s -> {
            DiskEntry e = s.open(path.shareName(), EnumSet.of(AccessMask.FILE_WRITE_ATTRIBUTES), null,
                    SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null);
            try {
                e.setFileInformation(info);
            } finally {
                LateClose.close(e);
            }
            return null;
        });
    }

    private static com.hierynomus.msdtyp.FileTime time(FileTime t) {
        return t == null ? FileBasicInformation.DONT_SET : SmbTimes.toSmb(t);
    }
}
