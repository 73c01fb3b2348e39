package dev.syncopate.execute;

import dev.syncopate.scan.Attribute;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Writes times, attributes and owners: the parts of {@code /COPY:TAO} and {@code /DCOPY:TA} that
 * are not data. Shared by the file, link and directory writers.
 */
final class Metadata {
    private Metadata() {
    }

    /**
     * Sets the modification time to the nanosecond (ext4, XFS, btrfs, APFS and jimfs keep all nine
     * digits; NTFS keeps 100 ns). The access time becomes "now": passing one saves the JDK a stat to
     * look up the old value, and a file just written was, after all, just accessed. NOFOLLOW makes
     * this safe on links and costs the same on regular files. Before 1970, see {@link PreEpochTimes}.
     */
    static void setTimes(Path p, long mtimeNanos) throws IOException {
        boolean beyondTheJdk = PreEpochTimes.beyondTheJdk(p, mtimeNanos);
        FileTime modified = beyondTheJdk ? FileTime.from(PreEpochTimes.wholeSecondBelow(mtimeNanos), TimeUnit.SECONDS)
                : FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS);
        Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(modified, FileTime.from(Instant.now()), null);
        if (beyondTheJdk) {
            PreEpochTimes.touch(p, mtimeNanos);   // if it cannot, the whole second stays: still "same"
        }
    }

    /**
     * Applies POSIX mode bits where the file system has them, else DOS R/H/S/A. Linux also offers a
     * "dos" view (stored in an xattr), so POSIX wins whenever it exists.
     *
     * @param mode    mode bits, or negative for unknown (then nothing changes on POSIX)
     * @param dosMask {@link Attribute} bits, or negative for unknown (then nothing changes on DOS)
     */
    static void setAttributes(Path p, int mode, int dosMask) throws IOException {
        Set<String> views = p.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            if (mode >= 0) {
                setMode(p, mode, views.contains("unix"));
            }
        } else if (views.contains("dos") && dosMask >= 0) {
            DosFileAttributeView dos = Files.getFileAttributeView(p, DosFileAttributeView.class);
            dos.setHidden((dosMask & Attribute.HIDDEN.bit()) != 0);
            dos.setSystem((dosMask & Attribute.SYSTEM.bit()) != 0);
            dos.setArchive((dosMask & Attribute.ARCHIVE.bit()) != 0);
            dos.setReadOnly((dosMask & Attribute.READ_ONLY.bit()) != 0);
        }
    }

    private static void setMode(Path p, int mode, boolean unix) throws IOException {
        if (unix) {
            try {
                // One chmod that also keeps setuid, setgid and sticky, which PosixFilePermission cannot express.
                Files.setAttribute(p, "unix:mode", mode & 07777);
                return;
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // a provider whose unix view is read-only (jimfs): fall through to the nine permission bits
            }
        }
        Files.setPosixFilePermissions(p, permissions(mode));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE = bits 8..0
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                set.add(all[i]);
            }
        }
        return set;
    }

    /**
     * Gives {@code target} the owner (and group, where there are groups) of {@code source}. Numeric
     * ids on one Unix file system, as {@code cp -p} does; names when crossing file systems.
     *
     * @throws UnsupportedOperationException when either side has no owners
     */
    static void copyOwner(Path source, Path target) throws IOException {
        FileSystem sfs = source.getFileSystem();
        FileSystem tfs = target.getFileSystem();
        if (sfs.provider() == tfs.provider() && sfs.supportedFileAttributeViews().contains("unix")) {
            Map<String, Object> ids = Files.readAttributes(source, "unix:uid,gid");
            try {
                Files.setAttribute(target, "unix:uid", ids.get("uid"));
                Files.setAttribute(target, "unix:gid", ids.get("gid"));
                return;
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // read-only unix view: use the principals below
            }
        }
        PosixFileAttributeView targetPosix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (targetPosix != null && sfs.supportedFileAttributeViews().contains("posix")) {
            PosixFileAttributes a = Files.readAttributes(source, PosixFileAttributes.class);
            targetPosix.setOwner(sfs == tfs ? a.owner() : tfs.getUserPrincipalLookupService()
                    .lookupPrincipalByName(a.owner().getName()));
            GroupPrincipal g = sfs == tfs ? a.group() : tfs.getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName(a.group().getName());
            targetPosix.setGroup(g);
            return;
        }
        FileOwnerAttributeView targetOwner = Files.getFileAttributeView(target, FileOwnerAttributeView.class);
        FileOwnerAttributeView sourceOwner = Files.getFileAttributeView(source, FileOwnerAttributeView.class);
        if (targetOwner == null || sourceOwner == null) {
            throw new UnsupportedOperationException("this file system has no file owners");
        }
        UserPrincipal o = sourceOwner.getOwner();
        targetOwner.setOwner(sfs == tfs ? o : tfs.getUserPrincipalLookupService().lookupPrincipalByName(o.getName()));
    }
}
