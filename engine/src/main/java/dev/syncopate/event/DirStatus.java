package dev.syncopate.event;

/** How a directory compares, for its log line and the Dirs row. */
public enum DirStatus {
    /** In both trees: the Skipped column. */
    EXISTING,
    /** Only in the source, created (or would be): the Copied column. */
    NEW,
    /** Only in the destination: the Extras column. */
    EXTRA,
    /** Left out by /XD or a link rule: the Skipped column, shown only with /V. */
    EXCLUDED,
    /** Could not be listed: the FAILED column. */
    FAILED,
    /** A directory in the source where the destination has a file: the Mismatch column. */
    MISMATCH
}
