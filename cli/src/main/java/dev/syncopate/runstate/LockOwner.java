package dev.syncopate.runstate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The run that holds (or held) a script's lock, as the lock file says: three {@code name=value}
 * lines.
 *
 * <pre>{@code
 * pid=4242
 * since=2026-11-20T22:00:01.123Z
 * script=/etc/syncopate/nightly.sync.groovy
 * }</pre>
 *
 * @param pid    the process id of the run's JVM
 * @param since  when the run started
 * @param script the script's real path, for a person who opens the file
 */
public record LockOwner(long pid, Instant since, Path script) {
    /** Built on first use: most runs never say when another one started. */
    private static final class Formats {
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
        static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    }

    /** This process, starting now. */
    static LockOwner current(Instant since, Path script) {
        return new LockOwner(ProcessHandle.current().pid(), since, script);
    }

    /** The lock file's text. */
    String text() {
        return "pid=" + pid + "\nsince=" + since + "\nscript=" + script + "\n";
    }

    /** The owner a lock file names, or null when it names none (empty, torn, or not ours). */
    static LockOwner parse(String text) {
        Long pid = null;
        Instant since = null;
        Path script = null;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            try {
                switch (eq < 0 ? "" : line.substring(0, eq).strip()) {
                    case "pid" -> pid = Long.parseLong(value);
                    case "since" -> since = Instant.parse(value);
                    case "script" -> script = Path.of(value);
                    default -> {
                        // a line a later version may add
                    }
                }
            } catch (NumberFormatException | DateTimeException | java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        return pid == null || since == null ? null : new LockOwner(pid, since, script);
    }

    /** {@code pid 4242, since 23:00:01}, as {@code already running (...)} says it. */
    String describe(Clock clock) {
        return "pid " + pid + ", since " + when(since, clock);
    }

    /**
     * A moment in the local time of {@code clock}: {@code 23:00:01} today, {@code 2026-11-20 23:00:01}
     * on another day, because "since 23:00:01" about yesterday would read as an hour ago.
     */
    static String when(Instant t, Clock clock) {
        ZonedDateTime local = t.atZone(clock.getZone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock));
        return (today ? Formats.TIME : Formats.DATE_TIME).format(local);
    }
}
