package dev.syncopate.sync;

import dev.syncopate.event.EventSink;
import dev.syncopate.log.LogTargets;
import dev.syncopate.log.TextFilter;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.summary.ExitCode;
import dev.syncopate.summary.Summary;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Runs one sync job with its log, report and progress outputs wired as the options say: the one
 * call the launcher and the DSL make.
 *
 * <pre>{@code
 * SyncResult r = SyncRunner.run(options, System.out, System.err);
 * System.exit(r.exitCode());
 * }</pre>
 */
public final class SyncRunner {
    private SyncRunner() {
    }

    /** Runs the job; never throws for run-time problems, which become exit codes and log lines. */
    public static SyncResult run(SyncOptions options, PrintStream out, PrintStream err) {
        return run(options, out, err, EngineContext.system(), LogTargets.consoleIsInteractive(), TextFilter.NONE);
    }

    /**
     * Runs the job with an injected context (clock, sleeper, zone), an explicit answer to "is the
     * console a terminal?", and a filter every output line passes through (secret masking).
     */
    public static SyncResult run(SyncOptions options, PrintStream out, PrintStream err, EngineContext context,
                                 boolean interactive, TextFilter mask) {
        EventSink sink;
        try {
            sink = LogTargets.open(options.log(), out, interactive, context.zone(), context.clock(), mask);
        } catch (IOException e) {
            err.println("syncopate: cannot open the log file " + options.log().logFile() + ": " + e.getMessage());
            return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
        }
        try {
            return new SyncEngine(options, context).run(sink);
        } catch (java.io.UncheckedIOException e) {
            // The log or report could not be written (a full disk, say): the run's record is
            // incomplete, which an unattended job must treat as fatal.
            err.println("syncopate: cannot write the log or report: " + e.getCause().getMessage());
            return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
        }
    }
}
