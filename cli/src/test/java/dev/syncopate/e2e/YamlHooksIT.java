package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JavaScript hooks in YAML sync files ({@code filter: {js: "f => ..."}}, {@code beforeCopy: {jsFile: ...}})
 * through the real launcher: the twin of JsHooksIT's Groovy {@code js('...')} hooks.
 */
class YamlHooksIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path tmp;

    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args);
    }

    private void source() {
        JsHooksIT.hookSource(tmp);   // the same tree as the Groovy js() hooks
    }

    @Test
    void everyHookPositionInJavaScript() {
        source();
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "old.txt", "old", T0);
        Trees.file(dst, "keep.me", "keep", T0);
        Trees.file(tmp, "hooks/no-tmp.js", "(f) => !f.name.endsWith('.tmp')\n");
        Trees.file(tmp, "js.sync.yaml", """
                sync:
                  - from: src
                    to: dst
                    mirror: true
                    filter: {js: "f => f.size < 1000"}
                    beforeCopy: {jsFile: hooks/no-tmp.js}
                    afterCopy: {js: 'f => console.log("copied " + f.path + " " + f.size + " " + f.kind)'}
                    beforeDelete: {js: 'f => f.name === "keep.me" ? "kept by JS" : undefined'}
                    onExitCode: {js: 'code => console.log("block exit " + code)'}
                """);
        Launcher.Result r = syncopate("run", "js.sync.yaml").run().assertExit(1 | 2);
        assertEquals("", r.stderr());
        SortedMap<String, String> tree = Trees.contents(tmp.resolve("dst"));
        assertEquals(List.of("a.txt", "b.lock", "keep.me", "sub", "sub/c.txt"), List.copyOf(tree.keySet()), tree.toString());
        assertTrue(r.stdoutLines().contains("copied a.txt 5 NEW"), r.stdout());
        assertTrue(r.stdout().contains("d.tmp\t(skipped by no-tmp.js)"), r.stdout());
        assertTrue(r.stdout().contains("kept extra: " + tmp.resolve("dst/keep.me") + " (kept by JS)"), r.stdout());
        assertTrue(r.stdoutLines().contains("block exit 3"), r.stdout());
    }

    @Test
    void aJavaScriptErrorNamesTheYamlLine() {
        source();
        Trees.file(tmp, "bad.sync.yaml", """
                sync:
                  - from: src
                    to: dst
                    retries: 0
                    files: a.txt
                    beforeCopy: {js: "f => f.nope.x"}
                """);
        Launcher.Result r = syncopate("run", "bad.sync.yaml").run().assertExit(8);
        assertTrue(r.stderr().startsWith("syncopate: bad.sync.yaml:6: beforeCopy hook failed: TypeError:"), r.stderr());
        assertFalse(Files.exists(tmp.resolve("dst/a.txt")));
    }

    @Test
    void checkAcceptsHooksAndCopiesNothing() {
        source();
        Trees.file(tmp, "ok.sync.yaml", "sync:\n  - {from: src, to: dst, filter: {js: 'f => true'}}\n");
        Launcher.Result r = syncopate("check", "ok.sync.yaml").run().assertExit(0);
        assertEquals("ok.sync.yaml: OK (1 sync block checked)\n", r.stdout());
        assertFalse(Files.exists(tmp.resolve("dst")));
    }
}
