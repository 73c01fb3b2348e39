package dev.syncopate.dsl.alert;

import dev.syncopate.log.SizeFormat;
import dev.syncopate.summary.Counts;
import dev.syncopate.summary.Summary;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * What a notification says about a run.
 *
 * <pre>{@code
 * RunReport r = new RunReport("nightly", "nas01", 8, summary, log.tail(50), logFile);
 * r.defaultSubject();   // [syncopate] nightly on nas01: FAILED (exit 8)
 * }</pre>
 *
 * @param summary the combined counts; null reads as {@link Summary#EMPTY}
 * @param logTail the last log lines, newline-separated; null reads as empty
 * @param logFile the run log, or null
 */
public record RunReport(String script, String host, int exitCode, Summary summary, String logTail, Path logFile) {
    static final String HEADINGS = "               Total    Copied   Skipped  Mismatch    FAILED    Extras";

    public RunReport {
        summary = summary == null ? Summary.EMPTY : summary;
        logTail = logTail == null ? "" : logTail;
    }

    /** {@code success} for Robocopy exit codes 0–7, {@code failure} for 8 and above. */
    public String verdict() {
        return exitCode >= 0 && exitCode <= 7 ? "success" : "failure";
    }

    /** {@code [syncopate] <script> on <host>: OK (exit n)}, or {@code FAILED (exit n)}. */
    public String defaultSubject() {
        return "[syncopate] " + script + " on " + host + ": " + ("success".equals(verdict()) ? "OK" : "FAILED")
                + " (exit " + exitCode + ")";
    }

    /**
     * The Dirs, Files and Bytes rows of the summary table in Robocopy's columns, then
     * {@code Last log lines:} and the tail.
     */
    public String defaultBody() {
        StringBuilder b = new StringBuilder();
        b.append(HEADINGS).append('\n');
        b.append(row("Dirs :", summary.dirs(), Long::toString)).append('\n');
        b.append(row("Files :", summary.files(), Long::toString)).append('\n');
        b.append(row("Bytes :", summary.bytes(), n -> SizeFormat.totalSize(n, false))).append('\n');
        if (logFile != null) {
            b.append('\n').append("Log file: ").append(logFile).append('\n');
        }
        b.append('\n').append("Last log lines:").append('\n').append(logTail);
        if (!logTail.isEmpty() && !logTail.endsWith("\n")) {
            b.append('\n');
        }
        return b.toString();
    }

    private static String row(String label, Counts c, LongFunction<String> v) {
        return String.format(Locale.ROOT, "%10s%10s%10s%10s%10s%10s%10s", label, v.apply(c.total()),
                v.apply(c.copied()), v.apply(c.skipped()), v.apply(c.mismatch()), v.apply(c.failed()),
                v.apply(c.extras()));
    }
}
