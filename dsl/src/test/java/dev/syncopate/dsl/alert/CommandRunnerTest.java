package dev.syncopate.dsl.alert;

import dev.syncopate.secret.Secrets;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandRunnerTest {
    private final Secrets secrets = new Secrets();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream echo = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final CommandRunner runner = new CommandRunner(Duration.ofSeconds(10), secrets);

    private String echoed() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void passesTheEnvironmentAndReturnsTheExitCode() throws AlertException {
        Map<String, String> env = Map.of("SYNCOPATE_EXIT_CODE", "8", "SYNCOPATE_SCRIPT", "nightly",
                "SYNCOPATE_VERDICT", "failure", "SYNCOPATE_LOG", "/var/log/nightly.log");
        int code = runner.run(List.of("sh", "-c",
                "echo \"$SYNCOPATE_SCRIPT $SYNCOPATE_EXIT_CODE $SYNCOPATE_VERDICT $SYNCOPATE_LOG\"; "
                        + "echo to-stderr >&2; exit 5"), env, echo);
        assertEquals(5, code);
        assertTrue(echoed().contains("nightly 8 failure /var/log/nightly.log\n"), echoed());
        assertTrue(echoed().contains("to-stderr\n"), echoed());
    }

    @Test
    void stdinIsClosed() throws AlertException {
        assertEquals(0, runner.run(List.of("sh", "-c", "cat; echo after-eof"), Map.of(), echo));
        assertEquals("after-eof\n", echoed());
    }

    @Test
    void outputIsMaskedBeforeItIsEchoed() throws AlertException {
        secrets.register("s3cret-pw");
        runner.run(List.of("sh", "-c", "echo \"token=$TOKEN\"; echo \"$TOKEN\" >&2"), Map.of("TOKEN", "s3cret-pw"), echo);
        assertEquals("token=****\n****\n", echoed());
    }

    @Test
    void aHangingCommandAndItsChildrenAreKilledAtTheTimeout() {
        CommandRunner quick = new CommandRunner(Duration.ofMillis(700), secrets);
        long start = System.nanoTime();
        var e = assertThrows(AlertException.class,
                () -> quick.run(List.of("sh", "-c", "sleep 30 & sleep 31; wait"), Map.of(), echo));
        assertEquals("could not run command 'sh': timed out after 700ms", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
    }

    @Test
    void timeoutInWholeSecondsReadsAsSeconds() {
        CommandRunner quick = new CommandRunner(Duration.ofSeconds(1), secrets);
        var e = assertThrows(AlertException.class, () -> quick.run(List.of("sleep", "20"), Map.of(), null));
        assertEquals("could not run command 'sleep': timed out after 1s", e.getMessage());
    }

    @Test
    void aMissingProgramIsOneClearLine() {
        var e = assertThrows(AlertException.class, () -> runner.run(List.of("notify-send-xyz"), Map.of(), echo));
        assertEquals("could not run command 'notify-send-xyz': not found", e.getMessage());
        assertFalse(echoed().contains("Exception"));
    }
}
