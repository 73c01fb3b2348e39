package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code systemd-analyze}: checks calendar expressions and unit files the way systemd reads
 * them. Tests that use it are skipped (an assumption) where it is not installed; .ci/run installs it.
 *
 * <pre>{@code
 * SystemdAnalyze.requireInstalled();
 * List<LocalDateTime> next = SystemdAnalyze.elapses("Mon *-*-* 23:00:00", LocalDateTime.of(2026, 1, 1, 0, 0, 30), 3);
 * SystemdAnalyze.verify(dir.resolve("a.service"), dir.resolve("a.timer"));   // "" when systemd finds nothing wrong
 * }</pre>
 */
public final class SystemdAnalyze {
    private static final Pattern ELAPSE = Pattern.compile("(?:Next elapse|Iter\\. #\\d+): \\w+ (\\S+ \\S+) UTC");
    private static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SystemdAnalyze() {
    }

    public static void requireInstalled() {
        Assumptions.assumeTrue(installed("systemd-analyze"), "systemd-analyze is not installed (.ci/run installs it)");
    }

    static boolean installed(String program) {
        try {
            return ProcessRunner.SYSTEM.run(List.of("sh", "-c", "command -v " + program), "").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next {@code count} times the expression elapses after {@code base}, both in UTC; fails when systemd refuses it. */
    public static List<LocalDateTime> elapses(String onCalendar, LocalDateTime base, int count) {
        ProcessRunner.Result r = run("env", "TZ=UTC", "systemd-analyze", "calendar", "--iterations=" + count,
                "--base-time=" + base.format(BASE) + " UTC", onCalendar);
        if (r.exitCode() != 0) {
            throw new AssertionError("systemd-analyze calendar '" + onCalendar + "' exit " + r.exitCode() + ": " + r.said());
        }
        List<LocalDateTime> times = new ArrayList<>();
        Matcher m = ELAPSE.matcher(r.stdout());
        while (m.find()) {
            times.add(LocalDateTime.parse(m.group(1).replace(' ', 'T')));
        }
        return times;
    }

    /** What {@code systemd-analyze verify} says about the units: stderr and stdout; empty when all is well. */
    public static String verify(Path... units) {
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        for (Path u : units) {
            command.add(u.toString());
        }
        ProcessRunner.Result r = run(command.toArray(String[]::new));
        String said = (r.stdout() + r.stderr()).strip();
        return r.exitCode() == 0 ? said : "exit " + r.exitCode() + ": " + said;
    }

    private static ProcessRunner.Result run(String... command) {
        try {
            return ProcessRunner.SYSTEM.run(List.of(command), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
