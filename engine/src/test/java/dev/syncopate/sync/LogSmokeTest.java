package dev.syncopate.sync;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.log.LogOutput;
import dev.syncopate.log.RobocopyLog;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole run rendered by RobocopyLog: the engine's events make a well-formed Robocopy log. */
class LogSmokeTest {

    @Test
    void aMirrorRunReadsLikeRobocopy() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("a.txt=hello", "same=1", "sub/b=2", "bad=1");
            h.destination("same=1", "old.txt=x", "gone/z=1");
            SyncHooks blockBad = new SyncHooks() {
                @Override
                public Verdict beforeCopy(FileView f) {
                    if (f.name().equals("bad")) {
                        try {
                            Files.createDirectories(f.target().resolve("x"));
                            Files.writeString(f.target().resolve("x").resolve("y"), "");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return Verdict.PROCEED;
                }
            };
            StringBuilder text = new StringBuilder();
            SyncOptions o = SyncOptions.builder(h.src, h.dst).mirror().retries(1).hooks(blockBad).build();
            SyncResult r = new SyncEngine(o, h.context()).run(new RobocopyLog(LogOutput.of(text), ZoneOffset.UTC));
            String log = text.toString();

            assertEquals(1 | 2 | 8, r.exitCode(), log);
            List<String> lines = log.lines().toList();
            assertTrue(log.contains("  Options : *.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:1 /W:5"), log);
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+New File\\s+5\\ta\\.txt")), log);
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+\\*EXTRA File\\s+1\\told\\.txt")), log);
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+\\*EXTRA Dir\\s+-1\\t/dst/gone/")), log);
            int error = indexOf(lines, "2024/03/01 00:00:00 ERROR 145 (0x00000091) Copying File /src/bad");
            assertTrue(error > 0 && lines.get(error - 1).contains("bad"), "the error follows its file line\n" + log);
            assertTrue(lines.contains("ERROR: RETRY LIMIT EXCEEDED."), log);
            assertTrue(lines.stream().anyMatch(l -> l.matches(" +Files : +4 +2 +1 +0 +1 +1")), log);
            assertTrue(lines.stream().anyMatch(l -> l.matches(" +Dirs : +2 +1 +1 +0 +0 +1")), log);
        }
    }

    /**
     * Robocopy's order within a directory: its extras first (directories, then files, each by
     * name), then its source entries; the extra file by name only. The deletes still come after
     * the copies (the destination ends up mirrored), with parallel copies and with /MAXDEL.
     */
    @ParameterizedTest(name = "threads {0}, maxDelete {1}")
    @CsvSource({"1, -1", "8, -1", "8, 10"})
    void aDirectorysExtrasComeBeforeItsSourceFiles(int threads, int maxDelete) throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            h.source("a.txt=1", "c.txt=22", "sub/d=3");
            h.destination("b_old.txt=xx", "zz_old/y=1", "sub/e_old=4");
            StringBuilder text = new StringBuilder();
            SyncOptions.Builder b = SyncOptions.builder(h.src, h.dst).mirror().threads(threads);
            if (maxDelete >= 0) {
                b.maxDelete(maxDelete);
            }
            SyncResult r = new SyncEngine(b.build(), h.context()).run(new RobocopyLog(LogOutput.of(text), ZoneOffset.UTC));
            String log = text.toString();
            String rule = "-".repeat(78);
            int from = log.indexOf("\n" + rule + "\n\n") + rule.length() + 3;
            String fileList = log.substring(from, log.indexOf("\n" + rule, from));

            assertEquals(1 | 2, r.exitCode(), log);
            assertEquals("""
                    \t                   2\t/src/
                    \t*EXTRA Dir        -1\t/dst/zz_old/
                    \t  *EXTRA File \t\t       2\tb_old.txt
                    \t    New File  \t\t       1\ta.txt
                    \t    New File  \t\t       2\tc.txt
                    \t                   1\t/src/sub/
                    \t  *EXTRA File \t\t       1\te_old
                    \t    New File  \t\t       1\td
                    """, fileList);
            assertEquals(List.of("a.txt=1", "c.txt=22", "sub/", "sub/d=3"), h.destinationTree());
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
