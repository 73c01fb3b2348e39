package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code syncopate check} on a script before it is scheduled, the way the scheduler will run it:
 * the same launcher, in the script's folder, with the same {@code -P}. What check refuses would fail
 * every night, so it is refused now, with check's own message. A new process, because relative paths
 * in the script mean the folder a process starts in, which this one cannot change to.
 *
 * <pre>{@code
 * ScheduleCheck.require(ProcessRunner.in(job.directory()), job.launcher(), job, Map.of("to", "/mnt/usb"), System.err);
 * // ScheduleException: "/etc/syncopate/nightly.sync.groovy:12: unknown setting 'exlcude' in sync block (...)"
 * }</pre>
 */
public final class ScheduleCheck {
    /** How every message of the launcher starts (cli.Errors). */
    private static final String PREFIX = "syncopate: ";

    private ScheduleCheck() {
    }

    /**
     * Returns when check accepts the script; its warnings, if any, go to {@code err}.
     *
     * @param processes starts processes in the script's folder
     * @param launcher  the launcher the scheduler will start ({@code syncopate.cmd} on Windows)
     * @throws ScheduleException with check's message when it refuses the script, or when it cannot be run
     */
    public static void require(ProcessRunner processes, Path launcher, Job job, Map<String, String> params,
                               PrintStream err) {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "check"));
        params.forEach((k, v) -> command.addAll(List.of("-P", k + "=" + v)));
        command.add(job.script().toString());
        ProcessRunner.Result r;
        try {
            r = processes.run(command, "");
        } catch (IOException e) {
            throw new ScheduleException("cannot run " + launcher + " check to check the script first: " + e.getMessage());
        }
        List<String> said = new ArrayList<>(r.stderr().lines().toList());
        if (r.exitCode() != 0 && (said.isEmpty() || !said.getLast().startsWith(PREFIX))) {
            throw new ScheduleException(launcher + " check " + job.script() + " failed (exit " + r.exitCode() + "): "
                    + r.said());
        }
        String refusal = r.exitCode() != 0 ? said.removeLast().substring(PREFIX.length()) : null;
        said.forEach(err::println);   // warnings
        if (refusal != null) {
            throw new ScheduleException(refusal);
        }
    }
}
