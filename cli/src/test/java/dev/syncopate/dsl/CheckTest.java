package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code syncopate check}: compile and validate every block reached, copy nothing; exit 0 or 16. */
class CheckTest {
    @TempDir
    Path dir;

    @Test
    void aGoodScriptIsOkAndNothingIsCopied() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.check(dir, "nightly.sync.groovy", """
                def r = sync('docs') { from SRC; to DST; exclude files: ['*.tmp'] }
                if (r.exitCode < 8) sync('again') { from SRC; to DST; mirror() }
                keep last: 3, in: DST
                onExitCode { code -> println 'handlers do not run under check' }
                """.replace("SRC", q(src)).replace("DST", q(dir.resolve("dst"))));
        assertEquals("", r.err());
        assertEquals("nightly.sync.groovy: OK (2 sync blocks checked)" + NL, r.out());
        assertEquals(0, r.code());
        assertFalse(Files.exists(dir.resolve("dst")));
    }

    @Test
    void everyBadBlockIsReportedAndTheCodeIs16() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.check(dir, "nightly.sync.groovy", """
                sync { from SRC; to DST; exlcude files: ['*.tmp'] }
                sync { from MISSING; to DST }
                sync { from SRC; to DST; threads 0 }
                keep last: 0, in: DST
                sync { from SRC; to DST }
                """.replace("SRC", q(src)).replace("DST", q(dir.resolve("dst")))
                .replace("MISSING", q(dir.resolve("missing"))));
        assertEquals(String.join(NL,
                "syncopate: nightly.sync.groovy:1: unknown setting 'exlcude' in sync block (did you mean 'exclude'?)",
                "syncopate: nightly.sync.groovy:2: the source " + dir.resolve("missing") + " does not exist",
                "syncopate: nightly.sync.groovy:3: invalid value for 'threads' (expected a whole number of threads from 1 to 128)",
                "syncopate: nightly.sync.groovy:4: invalid value for 'keep last:' (expected a whole number of folders, 1 or more)",
                ""), r.err());
        assertEquals("", r.out());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dir.resolve("dst")));
    }

    @Test
    void aCompileErrorIs16() {
        ScriptHarness.Run r = ScriptHarness.check(dir, "nightly.sync.groovy", "sync {\n  from 'a'\n");
        assertEquals(16, r.code());
        assertEquals("syncopate: nightly.sync.groovy:1:6: '{' is never closed" + NL, r.err());
    }

    @Test
    void aRuntimeErrorIs16() {
        ScriptHarness.Run r = ScriptHarness.check(dir, "nightly.sync.groovy", "println 1 / 0");
        assertEquals("syncopate: nightly.sync.groovy:1: Division by zero" + NL, r.err());
        assertEquals(16, r.code());
    }

    @Test
    void parametersAreAvailable() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.check(dir, "p.sync.groovy", "sync { from params.src; to 'x' }",
                "-P", "src=" + src);
        assertEquals("p.sync.groovy: OK (1 sync block checked)" + NL, r.out());
    }
}
