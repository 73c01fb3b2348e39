package dev.syncopate.summary;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Counts;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.log.TestEvents;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryCounterTest {

    private static Counts counts(String row) {
        long[] n = java.util.Arrays.stream(row.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
        return new Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    @ParameterizedTest(name = "dir {0}")
    @CsvSource(delimiter = '|', textBlock = """
            EXISTING | 1 0 1 0 0 0
            NEW      | 1 1 0 0 0 0
            EXCLUDED | 1 0 1 0 0 0
            FAILED   | 1 0 0 0 1 0
            MISMATCH | 1 0 0 1 0 0
            EXTRA    | 0 0 0 0 0 1
            """)
    void directories(DirStatus status, String dirs) {
        SummaryCounter c = new SummaryCounter();
        c.accept(TestEvents.dir("d", status, 3));
        Summary s = c.summary(TestEvents.T0);
        assertEquals(counts(dirs), s.dirs());
        assertEquals(Counts.ZERO, s.files());
    }

    @ParameterizedTest(name = "file {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW      | COPIED   | 1 1 0 0 0 0 | 100 100 0 0 0 0
            NEWER    | COPIED   | 1 1 0 0 0 0 | 100 100 0 0 0 0
            SAME     | SKIPPED  | 1 0 1 0 0 0 | 100 0 100 0 0 0
            NEW      | EXCLUDED | 1 0 1 0 0 0 | 100 0 100 0 0 0
            NEW      | VETOED   | 1 0 1 0 0 0 | 100 0 100 0 0 0
            OLDER    | FAILED   | 1 0 0 0 1 0 | 100 0 0 0 100 0
            MISMATCH | MISMATCH | 1 0 0 1 0 0 | 100 0 0 100 0 0
            EXTRA    | EXTRA    | 0 0 0 0 0 1 | 0 0 0 0 0 100
            EXTRA    | VETOED   | 0 0 0 0 0 1 | 0 0 0 0 0 100
            EXTRA    | FAILED   | 0 0 0 0 1 1 | 0 0 0 0 100 100
            EXTRA    | EXCLUDED | 0 0 0 0 0 0 | 0 0 0 0 0 0
            """)
    void files(FileClass kind, Disposition disposition, String files, String bytes) {
        SummaryCounter c = new SummaryCounter();
        c.accept(TestEvents.file("f", kind, disposition, 100));
        Summary s = c.summary(TestEvents.T0);
        assertEquals(counts(files), s.files());
        assertEquals(counts(bytes), s.bytes());
        assertEquals(Counts.ZERO, s.dirs());
    }

    @Test
    void elapsedRunsFromJobStartedToTheGivenEnd() {
        SummaryCounter c = new SummaryCounter();
        assertEquals(Duration.ZERO, c.summary(TestEvents.T0).elapsed(), "no start seen yet");
        c.accept(new SyncEvent.JobStarted(SyncOptions.builder(TestEvents.SRC, TestEvents.DST).build(), TestEvents.T0));
        assertEquals(Duration.ofSeconds(65), c.summary(TestEvents.T0.plusSeconds(65)).elapsed());
        assertEquals(Duration.ZERO, c.summary(TestEvents.T0.minusSeconds(1)).elapsed(), "a clock step back is not negative");
    }

    /** Robocopy's Times row: FAILED is "time spent waiting between retries for failed operations". */
    @Test
    void retryWaitsAreTheFailedTime() {
        SummaryCounter c = new SummaryCounter();
        c.accept(TestEvents.error(1, 32, "Copying File", "a", "busy", true));
        c.accept(TestEvents.error(6, 32, "Copying File", "a", "busy", true));
        c.accept(TestEvents.error(11, 32, "Copying File", "a", "busy", false));
        c.accept(TestEvents.error(12, 5, "Copying File", "b", "Access is denied.", true));
        assertEquals(Duration.ofSeconds(15), c.summary(TestEvents.T0).failedTime(),
                "three waits of 5 s; the last error of a file is not followed by a wait");
    }

    @Test
    void keepsOnlyFinalErrorsInOrder() {
        SummaryCounter c = new SummaryCounter();
        SyncEvent.ErrorLine retried = TestEvents.error(1, 32, "Copying File", "a", "busy", true);
        SyncEvent.ErrorLine last = TestEvents.error(6, 32, "Copying File", "a", "busy", false);
        SyncEvent.ErrorLine other = TestEvents.error(7, 5, "Copying File", "b", "Access is denied.", false);
        List.of(retried, last, other).forEach(c::accept);
        assertEquals(List.of(last, other), c.errors());
    }

    @Test
    void aTypicalRunGivesTheExitCodeRobocopyWould() {
        SummaryCounter c = new SummaryCounter();
        c.accept(TestEvents.dir("", DirStatus.EXISTING, 2));
        c.accept(TestEvents.file("a", FileClass.NEW, Disposition.COPIED, 10));
        c.accept(TestEvents.file("b", FileClass.SAME, Disposition.SKIPPED, 20));
        c.accept(TestEvents.file("x", FileClass.EXTRA, Disposition.EXTRA, 30));
        Summary s = c.summary(TestEvents.T0);
        assertEquals(new Counts(2, 1, 1, 0, 0, 1), s.files());
        assertEquals(new Counts(30, 10, 20, 0, 0, 30), s.bytes());
        assertEquals(ExitCode.COPIED | ExitCode.EXTRAS, ExitCode.of(s));
    }

    /** The exit code is read from the events alone: the table's bits, and 8 for failures outside it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a copied file                          | 1
            a copied file and a failure notice     | 9
            a plain notice                         | 0
            a final error line with no file line   | 8
            a retried error line only              | 0
            an extra and a failure notice          | 10
            """)
    void exitCodeFromEvents(String events, int code) {
        SummaryCounter c = new SummaryCounter();
        java.nio.file.Path p = java.nio.file.Path.of("/src/d");
        if (events.contains("copied file")) {
            c.accept(TestEvents.file("f", FileClass.NEW, Disposition.COPIED, 1));
        }
        if (events.contains("extra")) {
            c.accept(TestEvents.file("x", FileClass.EXTRA, Disposition.EXTRA, 1));
        }
        if (events.contains("failure notice")) {
            c.accept(SyncEvent.Notice.ofFailure("ERROR : /MAXDEL:1 exceeded"));
        }
        if (events.contains("plain notice")) {
            c.accept(new SyncEvent.Notice("NOTE : something"));
        }
        if (events.contains("error line")) {
            boolean retried = events.contains("retried");
            c.accept(new SyncEvent.ErrorLine(TestEvents.T0, 5, "Deleting Source Directory", p, "Access is denied.",
                    retried, retried ? Duration.ofSeconds(5) : Duration.ZERO));
        }
        assertEquals(code, c.exitCode());
    }
}
