package dev.syncopate.sync;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.Summary;
import dev.syncopate.log.FatalLines;
import dev.syncopate.log.LogTargets;
import dev.syncopate.log.TextFilter;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.summary.ExitCode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
        // Before the paths are made absolute (an empty one would become the current directory) and before
        // the log file or the report is created: a refused run leaves no trace on disk but this line.
        var refusal = EndpointCheck.refusal(options);
        if (refusal.isPresent()) {
            err.println(mask.apply("syncopate: " + refusal.get()));
            return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
        }
        // Absolute from here on: the log, the report and hooks all show full paths, as Robocopy does.
        SyncOptions.Builder absolute = options.toBuilder()
                .source(options.source().toAbsolutePath().normalize())
                .destination(options.destination().toAbsolutePath().normalize());
        if (options.copying().backupDir() != null) {
            absolute.backupDir(options.copying().backupDir().toAbsolutePath().normalize());
        }
        if (options.log().jsonReport() != null) {
            absolute.log(options.log().withJsonReport(options.log().jsonReport().toAbsolutePath().normalize()));
        }
        SyncOptions job = absolute.build();
        Path report = job.log().jsonReport();
        if (report != null) {
            // Checked before anything is copied: a report that cannot be written would turn a
            // finished run into a fatal one afterwards.
            try {
                Path parent = report.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                if (!Files.isWritable(parent) || Files.isDirectory(report)) {
                    throw new java.nio.file.AccessDeniedException(report.toString());
                }
            } catch (IOException e) {
                err.println("syncopate: cannot write the JSON report " + report + ": " + reason(e));
                return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
            }
        }
        EventSink sink;
        try {
            // A fatal line also goes to stderr: cron mails stderr, and the log may be a file nobody reads.
            sink = EventSink.all(LogTargets.open(job.log(), out, interactive, context.zone(), context.clock(), mask),
                    new FatalLines(err, TextFilter.CONTROL_CHARACTERS.andThen(mask)));
        } catch (IOException e) {
            err.println("syncopate: cannot open the log file " + job.log().logFile() + ": " + reason(e));
            return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
        }
        try {
            return new SyncEngine(job, context).run(sink);
        } catch (java.io.UncheckedIOException e) {
            // The log or report could not be written (a full disk, say): the run's record is
            // incomplete, which an unattended job must treat as fatal.
            err.println("syncopate: cannot write the log or report: " + reason(e.getCause()));
            return new SyncResult(ExitCode.FATAL, Summary.EMPTY);
        }
    }

    /** The operating system's reason in words ("Not a directory"), not just the path Java puts in the message. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return ErrorCodes.of(e).message();
    }
}
