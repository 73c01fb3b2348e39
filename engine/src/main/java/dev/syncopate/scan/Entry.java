package dev.syncopate.scan;

import java.time.Instant;

/**
 * One directory entry with the attributes read by its single stat; the rest of the pipeline never
 * stats it again.
 *
 * <pre>{@code
 * Entry e = lister.list(dir).entries().get(0);
 * if (e.type() == EntryType.FILE && e.size() > 1 << 20) ...
 * }</pre>
 *
 * @param name       the name as stored on disk
 * @param type       file, directory, link (kept as link) or other
 * @param size       bytes (0 for directories)
 * @param mtime      modification time in nanoseconds since the epoch
 * @param mode       POSIX permission bits ({@code 07777}), or -1 where the file system has none
 * @param attributes Robocopy attribute mask ({@link Attribute#bit()})
 * @param link       true when the name is a symbolic link (followed or not)
 * @param fileKey    the file system's identity of the (followed) object of a directory or link, for cycle
 *                   detection; null for a plain file (never asked) and where the file system has none
 */
public record Entry(String name, EntryType type, long size, long mtime, int mode, int attributes, boolean link,
                    Object fileKey) {

    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }

    public boolean isFile() {
        return type == EntryType.FILE;
    }

    public Instant modified() {
        return Instant.ofEpochSecond(Math.floorDiv(mtime, 1_000_000_000L), Math.floorMod(mtime, 1_000_000_000L));
    }
}
