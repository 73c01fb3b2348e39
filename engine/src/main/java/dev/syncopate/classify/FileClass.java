package dev.syncopate.classify;

/**
 * How a name compares between source and destination: Robocopy's file classes.
 *
 * <pre>{@code
 * FileClass k = classifier.classify(sourceEntry, destEntry);
 * if (k == FileClass.NEWER) ...
 * }</pre>
 */
public enum FileClass {
    /** Only in the source (Robocopy's "lonely"; logged as {@code New File} / {@code New Dir}). */
    NEW,
    /** The source is newer than the destination. */
    NEWER,
    /** The source is older than the destination. */
    OLDER,
    /** Same time, different size. */
    CHANGED,
    /** Same time and size (and, with checksums, the same content). */
    SAME,
    /** Same time and size, other attributes (POSIX permission bits; Windows RASH). */
    TWEAKED,
    /** Only in the destination. */
    EXTRA,
    /** A file on one side and a directory on the other. */
    MISMATCH
}
