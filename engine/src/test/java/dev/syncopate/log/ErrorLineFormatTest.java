package dev.syncopate.log;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorLineFormatTest {

    @Test
    void aRetriedErrorSaysItWaits() {
        assertEquals(List.of(
                        "2026/11/22 02:43:12 ERROR 32 (0x00000020) Copying File /srv/docs/a.pst",
                        "The process cannot access the file because it is being used by another process.",
                        "Waiting 5 seconds... Retrying..."),
                ErrorLineFormat.lines(TestEvents.error(2, 32, "Copying File", "a.pst",
                        "The process cannot access the file because it is being used by another process.", true),
                        ZoneOffset.UTC));
    }

    @Test
    void theLastTryHasNoWaitLine() {
        assertEquals(List.of(
                        "2026/11/22 02:43:27 ERROR 5 (0x00000005) Copying File /srv/docs/a.pst",
                        "Access is denied."),
                ErrorLineFormat.lines(TestEvents.error(17, 5, "Copying File", "a.pst", "Access is denied.", false),
                        ZoneOffset.UTC));
    }

    @Test
    void directoriesEndWithTheSeparatorAndCodesAreHex() {
        assertEquals("2026/11/22 02:43:10 ERROR 1392 (0x00000570) Scanning Source Directory /srv/docs/broken/",
                ErrorLineFormat.lines(TestEvents.error(0, 1392, "Scanning Source Directory", "broken",
                        "The file or directory is corrupted and unreadable.", false), ZoneOffset.UTC).get(0));
    }

    @Test
    void aMultiLineMessageBecomesLinesWithoutCarriageReturns() {
        assertEquals(List.of("2026/11/22 02:43:10 ERROR 5 (0x00000005) Copying File /srv/docs/x", "first", "second"),
                ErrorLineFormat.lines(TestEvents.error(0, 5, "Copying File", "x", "first\r\nsecond\n", false),
                        ZoneOffset.UTC));
    }

    @Test
    void retryLimitIsFramedByBlankLinesOtherNoticesAreNot() {
        assertEquals(List.of("", "ERROR: RETRY LIMIT EXCEEDED.", ""),
                ErrorLineFormat.notice("ERROR: RETRY LIMIT EXCEEDED."));
        assertEquals(List.of("WARNING: /B has no meaning on this platform and is ignored."),
                ErrorLineFormat.notice("WARNING: /B has no meaning on this platform and is ignored."));
    }
}
