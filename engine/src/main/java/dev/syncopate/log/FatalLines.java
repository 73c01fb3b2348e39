package dev.syncopate.log;

import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.summary.ExitCode;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeats on stderr the error lines of a run that ended fatal (exit 16) before it walked a
 * directory: a missing or unreadable source, a destination that is a file, the empty-source guard.
 * The log (stdout or the {@code /LOG:} file) keeps them as they are; cron mails only stderr, and
 * systemd marks it, so the one line that says why nothing was copied must be there too.
 *
 * <pre>{@code
 * EventSink out = EventSink.all(log, new FatalLines(System.err, mask));
 * // stderr: syncopate: ERROR 2 (0x00000002) Accessing Source Directory /srv/data/: The system cannot find the file specified.
 * }</pre>
 *
 * <p>One line per error, without the log's time stamp (stderr readers add their own), through
 * {@code filter} (control characters, secrets).
 */
public final class FatalLines implements EventSink {
    private final PrintStream err;
    private final TextFilter filter;
    private final List<String> pending = new ArrayList<>();
    private boolean walked;

    public FatalLines(PrintStream err, TextFilter filter) {
        this.err = err;
        this.filter = filter;
    }

    @Override
    public void accept(SyncEvent event) {
        switch (event) {
            case SyncEvent.DirectoryLine d -> {
                walked = true;   // past the checks: later errors belong to files, not to the run
                pending.clear();
            }
            case SyncEvent.ErrorLine e when !walked -> pending.add(line(e));
            case SyncEvent.Notice n when !walked && n.text().startsWith("ERROR") -> pending.add(n.text());
            case SyncEvent.JobFinished f when f.exitCode() == ExitCode.FATAL -> {
                pending.forEach(l -> err.println("syncopate: " + filter.apply(l)));
                err.flush();
            }
            default -> { }
        }
    }

    /** {@code ERROR 2 (0x00000002) Accessing Source Directory /x/: The system cannot find the file specified.} */
    private static String line(SyncEvent.ErrorLine e) {
        List<String> lines = ErrorLineFormat.lines(e, ZoneId.systemDefault());
        String first = lines.getFirst();
        String head = first.substring(first.indexOf("ERROR "));   // the log's stamp is "YYYY/MM/DD hh:mm:ss "
        List<String> rest = lines.subList(1, lines.size());
        return rest.isEmpty() ? head : head + ": " + String.join(" ", rest);
    }
}
