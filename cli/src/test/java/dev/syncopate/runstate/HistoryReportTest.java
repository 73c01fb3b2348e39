package dev.syncopate.runstate;

import dev.syncopate.event.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code syncopate history}'s lines: no runs, runs, a run holding the lock now, a killed one, an unreadable journal. */
class HistoryReportTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant T0 = Instant.parse("2026-11-20T23:00:01Z");
    private static final Clock LATER_THAT_DAY = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), UTC);
    private static final String HEADER =
            "Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note";

    @TempDir
    Path tmp;

    private RunFiles files() throws IOException {
        return RunFiles.of(tmp.resolve("state"), Files.writeString(tmp.resolve("nightly.sync.groovy"), ""));
    }

    @Test
    void aScriptNeverRunHasNoRunsAndSaysWhereTheyWouldBe() throws IOException {
        RunFiles f = files();
        assertEquals(List.of("no runs recorded for " + f.script(), "journal: " + f.journal()),
                HistoryReport.lines(f, 10, LATER_THAT_DAY));
    }

    @Test
    void aRunHoldingTheLockInAnotherProcessIsRunningNow() throws IOException {
        RunFiles f = files();
        new RunJournal(f.journal()).append(RunRecord.ended(T0, T0.plusSeconds(2), UTC, 1, false, Summary.EMPTY, null));
        try (LockHolder other = LockHolder.start(f.lock(), T0.plusSeconds(600))) {
            assertEquals(List.of(HEADER,
                    "2026-11-20 23:00:01   0:00:02     1      0       0       0       0         0",
                    "running now: pid " + other.pid() + " since 23:10:01",
                    "journal: " + f.journal()), HistoryReport.lines(f, 10, LATER_THAT_DAY));
        }
        assertEquals(List.of(HEADER,
                "2026-11-20 23:00:01   0:00:02     1      0       0       0       0         0",
                "journal: " + f.journal()), HistoryReport.lines(f, 10, LATER_THAT_DAY), "released: nothing to say");
    }

    @Test
    void aRunHoldingTheLockInThisJvmIsRunningNowToo() throws IOException {
        RunFiles f = files();
        RunLock.Acquired a = (RunLock.Acquired) RunLock.acquire(f.lock(), LockOwner.current(T0, f.script()));
        try (RunLock lock = a.lock()) {
            assertEquals(List.of("no runs recorded for " + f.script(),
                    "running now: pid " + ProcessHandle.current().pid() + " since 23:00:01",
                    "journal: " + f.journal()), HistoryReport.lines(f, 10, LATER_THAT_DAY));
        }
    }

    @Test
    void aKilledRunNobodyTookOverYetDidNotFinish() throws IOException {
        RunFiles f = files();
        LockHolder other = LockHolder.start(f.lock(), T0.minusSeconds(86_400));
        other.kill();
        assertEquals(List.of("no runs recorded for " + f.script(),
                "did not finish: pid " + other.pid() + ", started 2026-11-19 23:00:01",
                "journal: " + f.journal()), HistoryReport.lines(f, 10, LATER_THAT_DAY));
    }

    @Test
    void lastNShowsTheNewestN() throws IOException {
        RunFiles f = files();
        RunJournal journal = new RunJournal(f.journal());
        for (int exit : new int[] {0, 1, 16}) {
            Instant start = T0.plusSeconds(60L * exit);
            journal.append(RunRecord.ended(start, start.plusSeconds(1), UTC, exit, false, Summary.EMPTY, null));
        }
        List<String> lines = HistoryReport.lines(f, 2, LATER_THAT_DAY);
        assertEquals(List.of(HEADER,
                "2026-11-20 23:01:01   0:00:01     1      0       0       0       0         0",
                "2026-11-20 23:16:01   0:00:01    16      0       0       0       0         0",
                "journal: " + f.journal()), lines);
    }

    @Test
    void aJournalThatCannotBeReadIsSaidInWords() throws IOException {
        RunFiles f = files();
        Files.createDirectories(f.journal());   // a folder where the file should be
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> HistoryReport.lines(f, 10, LATER_THAT_DAY));
        assertEquals("cannot read the run history of " + f.script() + ": Is a directory", e.getMessage());
    }
}
