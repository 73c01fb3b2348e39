package dev.syncopate.log;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The job summary, Robocopy's table to the column:
 *
 * <pre>{@code
 *
 * ------------------------------------------------------------------------------
 *
 *                Total    Copied   Skipped  Mismatch    FAILED    Extras
 *     Dirs :         3         1         2         0         0         0
 *    Files :        17        17         0         0         0         0
 *    Bytes :     3.9 k     3.9 k         0         0         0         0
 *    Times :   0:00:05   0:00:00                       0:00:00   0:00:00
 *
 *
 *    Speed :                 799 Bytes/sec.
 *    Speed :               0.046 MegaBytes/min.
 *    Ended : Sunday, November 22, 2026 2:43:15 AM
 *
 * }</pre>
 *
 * Labels are right-aligned in ten columns and every value in ten more. The Times row leaves the
 * Skipped and Mismatch columns blank, as Robocopy does. The two Speed lines, preceded by two blank
 * lines, appear only when bytes were copied in a measurable time, and never under {@code /L}
 * (Robocopy prints none there: nothing was copied); the speed uses the copy time when the summary
 * has one, otherwise the whole run.
 *
 * <pre>{@code
 * List<String> lines = SummaryTable.lines(summary, false, false, Instant.now(), ZoneId.systemDefault());
 * }</pre>
 */
public final class SummaryTable {
    static final String HEADINGS = "               Total    Copied   Skipped  Mismatch    FAILED    Extras";
    private static final double MIB = 1024.0 * 1024.0;

    private SummaryTable() {
    }

    /**
     * The summary's lines, without line terminators.
     *
     * @param plainBytes {@code /BYTES}: the Bytes row in plain bytes
     * @param listOnly   {@code /L}: the counts say what would be copied, so no Speed lines
     * @param ended      the time for {@code Ended :}
     */
    public static List<String> lines(Summary s, boolean plainBytes, boolean listOnly, Instant ended, ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(LogText.SECTION_RULE);
        out.add("");
        out.add(HEADINGS);
        out.add(row("Dirs :", s.dirs(), Long::toString));
        out.add(row("Files :", s.files(), Long::toString));
        out.add(row("Bytes :", s.bytes(), n -> SizeFormat.totalSize(n, plainBytes)));
        out.add(String.format(Locale.ROOT, "%10s%10s%10s%20s%10s%10s", "Times :",
                SizeFormat.duration(s.elapsed()), SizeFormat.duration(s.copyTime()), "",
                SizeFormat.duration(s.failedTime()), SizeFormat.duration(s.extrasTime())));
        if (!listOnly) {
            speed(s, out);
        }
        out.add("   Ended : " + LogText.longDate(ended, zone));
        out.add("");
        return out;
    }

    private static String row(String label, Counts c, LongFunction<String> value) {
        return String.format(Locale.ROOT, "%10s%10s%10s%10s%10s%10s%10s", label, value.apply(c.total()),
                value.apply(c.copied()), value.apply(c.skipped()), value.apply(c.mismatch()),
                value.apply(c.failed()), value.apply(c.extras()));
    }

    private static void speed(Summary s, List<String> out) {
        Duration time = s.copyTime().isZero() ? s.elapsed() : s.copyTime();
        long millis = time.toMillis();
        long bytes = s.bytes().copied();
        if (bytes <= 0 || millis <= 0) {
            return;
        }
        long perSecond = Math.round(bytes * 1000.0 / millis);
        out.add("");
        out.add("");
        out.add(String.format(Locale.ROOT, "%10s%20d Bytes/sec.", "Speed :", perSecond));
        out.add(String.format(Locale.ROOT, "%10s%20.3f MegaBytes/min.", "Speed :", perSecond * 60 / MIB));
    }
}
