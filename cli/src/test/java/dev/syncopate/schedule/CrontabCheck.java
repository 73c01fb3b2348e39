package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's real {@code crontab -n FILE}: parses a crontab the way cron will and installs nothing.
 * Tests that use it are skipped (an assumption) where cron is not installed; .ci/run installs it.
 *
 * <pre>{@code
 * CrontabCheck.requireInstalled();
 * assertEquals("", CrontabCheck.errors(tmp, "0 23 * * * /bin/true\n"));
 * }</pre>
 */
public final class CrontabCheck {
    private CrontabCheck() {
    }

    public static void requireInstalled() {
        Assumptions.assumeTrue(SystemdAnalyze.installed("crontab"), "crontab is not installed (.ci/run installs cron)");
    }

    /** Empty when cron accepts the text; else what crontab said. */
    public static String errors(Path dir, String crontab) {
        try {
            Path file = Files.createTempFile(dir, "crontab", ".txt");
            Files.writeString(file, crontab);
            ProcessRunner.Result r = ProcessRunner.SYSTEM.run(List.of("crontab", "-n", file.toString()), "");
            return r.exitCode() == 0 ? "" : "exit " + r.exitCode() + ": " + r.said();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
