package dev.syncopate.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The scheduler a schedule is written for ({@code --format}).
 *
 * <ul>
 * <li>{@link #CRON}: one crontab line, output appended to a log file; {@code --install} edits the user's
 *     crontab.</li>
 * <li>{@link #SYSTEMD}: a {@code .service} and a {@code .timer}; {@code --install} writes them as user
 *     units and enables the timer.</li>
 * <li>{@link #SCHTASKS}: a Task Scheduler XML definition written to a file, and the {@code schtasks}
 *     command that imports it; never installed by Syncopate (it needs the account's password).</li>
 * </ul>
 *
 * <pre>{@code
 * ScheduleFormat.parse("systemd");                                   // SYSTEMD
 * ScheduleFormat.natural(false, Path.of("/run/systemd/system"));     // SYSTEMD when systemd is init
 * }</pre>
 */
public enum ScheduleFormat {
    CRON, SYSTEMD, SCHTASKS;

    /** The name on the command line: {@code cron}, {@code systemd}, {@code schtasks}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScheduleFormat parse(String text) {
        for (ScheduleFormat f : values()) {
            if (f.text().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new ScheduleException("--format " + text + ": expected cron, systemd or schtasks");
    }

    /**
     * What this machine uses: the Task Scheduler on Windows; systemd where it is the init system
     * ({@code /run/systemd/system} is a directory, sd_booted(3)'s test); cron elsewhere.
     */
    public static ScheduleFormat natural(boolean windows, Path systemdRuntimeDir) {
        if (windows) {
            return SCHTASKS;
        }
        return Files.isDirectory(systemdRuntimeDir) ? SYSTEMD : CRON;
    }
}
