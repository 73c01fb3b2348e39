package dev.syncopate.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A systemd {@code .service} that runs a {@link Job} once and a {@code .timer} that starts it on a
 * {@link When}, in the script's folder ({@code WorkingDirectory=}). The timer is {@code Persistent}, so a run missed while the machine was off happens at
 * the next boot; the service's {@code TimeoutStartSec} is the time limit, and Robocopy's success codes
 * 1-7 count as success unless the run maps them to 0 itself ({@code --exit-codes simple}).
 *
 * <pre>{@code
 * SystemdUnits u = SystemdUnits.of(When.daily("23:00"), job, false);
 * u.serviceName();   // syncopate-nightly.service
 * u.timer();         // ... OnCalendar=*-*-* 23:00:00 ... Persistent=true ...
 * }</pre>
 *
 * @param serviceName {@code syncopate-<name>.service}
 * @param service     the service unit's text
 * @param timerName   {@code syncopate-<name>.timer}
 * @param timer       the timer unit's text
 */
public record SystemdUnits(String serviceName, String service, String timerName, String timer) {
    /** What needs no quotes in ExecStart=; anything else is double-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%$+=:,./-]+");

    /** @param simpleExitCodes the run maps codes to 0/1 itself, so systemd's default (only 0 succeeds) is right */
    public static SystemdUnits of(When when, Job job, boolean simpleExitCodes) {
        String onCalendar = OnCalendar.of(when);
        String base = "syncopate-" + job.name();
        List<String> exec = new ArrayList<>();
        exec.add(executable(job.launcher().toString()));
        job.runArguments().forEach(a -> exec.add(execQuote(a)));
        String service = "[Unit]\n"
                + "Description=" + specifiers("Syncopate: " + job.script() + " (" + when.description() + ")") + "\n"
                + "\n"
                + "[Service]\n"
                + "Type=oneshot\n"
                + "WorkingDirectory=" + workingDirectory(job.directory().toString()) + "\n"
                + "ExecStart=" + String.join(" ", exec) + "\n"
                + "TimeoutStartSec=" + job.limit().systemd() + "\n"
                // Robocopy's bitmask: 1-7 mean files copied or extras seen, all success
                + (simpleExitCodes ? "" : "SuccessExitStatus=1 2 3 4 5 6 7\n");
        String timer = "[Unit]\n"
                + "Description=" + specifiers("Syncopate timer: " + job.script() + " (" + when.description() + ")")
                + "\n"
                + "\n"
                + "[Timer]\n"
                + "OnCalendar=" + onCalendar + "\n"
                + "Persistent=true\n"
                + "Unit=" + base + ".service\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
        return new SystemdUnits(base + ".service", service, base + ".timer", timer);
    }

    /**
     * ExecStart='s program: {@code %} doubled, quoted when it has blanks. systemd expands no variables in it
     * (so {@code $} stays single) and refuses quotes and backslashes in it, however escaped.
     */
    static String executable(String path) {
        if (path.contains("'") || path.contains("\"") || path.contains("\\")) {
            throw new ScheduleException("systemd refuses to start a program whose path has a quote or a backslash"
                    + " in it: " + path + "; put Syncopate, or a link to scripts/syncopate, where the path has none");
        }
        String s = specifiers(path);
        return PLAIN.matcher(s).matches() ? s : "\"" + s + "\"";
    }

    /**
     * WorkingDirectory='s value: {@code %} doubled; systemd takes the rest as it is (quotes would be part of
     * the path) but strips blanks at the end, so a folder whose name ends in one cannot be named.
     */
    static String workingDirectory(String folder) {
        if (!folder.equals(folder.stripTrailing())) {
            throw new ScheduleException("systemd cannot start a run in a folder whose name ends in a blank: '" + folder
                    + "'; rename the folder, or use --format cron");
        }
        return specifiers(folder);
    }

    /**
     * One ExecStart= argument: {@code %} and {@code $} doubled (systemd expands specifiers and variables
     * there), and double quotes with {@code \\} and {@code \"} when it has blanks, quotes or backslashes.
     */
    static String execQuote(String word) {
        String s = specifiers(word).replace("$", "$$");
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code %} doubled: systemd expands %-specifiers in most settings, Description= included. */
    static String specifiers(String text) {
        return text.replace("%", "%%");
    }
}
