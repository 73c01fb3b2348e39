package dev.syncopate.sync;

import dev.syncopate.execute.TempNames;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.log.LogOutput;
import dev.syncopate.log.RobocopyLog;
import dev.syncopate.log.VerifiedLine;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /VERIFY in the log: one line after the file list says how many copies were read back and
 * matched; a copy that did not match has its ERROR 23 line. The mismatch here is a real one: a
 * torn temp file of an earlier run holds wrong bytes, /Z resumes it, and the read-back catches it.
 */
class VerifyLogTest {
    private static final String DATA = "abcdefghij";

    private static String run(Harness h, SyncOptions.Builder options) {
        StringBuilder text = new StringBuilder();
        new SyncEngine(options.build(), h.context()).run(new RobocopyLog(LogOutput.of(text), ZoneOffset.UTC));
        return text.toString();
    }

    @Test
    void saysHowManyCopiesWereReadBackAndMatched() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("a=" + DATA, "s/b=xyz", "same=1");
            h.destination("same=1");
            String log = run(h, SyncOptions.builder(h.src, h.dst).subdirs().verify());
            List<String> lines = log.lines().toList();
            int verified = lines.indexOf(" Verified : 2 files (13) read back after copying, CRC32C equal to the source's.");
            assertTrue(verified > 0, log);
            assertEquals("", lines.get(verified + 1), "the summary follows\n" + log);
            assertEquals("-".repeat(78), lines.get(verified + 2), log);
        }
    }

    @Test
    void aMismatchIsAnErrorLineAndCountedAsNotMatching() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("a=" + DATA, "b=xyz");
            h.destination(TempNames.name("a", 10, Trees.T0_NANOS) + "=ABCDE");
            String log = run(h, SyncOptions.builder(h.src, h.dst).verify().restartable().retries(0));
            List<String> lines = log.lines().toList();
            int error = lines.indexOf("2024/03/01 00:00:00 ERROR 23 (0x00000017) Copying File /src/a");
            assertTrue(error > 0, log);
            assertTrue(lines.get(error + 1).startsWith("Data error (cyclic redundancy check). The copy does not match"
                    + " the source (/VERIFY: CRC32C "), log);
            assertTrue(lines.contains(" Verified : 1 file (3) read back after copying, CRC32C equal to the source's;"
                    + " 1 did not match (ERROR 23 above): not replaced."), log);
            assertEquals(List.of("b=xyz"), h.destinationTree(), "the bad copy never took a real name");
        }
    }

    @Test
    void noLineWithoutVerifyOrUnderListOnly() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("a=" + DATA);
            h.destination();
            assertFalse(run(h, SyncOptions.builder(h.src, h.dst)).contains("Verified"));
            assertFalse(run(h, SyncOptions.builder(h.src, h.dst).verify().listOnly()).contains("Verified"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0    | 0 | false | ' Verified : nothing was copied.'
            1 | 1024 | 0 | false | ' Verified : 1 file (1.0 k) read back after copying, CRC32C equal to the source''s.'
            3 | 1024 | 2 | true  | ' Verified : 3 files (1024) read back after copying, CRC32C equal to the source''s; 2 did not match (ERROR 23 above): not replaced.'
            0 | 0    | 1 | false | ' Verified : 0 files (0) read back after copying, CRC32C equal to the source''s; 1 did not match (ERROR 23 above): not replaced.'
            """)
    void theLine(long files, long bytes, long mismatched, boolean plainBytes, String expected) {
        assertEquals(expected, VerifiedLine.line(new SyncEvent.Verified(files, bytes, mismatched), plainBytes));
    }
}
