package dev.syncopate.log;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.SyncEvent.DirectoryLine;

import java.util.Locale;

/**
 * A directory line in Robocopy's columns: a tab, the tag in ten columns, the file count
 * right-aligned in ten, a tab and the directory with its trailing separator.
 *
 * <pre>{@code
 * \t                   3\t/srv/docs/              (existing)
 * \t  New Dir          2\t/srv/docs/new/
 * \t*EXTRA Dir        -1\t/mnt/nas/docs/old/
 * \t*MISMATCH          0\t/srv/docs/report/
 * \t     named         4\t/srv/docs/Temp/         (excluded, shown with /V)
 * }</pre>
 *
 * Following Robocopy's convention, copies have a left-aligned tag, anomalies start with {@code *}
 * one column further left, and skips are lowercase and right-aligned. Excluded directories read
 * {@code named}: the event does not say whether a name or a link rule excluded them.
 *
 * <pre>{@code
 * String line = DirLineFormat.format(event);
 * }</pre>
 */
public final class DirLineFormat {
    private DirLineFormat() {
    }

    /** The line for {@code d}, without a line terminator. */
    public static String format(DirectoryLine d) {
        return "\t" + tag(d.status()) + String.format(Locale.ROOT, "%10d", d.files()) + "\t"
                + LogText.withSeparator(d.location());
    }

    private static String tag(DirStatus status) {
        return switch (status) {
            // A directory that could not be listed keeps the plain layout; its error lines say why.
            case EXISTING, FAILED -> "          ";
            case NEW -> "  New Dir ";
            case EXTRA -> "*EXTRA Dir";
            case MISMATCH -> "*MISMATCH ";
            case EXCLUDED -> "     named";
        };
    }
}
