package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a {@link CronLine} into the user's crontab with the {@code crontab} command: reads it
 * ({@code crontab -l}), drops an earlier entry for the same script (its comment line and the line after
 * it), appends the new one and feeds the result to {@code crontab -}. Every other line stays as it was.
 *
 * <pre>{@code
 * boolean replaced = new CrontabInstaller(ProcessRunner.SYSTEM).install(CronLine.of(when, job), job.script());
 * }</pre>
 */
public final class CrontabInstaller {
    private final ProcessRunner processes;

    public CrontabInstaller(ProcessRunner processes) {
        this.processes = processes;
    }

    /** Installs the entry; true when it replaced an earlier one for the same script. */
    public boolean install(CronLine entry, Path script) {
        String current = current();
        Merged merged = merge(current, entry, script);
        ProcessRunner.Result r = run(List.of("crontab", "-"), merged.crontab());
        if (r.exitCode() != 0) {
            throw new ScheduleException("crontab - failed (exit " + r.exitCode() + "): " + r.said()
                    + "; the crontab is unchanged");
        }
        return merged.replaced();
    }

    /** The user's crontab; {@code crontab -l} exits 1 with "no crontab for USER" when there is none yet. */
    private String current() {
        ProcessRunner.Result r = run(List.of("crontab", "-l"), "");
        if (r.exitCode() == 0) {
            return r.stdout();
        }
        if (r.exitCode() == 1 && r.stderr().contains("no crontab for")) {
            return "";
        }
        throw new ScheduleException("crontab -l failed (exit " + r.exitCode() + "): " + r.said());
    }

    private ProcessRunner.Result run(List<String> command, String stdin) {
        try {
            return processes.run(command, stdin);
        } catch (IOException e) {
            throw new ScheduleException("cannot run " + String.join(" ", command) + " (" + e.getMessage()
                    + "); is cron installed? Without --install the line is printed to add by hand");
        }
    }

    /** The new crontab text, and whether an earlier entry for the script was dropped. */
    record Merged(String crontab, boolean replaced) {
    }

    /** {@code existing} without the script's earlier entries, then {@code entry}; ends with a newline. */
    static Merged merge(String existing, CronLine entry, Path script) {
        String marker = CronLine.commentFor(script);
        List<String> kept = new ArrayList<>();
        List<String> lines = existing.lines().toList();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(marker)) {
                replaced = true;
                i++;   // and the line after it: the entry itself
                continue;
            }
            kept.add(lines.get(i));
        }
        StringBuilder s = new StringBuilder();
        kept.forEach(l -> s.append(l).append('\n'));
        return new Merged(s.append(entry.text()).toString(), replaced);
    }
}
