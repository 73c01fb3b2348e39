package dev.syncopate.scan;

/** What a directory entry is, after following links when the run follows them. */
public enum EntryType {
    FILE,
    DIRECTORY,
    /** A symbolic link kept as a link: under {@code /SL}, or a link whose target is missing. */
    SYMLINK,
    /** A device, FIFO or socket: never copied. */
    OTHER;

    public boolean isDirectory() {
        return this == DIRECTORY;
    }
}
