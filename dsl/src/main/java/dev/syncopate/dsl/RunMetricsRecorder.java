package dev.syncopate.dsl;

import dev.syncopate.metrics.MetricsFile;
import dev.syncopate.metrics.RunMetrics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What {@code metrics 'nightly.prom'} records of a run: when it and each block started and ended, and
 * how they ended; written to the textfile ({@link MetricsFile}) once the run's final exit code is known.
 *
 * <pre>{@code
 * recorder.declare("/var/lib/node_exporter/textfile/nightly.prom");   // the script's metrics line
 * recorder.blockStarted(); ... recorder.blockFinished(result);        // by BlockRunner, per block
 * recorder.write(context, 1);                                         // after the notifications
 * }</pre>
 *
 * <p>Nothing is written under {@code check} or {@code --dry-run}: a rehearsal must not look like last
 * night's backup to the alert that asks when the backup last worked.
 */
final class RunMetricsRecorder {
    private final Clock clock;
    private final Instant start;
    private final List<RunMetrics.Block> blocks = new CopyOnWriteArrayList<>();
    private volatile Path file;
    private volatile Instant blockStart;

    RunMetricsRecorder(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    /** The script's {@code metrics path}: checked now, so a bad path stops the run before it copies. */
    void declare(Object path) {
        if (file != null) {
            throw new IllegalArgumentException("metrics is given twice; a script writes one file (" + file + ")");
        }
        Object p = path instanceof CharSequence || path == null ? path : Arguments.path(path).toString();
        try {
            file = MetricsFile.check(p == null ? null : p.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("metrics " + (p == null ? "null" : "'" + p + "'") + ": " + e.getMessage());
        }
    }

    void blockStarted() {
        blockStart = clock.instant();
    }

    /** A block that ran; {@code #n} stands for the name of one that has none. */
    void blockFinished(BlockResult r) {
        Instant started = blockStart == null ? clock.instant() : blockStart;
        String name = r.getName() == null ? "#" + (blocks.size() + 1) : r.getName();
        blocks.add(new RunMetrics.Block(name, started, clock.instant(), r.getExitCode(), r.getSummary()));
    }

    /** Writes the textfile with the final code; a failure is one line on stderr, the exit code stays. */
    void write(ScriptContext context, int code) {
        if (file == null || context.checking() || context.settings().dryRun()) {
            return;
        }
        RunMetrics m = new RunMetrics(context.file(), start, clock.instant(), code, context.summary(), blocks);
        try {
            MetricsFile.write(file, m);
        } catch (IOException e) {
            context.problem("could not write metrics to " + file + ": " + (e.getMessage() == null ? e : e.getMessage()), e);
        }
    }
}
