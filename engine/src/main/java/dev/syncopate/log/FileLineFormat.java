package dev.syncopate.log;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent.FileLine;
import dev.syncopate.fs.PathDisplay;
import dev.syncopate.options.LogOptions;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A file line in Robocopy's columns: a tab, the class tag in 14 columns, two tabs, the size
 * right-aligned in 8, a tab and the name.
 *
 * <pre>{@code
 * \t    New File  \t\t    1024\treport.pdf
 * \t    Newer     \t\t  18.0 m\tvideo.mp4
 * \t          same\t\t     512\tnotes.txt              (skipped, shown with /V)
 * \t         named\t\t      12\tcache.tmp              (excluded, shown with /V)
 * \t       skipped\t\t       0\tdb.lock\t(lock file)   (a hook said no, always shown)
 * \t  *EXTRA File \t\t     300\told.txt                (under its destination directory's line)
 * \t  *MISMATCH   \t\t      10\treport
 * }</pre>
 *
 * Copies (and files that failed to copy) have the left-aligned class: {@code New File},
 * {@code Newer}, {@code Older}, {@code Changed}, {@code Same} (/IS), {@code Tweaked} (/IT).
 * Skips are right-aligned lowercase: {@code same older newer changed tweaked lonely} for class
 * skips, the engine's reason ({@code named large small too old too new attrib ...}) for
 * exclusions. {@code /NC} blanks the tag, {@code /NS} the size, {@code /BYTES} prints plain bytes,
 * {@code /TS} adds the source time after the size, {@code /FP} prints full paths.
 *
 * <pre>{@code
 * FileLineFormat f = new FileLineFormat(options.log(), ZoneId.systemDefault());
 * String line = f.format(event);
 * }</pre>
 */
public final class FileLineFormat {
    private static final String NO_CLASS = " ".repeat(14);

    private final LogOptions log;
    private final ZoneId zone;

    public FileLineFormat(LogOptions log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    /** The line for {@code f}, without a line terminator. */
    public String format(FileLine f) {
        StringBuilder b = new StringBuilder("\t");
        b.append(log.noClass() ? NO_CLASS : tag(f)).append("\t\t");
        String size = log.noSize() ? "" : String.format(Locale.ROOT, "%8s", SizeFormat.fileSize(f.size(), log.bytes()));
        b.append(size);
        if (log.timestamps() && f.modified() != null) {
            b.append(size.isEmpty() ? "" : " ").append(LogText.stamp(f.modified(), zone));
        }
        b.append('\t').append(name(f));
        if (f.disposition() == Disposition.VETOED && f.reason() != null) {
            // After the name, as /ETA appends its times, so the name column stays where parsers look.
            b.append("\t(").append(f.reason()).append(')');
        }
        return b.toString();
    }

    /** The 14-column tag: Robocopy's placement tells copies, skips and anomalies apart at a glance. */
    static String tag(FileLine f) {
        return switch (f.disposition()) {
            case COPIED, FAILED -> copyTag(f.kind());
            case EXTRA -> anomaly("*EXTRA File");
            case MISMATCH -> anomaly("*MISMATCH");
            case SKIPPED -> skip(skipWord(f.kind()));
            case EXCLUDED -> skip(f.reason() == null || f.reason().isBlank() ? "named" : f.reason());
            case VETOED -> skip("skipped");
        };
    }

    private static String copyTag(FileClass kind) {
        return switch (kind) {
            case NEW -> copy("New File");
            case NEWER -> copy("Newer");
            case OLDER -> copy("Older");
            case CHANGED -> copy("Changed");
            case SAME -> copy("Same");
            case TWEAKED -> copy("Tweaked");
            // Only a failed purge gets here: the line says what the file was.
            case EXTRA -> anomaly("*EXTRA File");
            case MISMATCH -> anomaly("*MISMATCH");
        };
    }

    private static String skipWord(FileClass kind) {
        return switch (kind) {
            case NEW -> "lonely";
            case EXTRA -> "extra";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String copy(String word) {
        return String.format(Locale.ROOT, "    %-10s", word);
    }

    private static String anomaly(String word) {
        return String.format(Locale.ROOT, "  %-12s", word);
    }

    private static String skip(String word) {
        return String.format(Locale.ROOT, "%14s", word);
    }

    /**
     * The name, or with /FP the full path: the source's, or the destination's for an extra (which
     * has no source). Without /FP an extra shows its name only, as in Robocopy's logs, under the
     * line of the directory it is in.
     */
    private String name(FileLine f) {
        if (log.fullPaths()) {
            Path full = f.source() != null ? f.source() : f.target();
            if (full != null) {
                return PathDisplay.of(full);
            }
        }
        int slash = f.path().lastIndexOf('/');
        return slash < 0 ? f.path() : f.path().substring(slash + 1);
    }
}
