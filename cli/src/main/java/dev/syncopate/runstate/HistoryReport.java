package dev.syncopate.runstate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code syncopate history} prints for a script: its last runs as a {@link HistoryTable}, a line
 * about a run that holds the lock now or one that ended without releasing it, and where the journal is.
 *
 * <pre>{@code
 * HistoryReport.lines(RunFiles.of(stateDir, Path.of("nightly.sync.groovy")), 10, Clock.systemDefaultZone())
 *         .forEach(System.out::println);
 * // Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note
 * // 2026-11-20 23:00:01   0:04:11     1    120     118       0       3  118.20 m
 * // running now: pid 4300 since 23:00:00
 * // journal: /home/backup/.local/state/syncopate/runs/nightly.sync.groovy-3f2a9c01b4d7.history.jsonl
 * }</pre>
 */
public final class HistoryReport {
    private HistoryReport() {
    }

    /**
     * The report's lines; reads the journal and probes the lock, changes neither.
     *
     * @throws UncheckedIOException with a message in plain words when the journal or lock cannot be read
     */
    public static List<String> lines(RunFiles files, int last, Clock clock) {
        try {
            return lines(files, new RunJournal(files.journal()).last(last), RunLock.probe(files.lock()), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run history of " + files.script() + ": "
                    + RunJournal.reason(e), e);
        }
    }

    private static List<String> lines(RunFiles files, List<RunRecord> runs, RunLock.State lock, Clock clock) {
        List<String> lines = new ArrayList<>(runs.isEmpty()
                ? List.of("no runs recorded for " + files.script())
                : HistoryTable.format(runs, clock.getZone()));
        switch (lock) {
            case RunLock.Held h -> lines.add("running now: pid " + h.owner().pid() + " since "
                    + LockOwner.when(h.owner().since(), clock));
            case RunLock.Stale s -> lines.add("did not finish: pid " + s.owner().pid() + ", started "
                    + LockOwner.when(s.owner().since(), clock));
            case RunLock.Free f -> {
                // nothing running, nothing left behind
            }
        }
        lines.add("journal: " + files.journal());
        return lines;
    }
}
