package dev.syncopate.dsl.js;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Escape attempts: each fails that call with a located error, and has no effect. (If
 * {@code System.exit} got through, the test JVM would end and the build fail.)
 */
class JsSandboxTest {
    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());
    private static final JsFileView FILE = new JsFileView("a.txt", "a.txt", 1, 0, "NEW");

    @TempDir
    Path dir;

    private static JsHookError escape(String source) {
        JsFunction f = JsFunction.of(new JsHook("escape" + System.nanoTime() + ".js", 1, source));
        return assertThrows(JsHookError.class, () -> f.run(new JsConsole(NULL, NULL), FILE));
    }

    private static void assertDenied(String source, String... expected) {
        String m = escape(source).getMessage();
        System.out.println("sandbox: " + source + "  ->  " + m);
        assertTrue(m.matches("escape\\d+\\.js:\\d+: .*"), m);
        for (String e : expected) {
            assertTrue(m.contains(e), "'" + e + "' in: " + m);
        }
    }

    @Test
    void noJavaInterop() {
        assertDenied("f => java.lang.System.exit(3)", "TypeError");
        assertDenied("f => Java.type('java.lang.System').exit(3)",
                "TypeError: Access to host class java.lang.System is not allowed or does not exist.");
        assertDenied("f => Java.type('java.io.File')",
                "TypeError: Access to host class java.io.File is not allowed or does not exist.");
        assertDenied("f => Packages.java.lang.Runtime.getRuntime().exec('touch /tmp/x')", "TypeError");
    }

    @Test
    void noReflectionThroughTheFileView() {
        assertDenied("f => f.getClass().forName('java.lang.System')", "TypeError", "no method 'getClass'");
        assertDenied("f => f.constructor.constructor('return this')().Java.type('java.lang.System')", "TypeError");
        // the view's members are plain values: a string has no Java methods either
        assertDenied("f => f.name.getClass()", "TypeError");
    }

    @Test
    void noPolyglotEval() {
        assertDenied("f => Polyglot.eval('js', '1')", "ReferenceError: Polyglot is not defined");
    }

    @Test
    void noFilesAtAll() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret");
        String p = secret.toString().replace("\\", "/");
        assertDenied("f => load('" + p + "')", "Error");
        assertDenied("f => load('/etc/passwd')", "Error");
        assertDenied("f => read('" + p + "')", "ReferenceError: read is not defined");
        assertDenied("f => readFully('" + p + "')", "ReferenceError: readFully is not defined");
        assertDenied("f => require('fs').readFileSync('" + p + "')", "ReferenceError: require is not defined");
        Path out = dir.resolve("written.txt");
        assertDenied("f => { const w = new java.io.FileWriter('" + out.toString().replace("\\", "/") + "'); }",
                "TypeError");
        assertFalse(Files.exists(out));
    }

    @Test
    void noThreadsOrWorkers() {
        assertDenied("f => new Worker('x.js')", "ReferenceError: Worker is not defined");
        assertDenied("f => new Java.Thread(() => 1)", "TypeError");
    }

    @Test
    void noNetwork() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(200);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            assertDenied("f => fetch('" + url + "')", "ReferenceError: fetch is not defined");
            assertDenied("f => new XMLHttpRequest()", "ReferenceError: XMLHttpRequest is not defined");
            assertDenied("f => new WebSocket('ws://127.0.0.1:" + server.getLocalPort() + "/')",
                    "ReferenceError: WebSocket is not defined");
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected");
        }
    }

    @Test
    void noProcessEnvironmentOrExit() {
        assertDenied("f => process.exit(3)", "ReferenceError: process is not defined");
        assertDenied("f => quit(3)", "ReferenceError: quit is not defined");
        assertDenied("f => exit(3)", "ReferenceError: exit is not defined");
        assertDenied("f => $ENV.HOME", "ReferenceError: $ENV is not defined");
    }

    @Test
    void anEndlessLoopIsStopped() {
        long start = System.nanoTime();
        assertDenied("f => { while (true) {} }", "stopped after 10000000 statements (an endless loop?)");
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
        // the thread's next call gets a fresh context
        JsFunction f = JsFunction.of(new JsHook("loop.js", 1, "f => { if (f.size > 1) while (true) {} return true }"));
        assertThrows(JsHookError.class, () -> f.test(new JsConsole(NULL, NULL), new JsFileView("b", "b", 2, 0, "NEW")));
        assertTrue(f.test(new JsConsole(NULL, NULL), FILE));
    }

    @Test
    void consoleGoesToTheRunsStreamsOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JsFunction.of(new JsHook("console.js", 1, "f => { console.log('out ' + f.name); console.error('err') }"))
                .run(new JsConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)), FILE);
        assertEquals("out a.txt", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals("err", err.toString(StandardCharsets.UTF_8).strip());
    }
}
