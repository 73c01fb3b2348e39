package dev.syncopate.dsl.alert;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import dev.syncopate.log.SizeFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * What a notification says about a run.
 *
 * <pre>{@code
 * RunReport r = new RunReport("nightly", "nas01", 8, summary, log.tail(50), logFile);
 * r.defaultSubject();   // [syncopate] nightly on nas01: FAILED (exit 8)
 * r.defaultBody();      // the counts, "Log file: /var/log/nightly.log", the last log lines
 * }</pre>
 *
 * @param summary  the combined counts; null reads as {@link Summary#EMPTY}
 * @param logTail  the last log lines, newline-separated; null reads as empty
 * @param logFiles the log files that stay after the run (the blocks' {@code log}); null reads as none
 * @param reason   how the run ended when the code does not say it all ({@code ended after --timeout 4h: ...}),
 *                 or null
 * @param dryRun   a {@code --dry-run}: every alert says so, and nothing was changed
 */
public record RunReport(String script, String host, int exitCode, Summary summary, String logTail, List<Path> logFiles,
                        String reason, boolean dryRun) {
    static final String HEADINGS = "               Total    Copied   Skipped  Mismatch    FAILED    Extras";
    /** What a dry run's subjects start with. */
    public static final String DRY_RUN_MARK = "[DRY RUN] ";
    static final String DRY_RUN_LINE = "Dry run (--dry-run): nothing was changed; the counts are what a real run would do.";

    public RunReport {
        summary = summary == null ? Summary.EMPTY : summary;
        logTail = logTail == null ? "" : logTail;
        logFiles = logFiles == null ? List.of() : List.copyOf(logFiles);
    }

    /** A real run's report that names one log file, or none. */
    public RunReport(String script, String host, int exitCode, Summary summary, String logTail, Path logFile) {
        this(script, host, exitCode, summary, logTail, logFile == null ? List.of() : List.of(logFile), null, false);
    }

    /** {@code subject} as this run's alerts show it: marked {@value #DRY_RUN_MARK} under {@code --dry-run}. */
    public String subject(String subject) {
        return dryRun && !subject.startsWith(DRY_RUN_MARK) ? DRY_RUN_MARK + subject : subject;
    }

    /** {@code success} for Robocopy exit codes 0–7, {@code failure} for 8 and above. */
    public String verdict() {
        return exitCode >= 0 && exitCode <= 7 ? "success" : "failure";
    }

    /** {@code [syncopate] <script> on <host>: OK (exit n)}, or {@code FAILED (exit n)}; marked under {@code --dry-run}. */
    public String defaultSubject() {
        return subject("[syncopate] " + script + " on " + host + ": " + ("success".equals(verdict()) ? "OK" : "FAILED")
                + " (exit " + exitCode + ")");
    }

    /**
     * The lines that come before the counts: that it was a dry run, and the {@code reason}; empty
     * for a run that ended as its code says.
     */
    public String preamble() {
        StringBuilder b = new StringBuilder();
        if (dryRun) {
            b.append(DRY_RUN_LINE).append('\n');
        }
        if (reason != null) {
            b.append(reason).append('\n');
        }
        return b.toString();
    }

    /**
     * The {@link #preamble} (and a blank line) when there is one, the Dirs, Files and Bytes rows of
     * the summary table in Robocopy's columns, a {@code Log file:} line per log file that stays, then
     * {@code Last log lines:} and the tail.
     */
    public String defaultBody() {
        StringBuilder b = new StringBuilder();
        if (!preamble().isEmpty()) {
            b.append(preamble()).append('\n');
        }
        b.append(HEADINGS).append('\n');
        b.append(row("Dirs :", summary.dirs(), Long::toString)).append('\n');
        b.append(row("Files :", summary.files(), Long::toString)).append('\n');
        b.append(row("Bytes :", summary.bytes(), n -> SizeFormat.totalSize(n, false))).append('\n');
        if (!logFiles.isEmpty()) {
            b.append('\n');
            logFiles.forEach(f -> b.append("Log file: ").append(f).append('\n'));
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
