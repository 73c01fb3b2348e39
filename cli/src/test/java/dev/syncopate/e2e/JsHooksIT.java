package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JavaScript hooks ({@code js('...')}, {@code js(file('...'))}) through the real launcher: every hook
 * position on real directories, a JavaScript error failing its file (exit 8) with the hook's own line,
 * escape attempts that change nothing, and a stderr without a single GraalVM or JDK warning.
 */
class JsHooksIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path tmp;

    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args);
    }

    private Path source() {
        return hookSource(tmp);
    }

    /** {@code dir/src}: a.txt, b.lock, big.bin (1,000 bytes), sub/c.txt, sub/d.tmp; YamlHooksIT uses it too. */
    static Path hookSource(Path dir) {
        Path src = Trees.dir(dir, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "b.lock", "lock", T0);
        Trees.file(src, "big.bin", "0123456789".repeat(100), T0);
        Trees.file(src, "sub/c.txt", "gamma", T0);
        Trees.file(src, "sub/d.tmp", "delta", T0);
        return src;
    }

    @Test
    void everyHookPositionInJavaScript() {
        source();
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "old.txt", "old", T0);
        Trees.file(dst, "keep.me", "keep", T0);
        Trees.file(tmp, "hooks/no-tmp.js", """
                // a file-kept hook: false skips with "skipped by no-tmp.js"
                (f) => !f.name.endsWith('.tmp')
                """);
        Trees.file(tmp, "js.sync.groovy", """
                sync {
                    from 'src'
                    to 'dst'
                    mirror()
                    filter js('f => f.size < 1000')
                    beforeCopy js('f => f.name.endsWith(".lock") ? "lock file" : true')
                    beforeCopy js(file('hooks/no-tmp.js'))
                    afterCopy js('f => console.log("copied " + f.path + " " + f.size + " " + f.kind)')
                    beforeDelete js('f => f.name === "keep.me" ? "kept by JS" : undefined')
                    onExitCode js('code => console.log("block exit " + code)')
                }
                onExitCode js('code => console.log("script exit " + code)')
                """);
        Launcher.Result r = syncopate("run", "js.sync.groovy").run().assertExit(1 | 2);
        assertEquals("", r.stderr());
        SortedMap<String, String> tree = Trees.contents(tmp.resolve("dst"));
        assertEquals(java.util.List.of("a.txt", "keep.me", "sub", "sub/c.txt"), java.util.List.copyOf(tree.keySet()), tree.toString());
        assertTrue(r.stdoutLines().contains("copied a.txt 5 NEW"), r.stdout());
        assertTrue(r.stdoutLines().contains("copied sub/c.txt 5 NEW"), r.stdout());
        assertTrue(r.stdout().contains("b.lock\t(lock file)"), r.stdout());
        assertTrue(r.stdout().contains("d.tmp\t(skipped by no-tmp.js)"), r.stdout());
        assertTrue(r.stdout().contains("kept extra: " + tmp.resolve("dst/keep.me") + " (kept by JS)"), r.stdout());
        assertTrue(r.stdoutLines().contains("block exit 3"), r.stdout());
        assertTrue(r.stdoutLines().contains("script exit 3"), r.stdout());
    }

    @Test
    void aJavaScriptErrorFailsTheFileWithTheHooksLine() {
        source();
        Trees.file(tmp, "hooks/check.js", "f => {\n  return f.nope.x;\n}\n");
        Trees.file(tmp, "bad.sync.groovy", """
                sync {
                    from 'src'
                    to 'dst'
                    retries 0
                    files 'a.txt'
                    beforeCopy js(file('hooks/check.js'))
                    onError js('(f, e) => console.log("onError " + f.path + ": " + e.message)')
                }
                """);
        Launcher.Result r = syncopate("run", "bad.sync.groovy").run().assertExit(8);
        assertEquals("syncopate: check.js:2: beforeCopy hook failed: TypeError: Cannot read property 'x' of undefined\n",
                r.stderr());
        assertTrue(r.stdoutLines().contains("onError a.txt: beforeCopy hook failed: check.js:2: TypeError: Cannot read"
                + " property 'x' of undefined"), r.stdout());
        assertFalse(Files.exists(tmp.resolve("dst/a.txt")));
    }

    /** check compiles every JavaScript source, so a syntax error is found before the night, at its line. */
    @Test
    void checkReportsAJavaScriptSyntaxErrorAtItsLineAndRunsNothing() {
        source();
        Trees.file(tmp, "hooks/broken.js", "f => {\n  return f.size <\n");
        Trees.file(tmp, "syntax.sync.groovy", """
                sync {
                    from 'src'
                    to 'dst'
                    filter js('f => f.size <')
                    beforeCopy js(file('hooks/broken.js'))
                }
                onExitCode js('c => {')
                """);
        Launcher.Result r = syncopate("check", "syntax.sync.groovy").run().assertExit(16);
        assertTrue(r.stderrLines().size() == 2
                && r.stderrLines().get(0).startsWith("syncopate: syntax.sync.groovy:4: SyntaxError: ")
                && r.stderrLines().get(1).startsWith("syncopate: syntax.sync.groovy:7: SyntaxError: "), r.toString());
        assertFalse(Files.exists(tmp.resolve("dst")), "check copies nothing");

        Trees.file(tmp, "syntax.sync.groovy", "sync { from 'src'; to 'dst'; beforeCopy js(file('hooks/broken.js')) }\n");
        Launcher.Result file = syncopate("check", "syntax.sync.groovy").run().assertExit(16);
        assertTrue(file.stderr().startsWith("syncopate: broken.js:"), file.toString());

        Trees.file(tmp, "syntax.sync.groovy", "sync { from 'src'; to 'dst'; filter js('f => f.size < 1e6') }\n");
        syncopate("check", "syntax.sync.groovy").run().assertExit(0);
    }

    /**
     * A filter that compiles but fails when called (a Groovy typo, a JavaScript TypeError) fails every
     * file, and then no extra is deleted: what the filter would have kept is unknown. The log says so once.
     */
    @Test
    void aFilterThatFailsWhenCalledDeletesNoExtra() {
        source();
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "extra.txt", "extra", T0);
        Trees.file(dst, "sub/old.txt", "old", T0);
        Trees.file(dst, "gone/x.txt", "x", T0);
        Trees.file(tmp, "typo.sync.groovy", "sync { from 'src'; to 'dst'; mirror(); retries 0; filter { f -> f.sizee > 0 } }\n");
        Trees.file(tmp, "type.sync.groovy", "sync { from 'src'; to 'dst'; mirror(); retries 0; filter js('f => f.nope.x') }\n");
        SortedMap<String, String> before = Trees.contents(dst);
        for (String script : new String[] {"typo.sync.groovy", "type.sync.groovy"}) {
            Launcher.Result r = syncopate("run", script).run().assertExit(2 | 8);
            assertEquals(1, r.stdoutLines().stream().filter(l -> l.equals("WARNING : a filter hook failed, so from here"
                    + " on extras are listed but not deleted: what the filter would have kept is not known.")).count(),
                    r.stdout());
            assertTrue(r.stdout().contains("filter hook failed: "), r.stdout());
            assertEquals(before, Trees.contents(dst), script + ": nothing copied, nothing deleted");
        }
    }

    /** run checks what check checks: the mirror whose filter does not compile copies and purges nothing. */
    @Test
    void runRefusesABlockWhoseJavaScriptDoesNotCompileBeforeItTouchesAnything() {
        source();
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "extra.txt", "extra", T0);
        Trees.file(tmp, "mirror.sync.groovy", "sync { from 'src'; to 'dst'; mirror(); filter js('f => (((') }\n");
        Trees.file(tmp, "mirror.sync.yaml", "sync:\n  - {from: src, to: dst, mirror: true}\n"
                + "  - from: src\n    to: dst2\n    filter: {js: \"f => (((\"}\n");
        SortedMap<String, String> before = Trees.contents(tmp);
        for (String script : new String[] {"mirror.sync.groovy", "mirror.sync.yaml"}) {
            String checked = syncopate("check", script).run().assertExit(16).stderr();
            Launcher.Result r = syncopate("run", script).run().assertExit(16);
            assertEquals(1, r.stderrLines().size(), r.toString());
            assertTrue(r.stderr().startsWith("syncopate: " + script + ":"), r.toString());
            assertEquals(checked, r.stderr(), "run reports what check reports");
            assertEquals("", r.stdout(), r.toString());
        }
        assertEquals(before, Trees.without(Trees.contents(tmp), "cache"), "nothing copied, nothing purged");
    }

    @Test
    void escapeAttemptsFailTheirFilesAndChangeNothing() {
        source();
        Path secret = Trees.file(tmp, "secret.txt", "s3cret");
        String p = secret.toString().replace("\\", "/");
        Trees.file(tmp, "escape.sync.groovy", """
                sync {
                    from 'src'
                    to 'dst'
                    retries 0
                    files 'a.txt'
                    beforeCopy js("f => java.lang.System.exit(3)")
                }
                sync {
                    from 'src'
                    to 'dst'
                    retries 0
                    files 'c.txt'
                    beforeCopy js("f => Java.type('java.lang.System').exit(3)")
                }
                sync {
                    from 'src'
                    to 'dst'
                    retries 0
                    files 'b.lock'
                    afterCopy js("f => load('%s')")
                    afterCopy js("f => new java.io.File('%s').delete()")
                }
                sync {
                    from 'src'
                    to 'dst'
                    retries 0
                    files 'big.bin'
                    filter js("f => fetch('http://127.0.0.1:9/')")
                }
                onExitCode js('code => { while (true) {} }')
                """.formatted(p, p));
        Launcher.Result r = syncopate("run", "escape.sync.groovy").run();
        assertEquals("s3cret", Trees.read(secret));
        assertFalse(Files.exists(tmp.resolve("dst/a.txt")));
        assertFalse(Files.exists(tmp.resolve("dst/sub/c.txt")));
        assertFalse(Files.exists(tmp.resolve("dst/big.bin")));
        String err = r.stderr();
        assertTrue(err.contains("syncopate: escape.sync.groovy:6: beforeCopy hook failed: TypeError:"), err);
        assertTrue(err.contains("syncopate: escape.sync.groovy:13: beforeCopy hook failed: TypeError: Access to host class"
                + " java.lang.System is not allowed or does not exist."), err);
        assertTrue(err.contains("syncopate: escape.sync.groovy:20: afterCopy hook failed: Error: Operation is not allowed for: "
                + p), err);
        assertTrue(err.contains("syncopate: escape.sync.groovy:28: filter hook failed: ReferenceError: fetch is not defined"), err);
        // the endless onExitCode is stopped, and the run ends with 16 instead of hanging or exiting 3
        assertTrue(err.contains("syncopate: escape.sync.groovy:30: stopped after 10000000 statements (an endless loop?)"), err);
        assertEquals(16, r.exitCode(), r.toString());
    }

    @Test
    void noWarningsOnStderrAndNoGraalVmForScriptsWithoutJavaScript() {
        source();
        Trees.file(tmp, "plain.sync.groovy", "sync {\n  from 'src'\n  to 'plain'\n  filter { f -> f.size < 1000 }\n}\n");
        Launcher.Result plain = syncopate("run", "plain.sync.groovy")
                .env("SYNCOPATE_JAVA_OPTS", "-Xlog:class+load=info:file=" + tmp.resolve("classes.txt")).run().assertExit(1);
        assertEquals("", plain.stderr());
        String loaded = Trees.read(tmp.resolve("classes.txt"));
        assertTrue(loaded.contains("dev.syncopate.dsl.BlockHooks"), "the log lists classes");
        assertFalse(loaded.contains("org.graalvm"), "a script without JavaScript loads no GraalVM class");
        assertFalse(loaded.contains("com.oracle.truffle"), "a script without JavaScript loads no Truffle class");

        Trees.file(tmp, "js.sync.groovy", "sync {\n  from 'src'\n  to 'js'\n  filter js('f => f.size < 1000')\n}\n");
        Launcher.Result js = syncopate("run", "js.sync.groovy").run().assertExit(1);
        assertEquals("", js.stderr(), "no interpreter-only notice, no native-access or Unsafe warnings");
    }
}
