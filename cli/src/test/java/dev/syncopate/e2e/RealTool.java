package dev.syncopate.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real program a test checks its output with ({@code promtool}, {@code chromium}), found on
 * {@code PATH}. Where it is missing the test is skipped on a developer's machine, but fails in CI
 * ({@code CI=true}): .ci/run installs it, and a check that silently stops running is no check.
 *
 * <pre>{@code
 * Path promtool = RealTool.require("promtool", "prometheus");
 * RealTool.Run r = RealTool.run(List.of(promtool.toString(), "check", "metrics"), text, 60);
 * assertEquals(0, r.exitCode(), r.output());
 * }</pre>
 */
final class RealTool {
    private RealTool() {
    }

    /** The program's path; skips (or, in CI, fails) the test when it is not installed. */
    static Path require(String command, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = command + " is not installed (apt-get install " + debianPackage + "; .ci/run installs it)";
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
        return null;
    }

    /** What a program printed (stdout and stderr together) and its exit code. */
    record Run(int exitCode, String output) {
    }

    /** Runs {@code command} with {@code input} on stdin; fails the test when it takes longer than {@code seconds}. */
    static Run run(List<String> command, String input, int seconds) {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        try {
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            // Output is read on its own thread: a chatty program must not block on a full pipe.
            var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command.getFirst() + " did not end within " + seconds + " s");
            }
            return new Run(p.exitValue(), out.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
