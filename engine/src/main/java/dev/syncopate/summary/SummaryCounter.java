package dev.syncopate.summary;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Counts;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.event.SyncEvent.DirectoryLine;
import dev.syncopate.event.SyncEvent.FileLine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a run's events into its {@link Summary}, by Robocopy's rules.
 *
 * <p>Dirs: existing and excluded directories are skipped, new ones copied, failed ones failed,
 * mismatches mismatched; each adds to Total. Extra directories count only as Extras.
 * Files and Bytes (the file's size): copied → Copied; skipped, excluded or vetoed → Skipped;
 * failed → FAILED; mismatch → Mismatch; each adds to Total. Extras count only as Extras,
 * whether or not they were purged; an extra whose purge was vetoed is still an extra, and one
 * whose purge failed is an extra and a failure (it is not in Total, as no extra is); an extra
 * excluded by name is not counted.
 *
 * <p>Times: Total is from {@link SyncEvent.JobStarted#at()} to the instant given to
 * {@link #summary}. FAILED is the sum of the waits before retries (each retried error line's
 * wait), as in Robocopy, whether or not the retry then worked. The events carry no per-file
 * timing, so Copied and Extras stay zero.
 *
 * <pre>{@code
 * SummaryCounter counter = new SummaryCounter();
 * engine.run(options, EventSink.all(counter, log));
 * Summary s = counter.summary(Instant.now());
 * int exit = counter.exitCode();   // ExitCode.of(s), plus bit 8 for failures outside the table
 * }</pre>
 */
public final class SummaryCounter implements EventSink {
    private final Row dirs = new Row();
    private final Row files = new Row();
    private final Row bytes = new Row();
    private final List<SyncEvent.ErrorLine> errors = new ArrayList<>();
    private Instant started;
    private Duration waited = Duration.ZERO;
    private int failureNotices;

    @Override
    public void accept(SyncEvent event) {
        switch (event) {
            case SyncEvent.JobStarted s -> started = s.at();
            case DirectoryLine d -> countDir(d);
            case FileLine f -> countFile(f);
            case SyncEvent.ErrorLine e -> {
                // A retried error may still succeed; only the last word on an item is an error.
                if (!e.retrying()) {
                    errors.add(e);
                    countFailedDelete(e);
                } else if (e.waitTime() != null) {
                    waited = waited.plus(e.waitTime());
                }
            }
            case SyncEvent.Notice n when n.failure() -> failureNotices++;
            default -> {
            }
        }
    }

    /**
     * An extra is counted when its line is written, before the purge is tried; a delete that then
     * fails for good belongs in the FAILED column as well.
     */
    private void countFailedDelete(SyncEvent.ErrorLine e) {
        if (e.action().equals("Deleting Extra File")) {
            files.failed++;
        } else if (e.action().equals("Deleting Extra Dir")) {
            dirs.failed++;
        }
    }

    /** The summary so far, with the run's time measured up to {@code end}. */
    public Summary summary(Instant end) {
        Duration elapsed = started == null || end.isBefore(started) ? Duration.ZERO : Duration.between(started, end);
        return new Summary(dirs.counts(), files.counts(), bytes.counts(), elapsed, Duration.ZERO, waited,
                Duration.ZERO);
    }

    /**
     * The exit code of a run that was not fatal, from its events alone: the summary's bits
     * ({@link ExitCode#of}), and bit 8 for any error line that was not retried (a source directory
     * {@code /MOVE} could not delete has no other trace) or any {@link SyncEvent.Notice#failure()}.
     */
    public int exitCode() {
        int code = ExitCode.of(summary(started == null ? Instant.EPOCH : started));
        return errors.isEmpty() && failureNotices == 0 ? code : code | ExitCode.FAILURES;
    }

    /** The errors that were not retried, in the order they happened: the JSON report's {@code errors}. */
    public List<SyncEvent.ErrorLine> errors() {
        return List.copyOf(errors);
    }

    private void countDir(DirectoryLine d) {
        switch (d.status()) {
            case EXISTING, EXCLUDED -> dirs.skipped(1);
            case NEW -> dirs.copied(1);
            case FAILED -> dirs.failed(1);
            case MISMATCH -> dirs.mismatch(1);
            case EXTRA -> dirs.extras += 1;
        }
    }

    private void countFile(FileLine f) {
        count(files, f, 1);
        count(bytes, f, f.size());
    }

    private static void count(Row row, FileLine f, long n) {
        if (f.kind() == FileClass.EXTRA) {
            // Extras are never part of Total, whatever became of them. An extra excluded by name
            // is not counted at all: /XF must also keep it from setting exit bit 2.
            if (f.disposition() != Disposition.EXCLUDED) {
                row.extras += n;
            }
            if (f.disposition() == Disposition.FAILED) {
                row.failed += n;
            }
            return;
        }
        switch (f.disposition()) {
            case COPIED -> row.copied(n);
            case SKIPPED, EXCLUDED, VETOED -> row.skipped(n);
            case FAILED -> row.failed(n);
            case MISMATCH -> row.mismatch(n);
            case EXTRA -> row.extras += n;
        }
    }

    /** One mutable row of the table; the columns other than Extras also add to Total. */
    private static final class Row {
        long total, copied, skipped, mismatch, failed, extras;

        void copied(long n) {
            total += n;
            copied += n;
        }

        void skipped(long n) {
            total += n;
            skipped += n;
        }

        void failed(long n) {
            total += n;
            failed += n;
        }

        void mismatch(long n) {
            total += n;
            mismatch += n;
        }

        Counts counts() {
            return new Counts(total, copied, skipped, mismatch, failed, extras);
        }
    }
}
