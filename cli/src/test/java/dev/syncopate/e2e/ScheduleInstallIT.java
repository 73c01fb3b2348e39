package dev.syncopate.e2e;

import dev.syncopate.schedule.CrontabCheck;
import dev.syncopate.schedule.SystemdAnalyze;
import dev.syncopate.schedule.TaskSchema;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate schedule --install} for real: the user's crontab (saved first and put back after),
 * user systemd units in a temporary XDG_CONFIG_HOME, the Task Scheduler refusal; and a printed cron line
 * run the way cron runs it.
 */
class ScheduleInstallIT {
    @TempDir
    Path tmp;
    private Path script;

    @BeforeEach
    void script() throws IOException {
        script = Trees.file(tmp, "jobs/nightly.sync.groovy", "println 'hi'\n").toRealPath();
    }

    private Launcher schedule(String... args) {
        List<String> all = new ArrayList<>(List.of("schedule", script.toString()));
        all.addAll(List.of(args));
        return Launcher.syncopate(all.toArray(String[]::new)).in(tmp)
                .env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString())
                .env("HOME", Trees.dir(tmp, "home").toString()).env("XDG_CONFIG_HOME", tmp.resolve("config").toString());
    }

    private static Launcher.Result crontab(String... args) {
        return Launcher.command(prepend("crontab", args)).run();
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** Replaces the user's crontab with {@code text} ("" removes it). */
    private void setCrontab(String text) throws IOException {
        if (text.isEmpty()) {
            crontab("-r");   // exit 1 when there was none: fine
            return;
        }
        Path file = Files.writeString(Files.createTempFile(tmp, "crontab", ".txt"), text);
        crontab(file.toString()).assertExit(0);
    }

    @Test
    void installEditsTheRealCrontabAndKeepsEveryOtherLine() throws IOException {
        CrontabCheck.requireInstalled();
        Launcher.Result before = crontab("-l");
        Assumptions.assumeTrue(before.exitCode() == 0 || before.stderr().contains("no crontab for"), before.toString());
        String saved = before.exitCode() == 0 ? before.stdout() : "";
        String others = "# not ours\nMAILTO=\"\"\n0 1 * * * /bin/true\n";
        try {
            setCrontab(others);
            Launcher.Result added = schedule("--daily", "23:00", "--format", "cron", "--install").run().assertExit(0);
            assertEquals("added to your crontab (crontab -l shows it):", added.stdoutLines().getFirst());
            List<String> entry = added.stdoutLines().subList(1, 3);
            assertEquals(others + String.join("\n", entry) + "\n", crontab("-l").assertExit(0).stdout());

            Launcher.Result replaced = schedule("--weekly", "sat", "5:00", "--format", "cron", "--install").run()
                    .assertExit(0);
            assertEquals("replaced the earlier entry for " + script + " in your crontab (crontab -l shows it):",
                    replaced.stdoutLines().getFirst());
            String now = crontab("-l").assertExit(0).stdout();
            assertEquals(others + String.join("\n", replaced.stdoutLines().subList(1, 3)) + "\n", now);
            assertTrue(now.contains("\n0 5 * * 6 "), now);
        } finally {
            setCrontab(saved);
        }
        assertEquals(saved, before.exitCode() == 0 ? crontab("-l").stdout() : "");
    }

    @Test
    void installWritesUserUnitsAndSaysWhatSystemctlDid() throws IOException {
        Path units = tmp.resolve("config/systemd/user");
        Launcher.Result r = schedule("--hourly", "--format", "systemd", "--install").run();
        Path service = units.resolve("syncopate-nightly.service");
        Path timer = units.resolve("syncopate-nightly.timer");
        assertEquals(List.of("wrote " + service, "wrote " + timer), r.stdoutLines().subList(0, 2));
        assertTrue(Files.readString(timer).contains("OnCalendar=*-*-* *:00:00\n"));
        if (r.exitCode() == 0) {   // a user manager exists (a desktop session): it took the units; undo that
            Launcher.command("systemctl", "--user", "disable", "--now", "syncopate-nightly.timer").run();
            assertTrue(r.stdout().contains("enabled and started syncopate-nightly.timer"), r.toString());
        } else {
            r.assertExit(16);
            String message = r.stderrLines().getFirst();
            assertTrue(message.startsWith("syncopate: wrote " + service + " and syncopate-nightly.timer, but "), message);
            assertTrue(message.endsWith("; in a session with a user manager run: systemctl --user daemon-reload &&"
                    + " systemctl --user enable --now syncopate-nightly.timer"), message);
        }
        SystemdAnalyze.requireInstalled();
        assertEquals("", SystemdAnalyze.verify(service, timer));
    }

    @Test
    void installForTheTaskSchedulerWritesTheDefinitionButLeavesTheImportToTheUser() throws IOException {
        Launcher.Result r = schedule("--daily", "23:00", "--format", "schtasks", "--install").run().assertExit(16);
        Path xml = tmp.resolve("state/tasks/nightly.xml");
        TaskSchema.parse(Files.readAllBytes(xml));
        assertTrue(r.stdoutLines().getLast().startsWith("schtasks /Create /TN \"\\Syncopate\\nightly\" /XML \"" + xml),
                r.stdout());
        String user = System.getProperty("user.name");
        assertEquals(List.of("syncopate: --install does not import Task Scheduler tasks: importing needs the password of "
                + user + ", which Syncopate never asks for; run the schtasks command above"), r.stderrLines());
    }

    /**
     * The printed line, run as cron runs it: the command after the five fields, with cron's %-handling,
     * by /bin/sh in the home directory with cron's bare environment. SYNCOPATE_SKIP_BUILD=1 stays, as
     * in every end-to-end test, so that the launcher runs the distribution this build packaged.
     */
    @Test
    void thePrintedCronLineRunsUnderCronsEnvironment() throws IOException {
        Assumptions.assumeTrue(CronEnvironmentIT.jdk21OutsideJavaHome(), "no JDK 21+ where the launcher looks under cron");
        script = Trees.file(tmp, "my jobs/it's 100%.sync.groovy", "println 'hi'\nexit(3)\n").toRealPath();
        Path log = tmp.resolve("state/logs/it-s-100.log");
        Launcher.Result printed = schedule("--daily", "23:00", "--format", "cron", "--exit-codes", "simple").run()
                .assertExit(0);
        String line = printed.stdoutLines().get(1);
        assertTrue(line.contains(" run --timeout 3h55m --exit-codes simple "), line);
        String command = cronCommand(line.split(" ", 6)[5]);
        Path home = tmp.resolve("home");
        for (int run = 1; run <= 2; run++) {
            Launcher.command("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home, "SHELL=/bin/sh", "LOGNAME=cron",
                    "SYNCOPATE_SKIP_BUILD=1", "/bin/sh", "-c", command).in(home).run().assertExit(0);   // 3, simple
        }
        assertEquals("hi\nhi\n", Files.readString(log), "each run appends its output to the log");
    }

    /**
     * A script with relative paths, in a folder whose name needs quoting, scheduled and its cron command
     * run as cron runs it from {@code /}: the line changes to the script's folder first, so 'src' and 'dst'
     * are the ones beside the script.
     */
    @Test
    void theCronCommandRunsInTheScriptsFolderSoRelativePathsWork() throws IOException {
        Assumptions.assumeTrue(CronEnvironmentIT.jdk21OutsideJavaHome(), "no JDK 21+ where the launcher looks under cron");
        Path folder = Trees.dir(tmp, "my jobs/it's 100%");
        Trees.file(folder, "src/a.txt", "A");
        script = Trees.file(folder, "relative.sync.groovy", "sync {\n  from 'src'\n  to 'dst'\n}\n").toRealPath();
        String line = schedule("--daily", "23:00", "--format", "cron").run().assertExit(0).stdoutLines().get(1);
        assertTrue(line.startsWith("0 23 * * * cd '" + tmp.toRealPath() + "/my jobs/it'\\''s 100\\%' && "), line);
        Launcher.command("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + tmp.resolve("home"), "SHELL=/bin/sh",
                "LOGNAME=cron", "SYNCOPATE_SKIP_BUILD=1", "/bin/sh", "-c", cronCommand(line.split(" ", 6)[5]))
                .in(Path.of("/")).run().assertExit(1);   // 1: a file was copied
        assertEquals("A", Files.readString(folder.resolve("dst/a.txt")));
        assertTrue(Files.readString(tmp.resolve("state/logs/relative.log")).contains("a.txt"), "the run's log");
    }

    /**
     * What cron does to a command before /bin/sh sees it (Debian cron's do_command.c): {@code \%} becomes
     * {@code %}; an unescaped {@code %} ends the command (the rest would be stdin), which must not occur.
     */
    private static String cronCommand(String command) {
        StringBuilder s = new StringBuilder();
        boolean escaped = false;
        for (char c : command.toCharArray()) {
            if (escaped && c == '%') {
                s.setCharAt(s.length() - 1, '%');
            } else if (!escaped && c == '%') {
                throw new AssertionError("an unescaped % would cut the command: " + command);
            } else {
                s.append(c);
            }
            escaped = !escaped && c == '\\';
        }
        return s.toString();
    }

    @Test
    void aLinkToTheLauncherStaysALinkAndARelativeCallIsMadeAbsolute() throws IOException {
        Path link = Files.createSymbolicLink(Trees.dir(tmp, "bin").resolve("syncopate"), Launcher.SCRIPT);
        Launcher.Result r = Launcher.command("bin/syncopate", "schedule", script.toString(), "--hourly", "--format", "cron")
                .in(tmp).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString()).run().assertExit(0);
        assertTrue(r.stdoutLines().get(1).startsWith("0 * * * * cd " + script.getParent() + " && " + link + " run "),
                r.stdout());
    }
}
