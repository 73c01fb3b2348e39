package dev.syncopate.log;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTargetsTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path logFile = fs.getPath("/var/log/syncopate/docs.log");
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(screen, true, StandardCharsets.UTF_8);
    private final ProgressLineTest.FakeClock clock = new ProgressLineTest.FakeClock();

    /** Switches: file, append, unicode, tee, json report. */
    private LogOptions log(Path file, boolean append, boolean unicode, boolean tee, Path json) {
        return new LogOptions(false, false, false, false, false, false, false, false, false, false, false, file,
                append, unicode, tee, true, true, json);   // no header or summary: the lines are what matter here
    }

    private void run(LogOptions log, boolean interactive, TextFilter mask, String fileName) throws IOException {
        EventSink sink = LogTargets.open(log, console, interactive, ZoneOffset.UTC, clock, mask);
        sink.accept(new SyncEvent.JobStarted(SyncOptions.builder(TestEvents.SRC, TestEvents.DST).log(log).build(),
                TestEvents.T0));
        clock.advance(10);
        sink.accept(TestEvents.file(fileName, FileClass.NEW, Disposition.COPIED, 5));
        sink.accept(new SyncEvent.JobFinished(Summary.EMPTY, TestEvents.T0.plusSeconds(1), 1));
        sink.close();
    }

    private static final String LINE = "\t    New File  \t\t       5\t%s\n";

    @Test
    void withoutALogFileTheLogGoesToTheConsole() throws IOException {
        run(log(null, false, false, false, null), false, TextFilter.NONE, "a.txt");
        assertEquals(String.format(LINE, "a.txt").replace("\n", System.lineSeparator()), screen.toString());
    }

    @Test
    void logOverwritesAndCreatesParentDirectories() throws IOException {
        run(log(logFile, false, false, false, null), false, TextFilter.NONE, "first.txt");
        run(log(logFile, false, false, false, null), false, TextFilter.NONE, "zweite-Größe.txt");
        assertEquals(String.format(LINE, "zweite-Größe.txt"), Files.readString(logFile, StandardCharsets.UTF_8));
        assertEquals("", screen.toString(), "a log file without /TEE keeps the console quiet");
    }

    @Test
    void logPlusAppends() throws IOException {
        run(log(logFile, true, false, false, null), false, TextFilter.NONE, "first.txt");
        run(log(logFile, true, false, false, null), false, TextFilter.NONE, "second.txt");
        assertEquals(String.format(LINE, "first.txt") + String.format(LINE, "second.txt"), Files.readString(logFile));
    }

    @Test
    void unilogIsUtf16WithOneByteOrderMark() throws IOException {
        run(log(logFile, false, true, false, null), false, TextFilter.NONE, "a.txt");
        run(log(logFile, true, true, false, null), false, TextFilter.NONE, "b.txt");
        byte[] expected = ("\uFEFF" + String.format(LINE, "a.txt") + String.format(LINE, "b.txt"))
                .getBytes(StandardCharsets.UTF_16LE);
        assertArrayEquals(expected, Files.readAllBytes(logFile));
    }

    @Test
    void unilogPlusOnAMissingFileStartsWithAMark() throws IOException {
        run(log(logFile, true, true, false, null), false, TextFilter.NONE, "a.txt");
        byte[] start = Files.readAllBytes(logFile);
        assertEquals((byte) 0xFF, start[0]);
        assertEquals((byte) 0xFE, start[1]);
    }

    @Test
    void teeWritesBoth() throws IOException {
        run(log(logFile, false, false, true, null), false, TextFilter.NONE, "a.txt");
        assertEquals(String.format(LINE, "a.txt"), Files.readString(logFile));
        assertEquals(String.format(LINE, "a.txt").replace("\n", System.lineSeparator()), screen.toString());
    }

    /**
     * Robocopy names the log file on the console ({@code \n Log File : path\n}) and the file itself
     * starts with its blank line and the banner rule, as real Robocopy log files do.
     */
    @Test
    void teeNamesTheLogFileOnTheConsoleOnlyAndTheFileStartsWithTheBanner() throws IOException {
        LogOptions withHeader = new LogOptions(false, false, false, false, false, false, false, false, false, false,
                false, logFile, false, false, true, false, true, null);
        run(withHeader, false, TextFilter.NONE, "a.txt");
        String file = Files.readString(logFile);
        assertTrue(file.startsWith("\n" + LogText.BANNER_RULE + "\n" + LogHeader.TITLE + "\n"), file);
        assertFalse(file.contains("Log File"), file);
        String shown = screen.toString().replace(System.lineSeparator(), "\n");
        assertEquals("\n Log File : /var/log/syncopate/docs.log\n" + file, shown);
    }

    @Test
    void aLogFileWithoutTeeKeepsTheConsoleQuietEvenWithTheHeader() throws IOException {
        LogOptions withHeader = new LogOptions(false, false, false, false, false, false, false, false, false, false,
                false, logFile, false, false, false, false, true, null);
        run(withHeader, false, TextFilter.NONE, "a.txt");
        assertEquals("", screen.toString(), "cron mails whatever a job prints");
        assertTrue(Files.readString(logFile).startsWith("\n" + LogText.BANNER_RULE + "\n"));
    }

    @Test
    void progressOnlyOnAnInteractiveConsoleThatShowsTheLog() throws IOException {
        run(log(null, false, false, false, null), true, TextFilter.NONE, "a.txt");
        assertTrue(screen.toString().contains("\r"), "the status line was drawn and erased");
        screen.reset();
        run(log(logFile, false, false, false, null), true, TextFilter.NONE, "a.txt");
        assertEquals("", screen.toString(), "no progress when only the file shows the log");
        assertFalse(Files.readString(logFile).contains("\r"));
    }

    @Test
    void everyLineGoesThroughTheMaskAndControlCharactersAreReplaced() throws IOException {
        Path json = fs.getPath("/var/reports/docs.json");
        run(log(logFile, false, false, false, json), false, s -> s.replace("s3cret", "****"), "s3cret\u001b[2J\n.txt");
        assertEquals(String.format(LINE, "****?[2J?.txt"), Files.readString(logFile));
        String report = Files.readString(json);
        assertTrue(report.contains("\"exitCode\": 1"), report);
        assertFalse(report.contains("s3cret"), report);
    }
}
