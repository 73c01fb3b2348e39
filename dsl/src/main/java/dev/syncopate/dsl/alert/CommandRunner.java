package dev.syncopate.dsl.alert;

import dev.syncopate.secret.CredentialSources;
import dev.syncopate.secret.Secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a notification program as a real process.
 *
 * <pre>{@code
 * int code = new CommandRunner(Duration.ofSeconds(10), secrets).run(List.of("notify-send", "backup failed"),
 *         Map.of("SYNCOPATE_EXIT_CODE", "8"), System.out);
 * }</pre>
 *
 * The program gets the extra environment on top of Syncopate's, a closed stdin, and its stdout
 * and stderr merged, each line masked and echoed to {@code echo} (null discards them). A program
 * still running at the timeout is killed with its descendants. Its exit code is returned, not
 * judged: whether non-zero is worth a warning is the caller's call.
 */
public final class CommandRunner {
    private final Duration timeout;
    private final Secrets secrets;

    public CommandRunner(Duration timeout, Secrets secrets) {
        this.timeout = timeout;
        this.secrets = secrets;
    }

    public int run(List<String> argv, Map<String, String> extraEnv, PrintStream echo) throws AlertException {
        String name = secrets.mask(argv.isEmpty() ? "" : argv.get(0));
        if (argv.isEmpty()) {
            throw AlertException.command(name, "no program given");
        }
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        if (extraEnv != null) {
            pb.environment().putAll(extraEnv);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw AlertException.command(name, startFailure(e));
        }
        Thread pump = Thread.ofVirtual().start(() -> pump(p, echo));
        try {
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                pump.join(1000);
                throw AlertException.command(name, "timed out after " + CredentialSources.seconds(timeout));
            }
            pump.join(1000);   // a background grandchild may hold the pipe open; don't wait for it
            return p.exitValue();
        } catch (IOException e) {
            kill(p);
            throw AlertException.command(name, Causes.of(e, timeout, secrets));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(p);
            throw AlertException.command(name, "interrupted");
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private void pump(Process p, PrintStream echo) {
        // the program writes in the platform's encoding, not necessarily the JVM's default
        Charset cs = Charset.forName(System.getProperty("native.encoding"), Charset.defaultCharset());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), cs))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (echo != null) {
                    echo.println(secrets.mask(line));
                }
            }
        } catch (IOException e) {
            // the process was killed or closed its output: nothing more to echo
        }
    }

    private static String startFailure(IOException e) {
        // "error=2, No such file..." before JDK 22, "Exec failed, error: 2 (No such file...)" since
        String m = String.valueOf(e.getMessage());
        return m.matches("(?s).*error(=|: )2\\b.*") ? "not found"
                : m.matches("(?s).*error(=|: )13\\b.*") ? "permission denied" : e.getClass().getSimpleName();
    }
}
