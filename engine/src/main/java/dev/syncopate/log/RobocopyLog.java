package dev.syncopate.log;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.event.SyncEvent.DirectoryLine;
import dev.syncopate.event.SyncEvent.FileLine;
import dev.syncopate.fs.PathDisplay;
import dev.syncopate.options.LogOptions;

import java.time.ZoneId;
import java.util.List;

/**
 * The Robocopy-layout log: header, directory and file lines, errors and the summary table, in
 * invariant English, written as the events arrive. Existing Robocopy log parsers read it.
 *
 * <p>What is shown follows Robocopy's switches: {@code /NJH} drops the header, {@code /NJS} the
 * summary, {@code /NDL} directory lines, {@code /NFL} file lines; skipped and excluded entries
 * appear only with {@code /V}. Files a hook vetoed are always shown with the hook's reason: a
 * user who wrote the hook wants to see it act. Progress events never reach the log.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("sync.log"))) {
 *     EventSink log = new RobocopyLog(LogOutput.of(w), ZoneId.systemDefault());
 *     engine.run(options, log);
 * }
 * }</pre>
 */
public final class RobocopyLog implements EventSink {
    private final LogOutput out;
    private final LogOutput consoleOnly;
    private final ZoneId zone;
    private LogOptions log = LogOptions.DEFAULT;
    private boolean listOnly;
    private FileLineFormat files;

    /**
     * @param out  where the lines go; this log closes it on {@link #close}
     * @param zone the zone of the dates in the log (the host's, normally)
     */
    public RobocopyLog(LogOutput out, ZoneId zone) {
        this(out, null, zone);
    }

    /**
     * @param out         where the lines go; this log closes it on {@link #close}
     * @param consoleOnly the console when it shows the log beside a log file ({@code /TEE}), or null:
     *                    it alone gets Robocopy's {@code  Log File : path} line before the header
     * @param zone        the zone of the dates in the log (the host's, normally)
     */
    public RobocopyLog(LogOutput out, LogOutput consoleOnly, ZoneId zone) {
        this.out = out;
        this.consoleOnly = consoleOnly;
        this.zone = zone;
        this.files = new FileLineFormat(log, zone);
    }

    @Override
    public void accept(SyncEvent event) {
        switch (event) {
            case SyncEvent.JobStarted s -> {
                log = s.options().log();
                listOnly = s.options().listOnly();
                files = new FileLineFormat(log, zone);
                if (!log.noHeader()) {
                    if (consoleOnly != null && log.logFile() != null) {
                        consoleOnly.line("");
                        consoleOnly.line(" Log File : " + PathDisplay.of(log.logFile().toAbsolutePath()));
                    }
                    emit(LogHeader.lines(s.options(), s.at(), zone));
                    out.flush();
                }
            }
            case DirectoryLine d -> {
                if (shows(d)) {
                    emit(DirLineFormat.format(d));
                }
            }
            case FileLine f -> {
                if (shows(f)) {
                    emit(files.format(f));
                }
            }
            case SyncEvent.ErrorLine e -> {
                emit(ErrorLineFormat.lines(e, zone));
                // Errors are what someone tails the log for; do not leave them in a buffer.
                out.flush();
            }
            case SyncEvent.Notice n -> {
                emit(ErrorLineFormat.notice(n.text()));
                out.flush();
            }
            case SyncEvent.Verified v -> emit(List.of(VerifiedLine.line(v, log.bytes())));
            case SyncEvent.Progress p -> {
                // The log never shows progress: percentages in a log file are noise.
            }
            case SyncEvent.JobFinished f -> {
                if (!log.noSummary()) {
                    emit(SummaryTable.lines(f.summary(), log.bytes(), listOnly, f.at(), zone));
                }
                out.flush();
            }
        }
    }

    @Override
    public void close() {
        out.close();
    }

    private boolean shows(DirectoryLine d) {
        return !log.noDirList() && (d.status() != DirStatus.EXCLUDED || log.verbose());
    }

    private boolean shows(FileLine f) {
        if (log.noFileList()) {
            return false;
        }
        return switch (f.disposition()) {
            case SKIPPED, EXCLUDED -> log.verbose();
            case COPIED, VETOED, FAILED, EXTRA, MISMATCH -> true;
        };
    }

    private void emit(String line) {
        out.line(line);
    }

    private void emit(List<String> lines) {
        for (String line : lines) {
            out.line(line);
        }
    }
}
