package dev.syncopate.cli;

import dev.syncopate.event.Summary;
import dev.syncopate.metrics.MetricsFile;
import dev.syncopate.metrics.RunMetrics;
import dev.syncopate.robocopy.Invocation;
import dev.syncopate.sync.SyncResult;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /METRICS:file} of a {@code robocopy} command line: the run timed and its result written as a
 * Prometheus textfile, with {@code script="robocopy"} and the block named {@code SOURCE -> DEST} as
 * given, so several scheduled command lines can share node_exporter's directory.
 *
 * <pre>{@code
 * int code = RobocopyMetrics.around(inv, env, () -> env.runner().run(inv.options(), env.out(), env.err()));
 * }</pre>
 *
 * <p>Not written under {@code /L}, which changes nothing and must not look like a backup that ran. A
 * file that cannot be written is one line on stderr; the exit code stays the copy's.
 */
final class RobocopyMetrics {
    static final String SCRIPT = "robocopy";

    private RobocopyMetrics() {
    }

    static int around(Invocation inv, Environment env, Supplier<SyncResult> run) {
        if (inv.metrics() == null || inv.options().listOnly()) {
            return run.get().exitCode();
        }
        Instant start = Instant.now();
        SyncResult r;
        try {
            r = run.get();
        } catch (ExitException e) {
            // An unreachable remote end: the run failed, and the metrics must say so.
            write(inv, env, start, new SyncResult(e.code(), Summary.EMPTY));
            throw e;
        }
        write(inv, env, start, r);
        return r.exitCode();
    }

    private static void write(Invocation inv, Environment env, Instant start, SyncResult r) {
        Instant end = Instant.now();
        String block = inv.source() + " -> " + inv.destination();
        RunMetrics m = new RunMetrics(SCRIPT, start, end, r.exitCode(), r.summary(),
                List.of(new RunMetrics.Block(block, start, end, r.exitCode(), r.summary())));
        try {
            MetricsFile.write(inv.metrics(), m);
        } catch (IOException e) {
            env.err().println("syncopate: could not write metrics to " + inv.metrics() + ": " + e.getMessage());
        }
    }
}
