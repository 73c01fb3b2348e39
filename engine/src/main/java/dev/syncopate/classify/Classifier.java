package dev.syncopate.classify;

import dev.syncopate.scan.Attribute;
import dev.syncopate.scan.Entry;

/**
 * Puts a name present on both sides into its Robocopy class. Pure: no I/O; content comparison
 * ({@code /CHECKSUM}) happens later, in the copy stage, for files that come out {@link FileClass#SAME}.
 *
 * <pre>{@code
 * Classifier c = new Classifier(new TimeComparison(false, false));
 * FileClass k = c.classify(sourceEntry, destEntry);   // NEWER, SAME, MISMATCH, ...
 * }</pre>
 */
public final class Classifier {
    private final TimeComparison times;

    public Classifier(TimeComparison times) {
        this.times = times;
    }

    public FileClass classify(Entry source, Entry destination) {
        if (source.isDirectory() != destination.isDirectory()) {
            return FileClass.MISMATCH;
        }
        if (source.isDirectory()) {
            return FileClass.SAME;
        }
        int t = times.compare(source.mtime(), destination.mtime());
        if (t > 0) {
            return FileClass.NEWER;
        }
        if (t < 0) {
            return FileClass.OLDER;
        }
        if (source.size() != destination.size()) {
            return FileClass.CHANGED;
        }
        if (attributesDiffer(source, destination)) {
            return FileClass.TWEAKED;
        }
        return FileClass.SAME;
    }

    /** POSIX: permission bits; elsewhere the RASH attribute letters. Unknown on either side: equal. */
    private static boolean attributesDiffer(Entry s, Entry d) {
        if (s.mode() >= 0 && d.mode() >= 0) {
            return s.mode() != d.mode();
        }
        int rash = Attribute.READ_ONLY.bit() | Attribute.ARCHIVE.bit() | Attribute.SYSTEM.bit() | Attribute.HIDDEN.bit();
        if (s.mode() < 0 && d.mode() < 0) {
            return (s.attributes() & rash) != (d.attributes() & rash);
        }
        return false;
    }
}
