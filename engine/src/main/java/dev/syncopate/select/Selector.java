package dev.syncopate.select;

import dev.syncopate.classify.FileClass;
import dev.syncopate.options.Selection;
import dev.syncopate.scan.Attribute;
import dev.syncopate.scan.Entry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Decides which entries take part, in Robocopy's order: the file specs, then names ({@code /XF
 * /XD}), links, attributes, size, age, and last the class switches.
 *
 * <pre>{@code
 * Selector s = new Selector(options.selection(), startTime, ZoneId.systemDefault());
 * String why = s.excludeFile(entry, "a/b.tmp", "/srv/a/b.tmp");   // "named", or null
 * boolean copy = s.copies(FileClass.NEWER);
 * }</pre>
 */
public final class Selector {
    /** Robocopy's words for why a file was left out, as the log shows them. */
    public static final String NAMED = "named", ATTRIB = "attrib", LARGE = "large", SMALL = "small",
            TOO_OLD = "too old", TOO_NEW = "too new", LONELY = "lonely", LINK = "junction";

    private final Selection sel;
    private final List<Wildcard> fileSpecs;
    private final NamePatterns excludeFiles;
    private final NamePatterns excludeDirs;
    private final long maxAgeNanos;
    private final long minAgeNanos;

    public Selector(Selection selection, Instant start, ZoneId zone) {
        this.sel = selection;
        this.fileSpecs = selection.filePatterns().stream().map(Wildcard::new).toList();
        this.excludeFiles = NamePatterns.of(selection.excludeFiles());
        this.excludeDirs = NamePatterns.of(selection.excludeDirs());
        this.maxAgeNanos = selection.maxAge() == null ? Long.MIN_VALUE : nanos(selection.maxAge().cutoff(start, zone));
        this.minAgeNanos = selection.minAge() == null ? Long.MAX_VALUE : nanos(selection.minAge().cutoff(start, zone));
    }

    /** Clamped like the entries' times, so {@code /MINAGE:30000101} does not wrap to a date before 1970. */
    private static long nanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException outOfRange) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** True when a file name matches the positional file specs ({@code *.*} when none). */
    public boolean inFileSpec(String name) {
        if (fileSpecs.isEmpty()) {
            return true;
        }
        for (Wildcard w : fileSpecs) {
            if (w.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** Why a source file is left out, or null when it takes part. */
    public String excludeFile(Entry e, String relativePath, String absolutePath) {
        if (excludeFiles.matches(e.name(), relativePath, absolutePath)) {
            return NAMED;
        }
        if (e.link() && sel.excludeFileLinks()) {
            return LINK;
        }
        int attrs = e.attributes();
        if (sel.archiveOnly() && (attrs & Attribute.ARCHIVE.bit()) == 0) {
            return ATTRIB;
        }
        if (sel.includeAttributes() != 0 && (attrs & sel.includeAttributes()) == 0) {
            return ATTRIB;
        }
        if ((attrs & sel.excludeAttributes()) != 0) {
            return ATTRIB;
        }
        if (sel.maxSize() >= 0 && e.size() > sel.maxSize()) {
            return LARGE;
        }
        if (sel.minSize() >= 0 && e.size() < sel.minSize()) {
            return SMALL;
        }
        if (e.mtime() < maxAgeNanos) {
            return TOO_OLD;
        }
        if (e.mtime() > minAgeNanos) {
            return TOO_NEW;
        }
        return null;
    }

    /** True when an extra file is left alone: hidden from the report and never purged. */
    public boolean protectsExtraFile(Entry e, String relativePath, String absolutePath) {
        return !inFileSpec(e.name()) || excludeFiles.matches(e.name(), relativePath, absolutePath);
    }

    /** Why a directory is not walked, or null. Applies to source and extra directories alike. */
    public String excludeDir(Entry e, String relativePath, String absolutePath) {
        if (excludeDirs.matches(e.name(), relativePath, absolutePath)) {
            return NAMED;
        }
        if (e.link() && sel.excludeDirLinks()) {
            return LINK;
        }
        return null;
    }

    /**
     * The class the log shows: without /IT and /IS a tweaked file is just "same", as in Robocopy's
     * default view; under /IS it stays "tweaked", so a skipped line says why /IS did not copy it.
     */
    public FileClass effective(FileClass k) {
        return k == FileClass.TWEAKED && !sel.includeTweaked() && !sel.includeSame() ? FileClass.SAME : k;
    }

    /** True when a file of this class is copied. */
    public boolean copies(FileClass k) {
        return switch (k) {
            case NEW -> !sel.excludeLonely();
            case NEWER -> !sel.excludeNewer();
            case OLDER -> !sel.excludeOlder();
            case CHANGED -> !sel.excludeChanged();
            case SAME -> sel.includeSame();
            // Only /IT: /IS alone leaves tweaked files alone, as Robocopy's own tests assert
            // ("to cover all eventualities, use /IS and /IT combined").
            case TWEAKED -> sel.includeTweaked();
            case EXTRA, MISMATCH -> false;
        };
    }
}
