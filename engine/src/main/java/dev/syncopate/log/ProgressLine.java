package dev.syncopate.log;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The live status line on an interactive terminal, in place of Robocopy's percentages:
 *
 * <pre>{@code
 *   12 files  3.90 m  1.20 m/s  ETA 0:00:05
 * }</pre>
 *
 * Files and bytes count copied files, from their file lines and from {@link SyncEvent.Progress},
 * which the engine sends as running totals (whichever is further ahead is shown, so a total is
 * never counted twice); the rate is the average since the job started; the ETA appears only when
 * the expected total is known ({@link #expect}). Redrawn at most four times a second, measured on the injected clock, so a million small files do not
 * spend their time repainting the terminal. Erased when the job finishes, before the summary.
 *
 * <p>The caller decides whether to use one: only on a terminal, without {@code /NP}, and not
 * when logging to a file without {@code /TEE} ({@link LogTargets} does this).
 *
 * <pre>{@code
 * ConsoleOutput console = new ConsoleOutput(System.out);
 * EventSink sinks = EventSink.all(new ProgressLine(console, InstantSource.system()),
 *         new RobocopyLog(console, ZoneId.systemDefault()));
 * }</pre>
 */
public final class ProgressLine implements EventSink {
    /** A quarter second between redraws: smooth to the eye, negligible in cost. */
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final ConsoleOutput console;
    private final InstantSource clock;
    private Instant started;
    private Instant lastDrawn;
    private long files;
    private long bytes;
    private long expectedBytes = -1;

    public ProgressLine(ConsoleOutput console, InstantSource clock) {
        this.console = console;
        this.clock = clock;
    }

    /** Sets the bytes the run is expected to copy, which turns on the ETA; -1 when unknown. */
    public void expect(long totalBytes) {
        expectedBytes = totalBytes;
    }

    @Override
    public void accept(SyncEvent event) {
        switch (event) {
            case SyncEvent.JobStarted s -> {
                started = clock.instant();
                lastDrawn = null;
            }
            case SyncEvent.Progress p -> {
                files = Math.max(files, p.files());
                bytes = Math.max(bytes, p.bytes());
                update();
            }
            case SyncEvent.FileLine f -> {
                if (f.disposition() == Disposition.COPIED) {
                    files++;
                    bytes += f.size();
                }
                update();
            }
            case SyncEvent.JobFinished f -> console.clearStatus();
            default -> {
            }
        }
    }

    @Override
    public void close() {
        console.clearStatus();
    }

    private void update() {
        Instant now = clock.instant();
        if (lastDrawn != null && Duration.between(lastDrawn, now).compareTo(INTERVAL) < 0) {
            return;
        }
        lastDrawn = now;
        console.status(text(now));
    }

    /** The status text at {@code now}. */
    String text(Instant now) {
        StringBuilder b = new StringBuilder();
        b.append("  ").append(files).append(files == 1 ? " file  " : " files  ");
        b.append(SizeFormat.totalSize(bytes, false));
        long millis = started == null ? 0 : Duration.between(started, now).toMillis();
        if (millis >= 1000 && bytes > 0) {
            // Average since the start: steadier than an instantaneous rate between redraws.
            double perSecond = bytes * 1000.0 / millis;
            b.append("  ").append(SizeFormat.totalSize(Math.round(perSecond), false)).append("/s");
            if (expectedBytes > bytes) {
                long seconds = (long) Math.ceil((expectedBytes - bytes) / perSecond);
                b.append("  ETA ").append(SizeFormat.duration(Duration.ofSeconds(seconds)));
            }
        }
        return b.toString();
    }
}
