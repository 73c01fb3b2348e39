package dev.syncopate.log;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressLineTest {
    /** A clock the test moves by hand. */
    static final class FakeClock implements InstantSource {
        Instant now = TestEvents.T0;

        @Override
        public Instant instant() {
            return now;
        }

        void advance(long millis) {
            now = now.plusMillis(millis);
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleOutput console = new ConsoleOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    private final FakeClock clock = new FakeClock();
    private final ProgressLine progress = new ProgressLine(console, clock);

    private String screen() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void start() {
        progress.accept(new SyncEvent.JobStarted(SyncOptions.builder(TestEvents.SRC, TestEvents.DST).build(),
                TestEvents.T0));
    }

    private void copied(String name, long size) {
        progress.accept(TestEvents.file(name, FileClass.NEW, Disposition.COPIED, size));
    }

    @Test
    void drawsFilesBytesAndRateAndRedrawsAtMostFourTimesASecond() {
        start();
        clock.advance(2000);
        copied("a", 2 * 1024 * 1024);
        assertEquals("  1 file  2.00 m  1.00 m/s", screen());
        clock.advance(100);
        copied("b", 1024 * 1024);     // within the quarter second: counted, not drawn
        assertEquals("  1 file  2.00 m  1.00 m/s", screen());
        clock.advance(150);
        copied("c", 512 * 1024);
        String erase = "\r" + " ".repeat("  1 file  2.00 m  1.00 m/s".length()) + "\r";
        assertEquals("  1 file  2.00 m  1.00 m/s" + erase + "  3 files  3.50 m  1.56 m/s", screen());
    }

    @Test
    void progressEventsAreRunningTotalsNotAddedTwice() {
        start();
        clock.advance(2000);
        copied("a", 1024 * 1024);
        clock.advance(1000);
        progress.accept(new SyncEvent.Progress(1, 1024 * 1024));     // the engine's total after "a"
        String first = "  1 file  1.00 m  512.0 k/s";
        String erase = "\r" + " ".repeat(first.length()) + "\r";
        assertEquals(first + erase + "  1 file  1.00 m  341.3 k/s", screen());
        clock.advance(1000);
        progress.accept(new SyncEvent.Progress(4, 4 * 1024 * 1024));  // ahead of the file lines seen here
        String second = "  1 file  1.00 m  341.3 k/s";
        assertEquals(first + erase + second + "\r" + " ".repeat(second.length()) + "\r"
                + "  4 files  4.00 m  1.00 m/s", screen());
    }

    @Test
    void showsAnEtaOnlyWhenTheTotalIsKnown() {
        start();
        progress.expect(10L * 1024 * 1024);
        clock.advance(4000);
        copied("a", 2L * 1024 * 1024);
        assertEquals("  1 file  2.00 m  512.0 k/s  ETA 0:00:16", screen());
    }

    @Test
    void noRateBeforeASecondHasPassed() {
        start();
        clock.advance(10);
        copied("a", 100);
        assertEquals("  1 file  100", screen());
    }

    @Test
    void logLinesEraseTheStatusAndTheStatusComesBackBelowThem() {
        start();
        clock.advance(10);
        copied("a", 100);
        console.line("\t    New File  \t\t     100\ta");
        String erase = "\r" + " ".repeat("  1 file  100".length()) + "\r";
        assertEquals("  1 file  100" + erase + "\t    New File  \t\t     100\ta" + System.lineSeparator()
                + "  1 file  100", screen());
    }

    @Test
    void theStatusIsGoneBeforeTheSummary() {
        start();
        clock.advance(10);
        copied("a", 100);
        progress.accept(new SyncEvent.JobFinished(Summary.EMPTY, clock.instant(), 1));
        new RobocopyLog(console, ZoneOffset.UTC).accept(new SyncEvent.Notice("done"));
        String erase = "\r" + " ".repeat("  1 file  100".length()) + "\r";
        assertEquals("  1 file  100" + erase + "done" + System.lineSeparator(), screen());
    }

    @Test
    void failedAndSkippedFilesAreNotCountedAsCopied() {
        start();
        clock.advance(10);
        progress.accept(TestEvents.file("x", FileClass.NEW, Disposition.FAILED, 100));
        clock.advance(Duration.ofSeconds(1).toMillis());
        progress.accept(TestEvents.file("y", FileClass.SAME, Disposition.SKIPPED, 100));
        String erase = "\r" + " ".repeat("  0 files  0".length()) + "\r";
        assertEquals("  0 files  0" + erase + "  0 files  0", screen());
    }
}
