package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM error escaping a script (out of memory, endless recursion) through the real launcher: exit 16,
 * one {@code file:line:} line and no Java trace, and the {@code onExitCode} handler and {@code notify}
 * still run with 16; {@code --stacktrace} adds the trace.
 */
class ScriptCrashIT {
    @TempDir
    Path tmp;

    /** The script: a handler and a notification that each write the code they saw, then the crash. */
    private void script(String crash) {
        Trees.file(tmp, "crash.sync.groovy", """
                onExitCode { code -> new File('handler.txt').text = "handler $code" }
                notify { command 'sh', '-c', 'echo "notify $SYNCOPATE_EXIT_CODE" > notify.txt', when: 'always' }
                def deeper(n) { deeper(n + 1) }
                println 'started'
                %s
                println 'not reached'
                """.formatted(crash));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            def a = new byte[Integer.MAX_VALUE] | syncopate: crash.sync.groovy:5: OutOfMemoryError: Requested array size exceeds VM limit
            deeper(0)                           | syncopate: crash.sync.groovy:3: StackOverflowError
            """)
    void aJvmErrorExits16WithOneLineAndTheHandlersRun(String crash, String line) {
        script(crash);
        Launcher.Result r = Launcher.syncopateIn(tmp, "run", "crash.sync.groovy").run().assertExit(16);
        assertEquals(List.of("started"), r.stdoutLines(), r.toString());
        assertEquals(List.of(line), r.stderrLines(), r.toString());
        assertEquals("handler 16", Trees.read(tmp.resolve("handler.txt")));
        assertEquals("notify 16\n", Trees.read(tmp.resolve("notify.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            def a = new byte[Integer.MAX_VALUE] | Caused by: java.lang.OutOfMemoryError: Requested array size exceeds VM limit
            deeper(0)                           | Caused by: java.lang.StackOverflowError
            """)
    void stacktraceShowsTheTrace(String crash, String cause) {
        script(crash);
        Launcher.Result r = Launcher.syncopateIn(tmp, "run", "crash.sync.groovy", "--stacktrace").run().assertExit(16);
        List<String> err = r.stderrLines();
        assertTrue(err.getFirst().startsWith("syncopate: crash.sync.groovy:"), r.toString());
        assertTrue(err.contains(cause), r.toString());
        assertTrue(err.stream().anyMatch(l -> l.matches("\\s+at .*\\(crash\\.sync\\.groovy:\\d+\\)")), r.toString());
        assertFalse(r.stdout().contains("at java."), r.toString());
        assertEquals("handler 16", Trees.read(tmp.resolve("handler.txt")));
    }
}
