package dev.syncopate.event;

import java.time.Duration;

/**
 * The summary table of a run: dirs, files and bytes, plus the times row. The summary stage
 * ({@code SummaryCounter}) counts it from the events; it lives here because
 * {@link SyncEvent.JobFinished} then carries it to the log and the report.
 *
 * <pre>{@code
 * if (summary.files().failed() > 0) ...
 * }</pre>
 *
 * @param dirs        the Dirs row
 * @param files       the Files row
 * @param bytes       the Bytes row
 * @param elapsed     the whole run (Times: Total)
 * @param copyTime    time spent copying (Times: Copied)
 * @param failedTime  time spent on failures, waits included (Times: FAILED)
 * @param extrasTime  time spent on extras (Times: Extras)
 */
public record Summary(Counts dirs, Counts files, Counts bytes, Duration elapsed, Duration copyTime,
                      Duration failedTime, Duration extrasTime) {
    public static final Summary EMPTY = new Summary(Counts.ZERO, Counts.ZERO, Counts.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO);
}
