package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crontab edit: other lines untouched, an earlier entry for the script replaced, crontab's answers read right. */
class CrontabInstallerTest {
    private static final Path SCRIPT = Path.of("/etc/nightly.sync.groovy");
    private static final CronLine ENTRY = new CronLine("# syncopate: /etc/nightly.sync.groovy — daily at 23:00",
            "0 23 * * * /opt/s run /etc/nightly.sync.groovy >> /var/log/n.log 2>&1");

    @Test
    void anEntryIsAppendedAndEveryOtherLineKept() {
        String existing = "MAILTO=ann\n# my backup\n0 1 * * * /usr/bin/backup\n"
                + "# syncopate: /etc/other.sync.groovy — hourly, on the hour\n0 * * * * /opt/s run /etc/other.sync.groovy\n";
        CrontabInstaller.Merged m = CrontabInstaller.merge(existing, ENTRY, SCRIPT);
        assertEquals(existing + ENTRY.text(), m.crontab());
        assertFalse(m.replaced());
    }

    @Test
    void anEarlierEntryForTheSameScriptIsReplaced() {
        String existing = "0 1 * * * /usr/bin/backup\n"
                + "# syncopate: /etc/nightly.sync.groovy — weekly on Monday at 06:00\n"
                + "0 6 * * 1 /opt/s run /etc/nightly.sync.groovy\n"
                + "# syncopate: /etc/nightly.sync.groovy.bak — daily at 01:00\n"
                + "0 1 * * * /opt/s run /etc/nightly.sync.groovy.bak\n"
                + "30 2 * * * /usr/bin/other";   // no newline at the end
        CrontabInstaller.Merged m = CrontabInstaller.merge(existing, ENTRY, SCRIPT);
        assertEquals("0 1 * * * /usr/bin/backup\n"
                + "# syncopate: /etc/nightly.sync.groovy.bak — daily at 01:00\n"
                + "0 1 * * * /opt/s run /etc/nightly.sync.groovy.bak\n"
                + "30 2 * * * /usr/bin/other\n" + ENTRY.text(), m.crontab());
        assertTrue(m.replaced());
    }

    @Test
    void noCrontabYetMeansEmpty() {
        Fake crontab = new Fake(new ProcessRunner.Result(1, "", "no crontab for ann\n"),
                new ProcessRunner.Result(0, "", ""));
        assertFalse(new CrontabInstaller(crontab).install(ENTRY, SCRIPT));
        assertEquals(List.of("crontab -l", "crontab -"), crontab.commands);
        assertEquals(ENTRY.text(), crontab.stdin.get(1));
    }

    @Test
    void failuresSayWhichStepFailedAndWhat() {
        Fake denied = new Fake(new ProcessRunner.Result(1, "", "You (ann) are not allowed to use this program (crontab)\n"
                + "See crontab(1) for more information\n"));
        assertEquals("crontab -l failed (exit 1): You (ann) are not allowed to use this program (crontab); See"
                + " crontab(1) for more information", assertThrows(ScheduleException.class,
                        () -> new CrontabInstaller(denied).install(ENTRY, SCRIPT)).getMessage());
        Fake refused = new Fake(new ProcessRunner.Result(0, "", ""),
                new ProcessRunner.Result(1, "", "\"-\":2: bad hour\nerrors in crontab file, can't install.\n"));
        assertEquals("crontab - failed (exit 1): \"-\":2: bad hour; errors in crontab file, can't install.; the"
                + " crontab is unchanged", assertThrows(ScheduleException.class,
                        () -> new CrontabInstaller(refused).install(ENTRY, SCRIPT)).getMessage());
        ProcessRunner missing = (command, stdin) -> {
            throw new IOException("Cannot run program \"crontab\": error=2, No such file or directory");
        };
        assertEquals("cannot run crontab -l (Cannot run program \"crontab\": error=2, No such file or directory); is"
                + " cron installed? Without --install the line is printed to add by hand", assertThrows(
                        ScheduleException.class, () -> new CrontabInstaller(missing).install(ENTRY, SCRIPT)).getMessage());
    }

    /** Answers in turn, recording commands and their input. */
    static final class Fake implements ProcessRunner {
        final List<String> commands = new ArrayList<>();
        final List<String> stdin = new ArrayList<>();
        private final List<Result> answers;

        Fake(Result... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public Result run(List<String> command, String input) {
            commands.add(String.join(" ", command));
            stdin.add(input);
            return answers.removeFirst();
        }
    }
}
