package dev.syncopate.scan;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reads an entry's attributes with one stat, choosing the richest view the file system has: POSIX
 * (mode bits), DOS (RASH) or basic. One instance per file system.
 *
 * <pre>{@code
 * AttributeReader r = AttributeReader.forFileSystem(dir.getFileSystem());
 * Entry e = r.read(dir.resolve("a.txt"), "a.txt", true);
 * }</pre>
 */
public final class AttributeReader {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private enum View { POSIX, DOS, BASIC }

    private final View view;

    private AttributeReader(View view) {
        this.view = view;
    }

    public static AttributeReader forFileSystem(FileSystem fs) {
        Set<String> views = fs.supportedFileAttributeViews();
        if (views.contains("posix")) {
            return new AttributeReader(View.POSIX);
        }
        if (views.contains("dos")) {
            return new AttributeReader(View.DOS);
        }
        return new AttributeReader(View.BASIC);
    }

    /**
     * Reads {@code path} (whose name is {@code name}). A link is followed when {@code followLinks}
     * is true; a link whose target is missing, or any link when not following, comes back as
     * {@link EntryType#SYMLINK}.
     */
    public Entry read(Path path, String name, boolean followLinks) throws IOException {
        BasicFileAttributes a = readView(path, NOFOLLOW);
        if (!a.isSymbolicLink()) {
            return toEntry(name, a, false);
        }
        if (followLinks) {
            try {
                return toEntry(name, readView(path, FOLLOW), true);
            } catch (IOException dangling) {
                // A dangling link cannot be followed; keeping it as a link is what cp -a and rsync do.
            }
        }
        int mode = mode(a);
        return new Entry(name, EntryType.SYMLINK, 0, nanos(a), mode, attributes(name, a, mode), true, null);
    }

    /**
     * The same as {@link #read(Path, String, boolean)} for an entry of an open directory: the stat
     * is made relative to the directory's descriptor ({@code fstatat}), so the kernel does not walk
     * the whole path again for every entry.
     */
    public Entry read(java.nio.file.SecureDirectoryStream<Path> dir, Path name, boolean followLinks)
            throws IOException {
        if (view != View.POSIX) {
            return read(name, name.toString(), followLinks);
        }
        String n = name.toString();
        BasicFileAttributes a = dir.getFileAttributeView(name, java.nio.file.attribute.PosixFileAttributeView.class,
                NOFOLLOW).readAttributes();
        if (!a.isSymbolicLink()) {
            return toEntry(n, a, false);
        }
        if (followLinks) {
            try {
                return toEntry(n, dir.getFileAttributeView(name, java.nio.file.attribute.PosixFileAttributeView.class)
                        .readAttributes(), true);
            } catch (IOException dangling) {
                // as above: a dangling link stays a link
            }
        }
        int mode = mode(a);
        return new Entry(n, EntryType.SYMLINK, 0, nanos(a), mode, attributes(n, a, mode), true, null);
    }

    /** True when {@link #read(java.nio.file.SecureDirectoryStream, Path, boolean)} saves work. */
    public boolean prefersDirectoryRelative() {
        return view == View.POSIX;
    }

    private BasicFileAttributes readView(Path p, LinkOption[] options) throws IOException {
        return switch (view) {
            case POSIX -> java.nio.file.Files.readAttributes(p, PosixFileAttributes.class, options);
            case DOS -> java.nio.file.Files.readAttributes(p, DosFileAttributes.class, options);
            case BASIC -> java.nio.file.Files.readAttributes(p, BasicFileAttributes.class, options);
        };
    }

    private Entry toEntry(String name, BasicFileAttributes a, boolean link) {
        EntryType type = a.isDirectory() ? EntryType.DIRECTORY
                : a.isRegularFile() ? EntryType.FILE
                : a.isSymbolicLink() ? EntryType.SYMLINK : EntryType.OTHER;
        long size = type == EntryType.FILE ? a.size() : 0;
        int mode = mode(a);   // once: each call builds a set of permissions
        // Keys find loops and the destination inside the source: only directories and links are asked.
        Object key = type == EntryType.DIRECTORY || link ? a.fileKey() : null;
        return new Entry(name, type, size, nanos(a), mode, attributes(name, a, mode), link, key);
    }

    /**
     * Nanoseconds since the epoch, clamped to what a long holds (1677 to 2262): a file stamped in the
     * year 3000 by a bad clock must compare as "far future", not wrap around to a negative time.
     */
    private static long nanos(BasicFileAttributes a) {
        java.time.Instant t = a.lastModifiedTime().toInstant();
        return epochNanos(t.getEpochSecond(), t.getNano());
    }

    /** {@code seconds} and {@code nanos} since the epoch as one count of nanoseconds, clamped as {@link #nanos}. */
    static long epochNanos(long seconds, int nanos) {
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException outOfRange) {
            return seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static int mode(BasicFileAttributes a) {
        if (!(a instanceof PosixFileAttributes p)) {
            return -1;
        }
        int mode = 0;
        for (PosixFilePermission perm : p.permissions()) {
            mode |= 1 << (8 - perm.ordinal());
        }
        return mode;
    }

    /** @param mode the entry's {@link #mode}, -1 where there is none */
    private int attributes(String name, BasicFileAttributes a, int mode) {
        if (a instanceof DosFileAttributes d) {
            int mask = 0;
            if (d.isReadOnly()) mask |= Attribute.READ_ONLY.bit();
            if (d.isHidden()) mask |= Attribute.HIDDEN.bit();
            if (d.isSystem()) mask |= Attribute.SYSTEM.bit();
            if (d.isArchive()) mask |= Attribute.ARCHIVE.bit();
            return mask;
        }
        return posixAttributes(name, mode);
    }

    /**
     * The Robocopy attributes of a POSIX entry: archive always (POSIX has no archive bit: every file
     * counts as changed-since-backup, so /A selects all), hidden for a dot name, read-only without
     * owner write. Shared with {@link NativeListing}'s entries.
     *
     * @param mode permission bits, or -1 where there are none
     */
    static int posixAttributes(String name, int mode) {
        int mask = Attribute.ARCHIVE.bit();
        if (name.startsWith(".")) {
            mask |= Attribute.HIDDEN.bit();
        }
        if (mode >= 0 && (mode & 0200) == 0) {   // no owner write
            mask |= Attribute.READ_ONLY.bit();
        }
        return mask;
    }
}
