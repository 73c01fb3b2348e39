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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code js('...')} in every hook position of a Groovy script, on real directories, in process. */
class JsHooksTest {
    @TempDir
    Path dir;

    private Path src;
    private Path dst;

    private ScriptHarness.Run run(String block, String after) {
        src = Trees.files(dir.resolve("src"), "a.txt", "AAAA", "b.lock", "B", "big.bin", "0123456789",
                "sub/c.txt", "C");
        dst = Trees.files(dir.resolve("dst"), "old.txt", "O", "keep.me", "K");
        return ScriptHarness.run(dir, "js.sync.groovy",
                "sync {\n  from " + q(src) + "\n  to " + q(dst) + "\n" + block + "\n}\n" + after);
    }

    @Test
    void everyHookPositionTakesJavaScript() {
        ScriptHarness.Run r = run("""
                  mirror()
                  filter js('f => f.size < 5')
                  beforeCopy js('f => f.name.endsWith(".lock") ? "lock file" : true')
                  beforeCopy js("f => f.path !== 'sub/c.txt'")
                  afterCopy js('f => console.log("copied " + f.path + " " + f.kind)')
                  beforeDelete js('f => f.name === "keep.me" ? "kept" : undefined')
                  onExitCode js('code => console.log("block " + code)')
                """, "onExitCode js('code => console.log(\"script \" + code)')\n");
        assertEquals("", r.err());
        assertTrue(Files.exists(dst.resolve("a.txt")));
        assertFalse(Files.exists(dst.resolve("b.lock")));
        assertFalse(Files.exists(dst.resolve("big.bin")));
        assertFalse(Files.exists(dst.resolve("sub/c.txt")));
        assertFalse(Files.exists(dst.resolve("old.txt")));
        assertTrue(Files.exists(dst.resolve("keep.me")));
        assertTrue(r.out().contains("b.lock\t(lock file)"), r.out());
        assertTrue(r.out().contains("c.txt\t(skipped by js.sync.groovy)"), r.out());
        assertTrue(r.out().contains("kept extra: " + dst.resolve("keep.me") + " (kept)"), r.out());
        assertTrue(r.lines().contains("copied a.txt NEW"), r.out());
        assertTrue(r.lines().contains("block 3"), r.out());
        assertTrue(r.lines().contains("script 3"), r.out());
        assertEquals(1 | 2, r.code());
    }

    @Test
    void aJavaScriptErrorFailsTheFileWithItsScriptLine() {
        ScriptHarness.Run r = run("""
                  retries 0
                  files 'a.txt'
                  beforeCopy js('''f => {
                    return f.nope.x
                  }''')
                  onError js('(f, e) => console.log("failed " + f.path + ": " + e.message)')
                """, "");
        assertEquals("syncopate: js.sync.groovy:7: beforeCopy hook failed: TypeError: Cannot read property 'x' of undefined"
                + NL, r.err());
        assertTrue(r.lines().contains("failed a.txt: beforeCopy hook failed: js.sync.groovy:7: TypeError: Cannot read"
                + " property 'x' of undefined"), r.out());
        assertFalse(Files.exists(dst.resolve("a.txt")));
        assertEquals(8, r.code() & 8);
    }

    @Test
    void aHookInAFileIsLocatedInThatFile() throws IOException {
        Path js = Files.writeString(dir.resolve("check.js"), "// no temporary files\nf => f.nope()\n");
        ScriptHarness.Run r = run("  retries 0\n  files 'a.txt'\n  filter js(file(" + q(js) + "))", "");
        assertEquals("syncopate: check.js:2: filter hook failed: TypeError: the file view has no method 'nope'"
                + " (it has name, path, size, modified, kind)" + NL, r.err());
        assertEquals(8, r.code() & 8);
    }

    @Test
    void aMissingHookFileIsASettingError() {
        ScriptHarness.Run r = run("  filter js(new File('/no/such/check.js'))", "");
        assertEquals("syncopate: js.sync.groovy:4: cannot read the JavaScript hook /no/such/check.js (no such file)" + NL,
                r.err());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dst.resolve("a.txt")));
    }

    @Test
    void anEscapeAttemptFailsOnlyItsFile() {
        ScriptHarness.Run r = run("  retries 0\n  files 'a.txt'\n  afterCopy js(\"f => Java.type('java.lang.System').exit(3)\")",
                "");
        assertEquals("syncopate: js.sync.groovy:6: afterCopy hook failed: TypeError: Access to host class java.lang.System"
                + " is not allowed or does not exist." + NL, r.err());
        assertEquals(8, r.code() & 8);
    }
}
