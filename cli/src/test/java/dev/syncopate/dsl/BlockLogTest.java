package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A block's result carries its log: from the console, or from the part of the log file it wrote. */
class BlockLogTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleLogOfTheBlock() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.run(dir, "log.sync.groovy", """
                def r = sync { from SRC; to DST }
                println '=== after'
                println r.log.tail(1).startsWith('   Ended : ')
                println r.log.contains('New File')
                """.replace("SRC", q(src)).replace("DST", q(dir.resolve("dst"))));
        assertEquals("", r.err());
        String logged = r.out().substring(0, r.out().indexOf("=== after"));
        assertTrue(logged.contains("   Files :         1         1         0"), logged);
        assertEquals("true" + NL + "true" + NL,
                r.out().substring(r.out().indexOf("=== after") + 10));
    }

    @Test
    void theLogFilePartOfThisBlock() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        Path log = dir.resolve("sync.log");
        Files.writeString(log, "earlier run\n");
        ScriptHarness.Run r = ScriptHarness.run(dir, "log.sync.groovy", """
                def r = sync { from SRC; to DST; log LOG, append: true }
                println r.log.startsWith('earlier')
                println r.log.contains('New File')
                """.replace("SRC", q(src)).replace("DST", q(dir.resolve("dst"))).replace("LOG", q(log)));
        assertEquals("", r.err());
        assertEquals("false" + NL + "true" + NL, r.out());
        assertTrue(Files.readString(log).startsWith("earlier run\n"));
    }

    @Test
    void progressLinesAreTakenOut() {
        assertEquals("a\nb\n", LogCapture.withoutProgress("a\n  3 files\r        \rb\n\r 4 files\r       \r"));
        assertEquals("a\r\nb\r\n", LogCapture.withoutProgress("a\r\n\r 1 file\r      \rb\r\n"));
        assertEquals("", new BlockLog("").tail(3));
        assertEquals("b\nc", new BlockLog("a\nb\nc\n").tail(2));
    }
}
