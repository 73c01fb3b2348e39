package dev.syncopate.log;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.summary.ExitCode;
import dev.syncopate.summary.SummaryCounter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.syncopate.log.TestEvents.dir;
import static dev.syncopate.log.TestEvents.error;
import static dev.syncopate.log.TestEvents.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobocopyLogTest {
    private static final String TITLE = LogHeader.TITLE;

    /** A mirror run: one copy, one skip, one failure after a retry, one veto, one purge. */
    private static List<SyncEvent> run(SyncOptions options) {
        return List.of(
                new SyncEvent.JobStarted(options, TestEvents.T0),
                dir("", DirStatus.EXISTING, 4),
                file("a.txt", FileClass.NEW, Disposition.COPIED, 1024),
                file("b.txt", FileClass.SAME, Disposition.SKIPPED, 10),
                file("c.tmp", FileClass.NEW, Disposition.EXCLUDED, "named", 3),
                error(1, 32, "Copying File", "d.pst", "The process cannot access the file because it is being used"
                        + " by another process.", true),
                error(6, 32, "Copying File", "d.pst", "The process cannot access the file because it is being used"
                        + " by another process.", false),
                new SyncEvent.Notice("ERROR: RETRY LIMIT EXCEEDED."),
                file("d.pst", FileClass.NEWER, Disposition.FAILED, 2_097_152),
                dir("sub", DirStatus.NEW, 1),
                file("sub/e.lock", FileClass.NEW, Disposition.VETOED, "lock file", 0),
                dir("old", DirStatus.EXTRA, -1),
                file("old/x.txt", FileClass.EXTRA, Disposition.EXTRA, 300));
    }

    private static String log(SyncOptions options) {
        StringBuilder text = new StringBuilder();
        RobocopyLog log = new RobocopyLog(LogOutput.of(text), ZoneOffset.UTC);
        SummaryCounter counter = new SummaryCounter();
        for (SyncEvent e : run(options)) {
            counter.accept(e);
            log.accept(e);
        }
        Instant end = TestEvents.T0.plusSeconds(7);
        var summary = counter.summary(end);
        log.accept(new SyncEvent.JobFinished(summary, end, ExitCode.of(summary)));
        log.close();
        return text.toString();
    }

    private static SyncOptions.Builder mirror() {
        return SyncOptions.builder(TestEvents.SRC, TestEvents.DST).mirror();
    }

    private static LogOptions switches(String names) {
        return FileLineFormatTest.switches(names);
    }

    @Test
    void aWholeLog() {
        assertEquals("\n"
                + LogText.BANNER_RULE + "\n"
                + TITLE + "\n"
                + LogText.BANNER_RULE + "\n"
                + """

                  Started : Sunday, November 22, 2026 2:43:10 AM
                   Source : /srv/docs/
                     Dest : /mnt/nas/docs/

                    Files : *.*
                \t   \s
                  Options : *.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5\s

                ------------------------------------------------------------------------------

                \t                   4\t/srv/docs/
                \t    New File  \t\t    1024\ta.txt
                2026/11/22 02:43:11 ERROR 32 (0x00000020) Copying File /srv/docs/d.pst
                The process cannot access the file because it is being used by another process.
                Waiting 5 seconds... Retrying...
                2026/11/22 02:43:16 ERROR 32 (0x00000020) Copying File /srv/docs/d.pst
                The process cannot access the file because it is being used by another process.

                ERROR: RETRY LIMIT EXCEEDED.

                \t    Newer     \t\t   2.0 m\td.pst
                \t  New Dir          1\t/srv/docs/sub/
                \t       skipped\t\t       0\te.lock\t(lock file)
                \t*EXTRA Dir        -1\t/mnt/nas/docs/old/
                \t  *EXTRA File \t\t     300\tx.txt

                ------------------------------------------------------------------------------

                               Total    Copied   Skipped  Mismatch    FAILED    Extras
                    Dirs :         2         1         1         0         0         1
                   Files :         5         1         3         0         1         1
                   Bytes :    2.00 m     1.0 k        13         0    2.00 m       300
                   Times :   0:00:07   0:00:00                       0:00:05   0:00:00


                   Speed :                 146 Bytes/sec.
                   Speed :               0.008 MegaBytes/min.
                   Ended : Sunday, November 22, 2026 2:43:17 AM

                """, log(mirror().build()));
    }

    @Test
    void verboseShowsSkippedAndExcludedFiles() {
        String text = log(mirror().log(switches("V")).build());
        assertTrue(text.contains("\n\t          same\t\t      10\tb.txt\n"), text);
        assertTrue(text.contains("\n\t         named\t\t       3\tc.tmp\n"), text);
        assertTrue(text.contains("  Options : *.* /V /S /E"), text);
    }

    @Test
    void noFileListAndNoDirListKeepErrorsAndSummary() {
        LogOptions quiet = new LogOptions(false, false, false, false, false, false, false, true, true, false, false,
                null, false, false, false, false, false, null);
        String text = log(mirror().log(quiet).build());
        assertFalse(text.contains("a.txt"), text);
        assertFalse(text.contains("/srv/docs/sub/"), text);
        assertTrue(text.contains("ERROR 32 (0x00000020) Copying File /srv/docs/d.pst"), text);
        assertTrue(text.contains("   Files :         5"), text);
    }

    @Test
    void noHeaderAndNoSummaryLeaveOnlyTheLines() {
        LogOptions bare = new LogOptions(false, false, false, false, false, false, false, false, false, false, false,
                null, false, false, false, true, true, null);
        String text = log(mirror().log(bare).build());
        assertTrue(text.startsWith("\t                   4\t/srv/docs/\n"), text);
        assertTrue(text.endsWith("\t  *EXTRA File \t\t     300\tx.txt\n"), text);
    }

    @Test
    void listOnlyIsEchoedInTheOptions() {
        assertTrue(log(mirror().listOnly().build()).contains(
                "  Options : *.* /L /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5 \n"));
    }

    /** Robocopy's /L summary: the Times row, then Ended at once; no Speed lines for a run that copied nothing. */
    @Test
    void listOnlyEndsWithTimesAndEndedAndNoSpeed() {
        String text = log(mirror().listOnly().build());
        assertTrue(text.endsWith("""
                   Bytes :    2.00 m     1.0 k        13         0    2.00 m       300
                   Times :   0:00:07   0:00:00                       0:00:05   0:00:00
                   Ended : Sunday, November 22, 2026 2:43:17 AM

                """), text);
        assertFalse(text.contains("Speed"), text);
    }

    @Test
    void neverWritesCarriageReturnsOrEscapeCodes() {
        String text = log(mirror().build());
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\u001b"));
        assertFalse(text.contains("%"));
    }
}
