package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The process exit code: the OR of the blocks', unless exit(n); onExitCode sees it. */
class ExitCodeTest {
    @TempDir
    Path dir;

    private static final String THREE_BLOCKS = """
            def a = sync { from 'a'; to 'b' }
            def b = sync { from 'c'; to 'd' }
            def c = sync { from 'e'; to 'f' }
            println "${a.exitCode} ${b.exitCode} ${c.exitCode}"
            """;

    @Test
    void theCodeIsTheBitwiseOrOfTheBlocks() {
        Recorder r = Recorder.run(dir, THREE_BLOCKS, new int[] {1, 2, 0});
        assertEquals(3, r.exitCode);
        assertEquals("1 2 0" + NL, r.out());
    }

    @Test
    void aFailingBlockDoesNotStopTheScript() {
        Recorder r = Recorder.run(dir, THREE_BLOCKS, new int[] {16, 8, 1});
        assertEquals(25, r.exitCode);
        assertEquals(3, r.options.size());
    }

    @Test
    void aBlockWithAMistakeAdds16AndTheScriptGoesOn() {
        Recorder r = Recorder.run(dir, "def a = sync { from 'a' }\ndef b = sync { from 'c'; to 'd' }\n"
                + "println \"${a.exitCode} ${b.exitCode} ${a.log}\"", new int[] {1});
        assertEquals(17, r.exitCode);
        assertEquals("16 1 nightly.sync.groovy:1: sync block has no destination ('to', or 'snapshot into:')" + NL + NL,
                r.out());
    }

    @Test
    void exitOverridesAndStopsTheScript() {
        Recorder r = Recorder.run(dir, "sync { from 'a'; to 'b' }\nexit 0\nsync { from 'c'; to 'd' }", new int[] {8});
        assertEquals(0, r.exitCode);
        assertEquals(1, r.options.size());
    }

    @Test
    void onExitCodeRunsOnceAfterTheBodyWithTheCombinedCode() {
        Recorder r = Recorder.run(dir, """
                onExitCode { code -> println "final $code" }
                sync { from 'a'; to 'b' }
                sync { from 'c'; to 'd' }
                println 'body done'
                """, new int[] {1, 2});
        assertEquals("body done" + NL + "final 3" + NL, r.out());
        assertEquals(3, r.exitCode);
    }

    @Test
    void onExitCodeSeesExitAndMayChangeIt() {
        Recorder r = Recorder.run(dir, """
                onExitCode { code -> println "saw $code"; if (code == 8) exit 1 }
                onExitCode { code -> println 'not reached' }
                exit 8
                """);
        assertEquals("saw 8" + NL, r.out());
        assertEquals(1, r.exitCode);
    }

    @Test
    void onExitCodeRunsAfterACrashWith16() {
        Recorder r = Recorder.run(dir, "onExitCode { code -> println \"alert $code\" }\nthrow new RuntimeException('disk gone')");
        assertEquals("alert 16" + NL, r.out());
        assertEquals("syncopate: nightly.sync.groovy:2: disk gone" + NL, r.err());
        assertEquals(16, r.exitCode);
    }

    @Test
    void aBlocksOwnOnExitCodeRunsAfterIt() {
        Recorder r = Recorder.run(dir, """
                sync('docs') { from 'a'; to 'b'; onExitCode { code -> println "docs $code" } }
                println 'next'
                """, new int[] {3});
        assertEquals("docs 3" + NL + "next" + NL, r.out());
    }

    @Test
    void resultsCarryTheSummary() {
        Recorder r = Recorder.run(dir, "def r = sync('x') { from 'a'; to 'b' }\n"
                + "println \"${r.name} ${r.summary.files.copied} ${r.summary.bytes.total} ${r.summary.dirs.extras}\"");
        assertEquals("x 0 0 0" + NL, r.out());
    }
}
