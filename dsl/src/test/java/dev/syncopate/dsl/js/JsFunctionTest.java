package dev.syncopate.dsl.js;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a JavaScript hook sees and what its result means, in every hook position. */
class JsFunctionTest {
    private static final JsConsole QUIET = new JsConsole(new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()));
    private static final JsFileView FILE = new JsFileView("a.txt", "docs/a.txt", 1234, 1_700_000_000_000L, "NEWER");

    private static JsFunction fn(String source) {
        // a unique name per test keeps the cache from handing one test's function to another
        return JsFunction.of(new JsHook("t" + System.nanoTime() + ".js", 1, source));
    }

    @Test
    void theFileViewHasExactlyFiveMembers() {
        assertTrue(fn("f => f.name === 'a.txt' && f.path === 'docs/a.txt' && f.size === 1234"
                + " && f.modified === 1700000000000 && f.kind === 'NEWER'"
                + " && new Date(f.modified).toISOString() === '2023-11-14T22:13:20.000Z'").test(QUIET, FILE));
        assertTrue(fn("f => Object.keys(f).join() === 'name,path,size,modified,kind'").test(QUIET, FILE));
        assertTrue(fn("f => f.source === undefined && f.target === undefined").test(QUIET, FILE));
    }

    @Test
    void theFileViewIsReadOnly() {
        // as for a frozen object: ignored in sloppy mode, a TypeError in strict mode
        assertTrue(fn("f => { f.size = 0; f.extra = 1; return f.size === 1234 && f.extra === undefined }").test(QUIET, FILE));
        assertEquals("TypeError: the file view is read-only (cannot write 'size')", assertThrows(JsHookError.class,
                () -> fn("'use strict'; f => { f.size = 0 }").test(QUIET, FILE)).detail());
        assertTrue(fn("f => { delete f.name; return f.name === 'a.txt' }").test(QUIET, FILE));
    }

    @Test
    void filtersUseJavaScriptTruthiness() {
        assertTrue(fn("f => true").test(QUIET, FILE));
        assertTrue(fn("f => 1").test(QUIET, FILE));
        assertTrue(fn("f => 'yes'").test(QUIET, FILE));
        assertTrue(fn("f => ({})").test(QUIET, FILE));
        assertFalse(fn("f => false").test(QUIET, FILE));
        assertFalse(fn("f => 0").test(QUIET, FILE));
        assertFalse(fn("f => NaN").test(QUIET, FILE));
        assertFalse(fn("f => ''").test(QUIET, FILE));
        assertFalse(fn("f => null").test(QUIET, FILE));
        assertFalse(fn("f => undefined").test(QUIET, FILE));
        assertFalse(fn("f => { }").test(QUIET, FILE));
    }

    @Test
    void vetoFalseOrAReasonSkipsAnythingElseProceeds() {
        JsFunction no = JsFunction.of(new JsHook("check.js", 1, "f => false"));
        assertEquals("skipped by check.js", no.veto(QUIET, FILE));
        assertEquals("lock file", fn("f => 'lock file'").veto(QUIET, FILE));
        assertNull(fn("f => true").veto(QUIET, FILE));
        assertNull(fn("f => undefined").veto(QUIET, FILE));
        assertNull(fn("f => 0").veto(QUIET, FILE));
    }

    @Test
    void onErrorGetsTheMessageAndOnExitCodeTheCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsConsole console = new JsConsole(new PrintStream(out, true, StandardCharsets.UTF_8), QUIET.err());
        fn("(f, e) => console.log(f.path + ': ' + e.message)").run(console, FILE, JsFileView.error("disk full"));
        fn("code => console.log('code ' + code + ' ' + (code & 8 ? 'failed' : 'ok') + ' ' + typeof code)").run(console, 9);
        assertEquals("docs/a.txt: disk full\ncode 9 failed number\n", out.toString(StandardCharsets.UTF_8)
                .replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theSameHookIsCompiledOnceAndEachThreadGetsItsOwnContext() throws InterruptedException {
        JsHook hook = new JsHook("cached" + System.nanoTime() + ".js", 1, "var n = 0; f => ++n === 1");
        JsFunction f = JsFunction.of(hook);
        assertSame(f, JsFunction.of(new JsHook(hook.name(), 1, hook.source())));
        assertTrue(f.test(QUIET, FILE));
        for (int i = 0; i < 5; i++) {
            assertFalse(f.test(QUIET, FILE));   // the same context: its counter goes on
        }
        assertEquals(1, f.contexts());
        AtomicReference<Boolean> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(f.test(QUIET, FILE)));
        t.start();
        t.join();
        assertEquals(2, f.contexts());
        assertTrue(other.get(), "another thread has its own context, whose counter starts again");
    }

    @Test
    void aSourceThatIsNoFunctionIsAClearError() {
        JsHookError e = assertThrows(JsHookError.class,
                () -> JsFunction.of(new JsHook("x.sync.groovy", 7, "42")).test(QUIET, FILE));
        assertEquals("x.sync.groovy:7: the JavaScript source must evaluate to a function, e.g. f => f.size < 1e6 (got 42)",
                e.getMessage());
    }

}
