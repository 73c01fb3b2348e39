package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** User units: where they go, what systemctl is asked, and what is said when it fails. */
class SystemdInstallerTest {
    private static final SystemdUnits UNITS = new SystemdUnits("syncopate-n.service", "[Service]\n", "syncopate-n.timer",
            "[Timer]\n");

    @TempDir
    Path tmp;

    @Test
    void theUnitFolderFollowsXdgThenHome() {
        assertEquals(Path.of("/cfg/systemd/user"),
                SystemdInstaller.unitDir(Map.of("XDG_CONFIG_HOME", "/cfg", "HOME", "/home/ann")::get));
        assertEquals(Path.of("/home/ann/.config/systemd/user"),
                SystemdInstaller.unitDir(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/ann")::get));
        assertEquals(Path.of("/home/ann/.config/systemd/user"), SystemdInstaller.unitDir(Map.of("HOME", "/home/ann")::get));
    }

    @Test
    void unitsAreWrittenThenReloadedThenTheTimerEnabled() throws IOException {
        CrontabInstallerTest.Fake systemctl = new CrontabInstallerTest.Fake(new ProcessRunner.Result(0, "", ""),
                new ProcessRunner.Result(0, "", "Created symlink ...\n"));
        SystemdInstaller installer = new SystemdInstaller(tmp.resolve("user"), systemctl);
        assertEquals(List.of(tmp.resolve("user/syncopate-n.service"), tmp.resolve("user/syncopate-n.timer")),
                installer.write(UNITS));
        installer.enable(UNITS);
        assertEquals("[Service]\n", Files.readString(tmp.resolve("user/syncopate-n.service")));
        assertEquals("[Timer]\n", Files.readString(tmp.resolve("user/syncopate-n.timer")));
        assertEquals(List.of("systemctl --user daemon-reload", "systemctl --user enable --now syncopate-n.timer"),
                systemctl.commands);
    }

    @Test
    void withoutAUserManagerTheFilesStayAndTheMessageSaysWhatToRun() {
        CrontabInstallerTest.Fake systemctl = new CrontabInstallerTest.Fake(
                new ProcessRunner.Result(1, "", "Failed to connect to bus: No medium found\n"));
        SystemdInstaller installer = new SystemdInstaller(tmp, systemctl);
        installer.write(UNITS);
        assertEquals("wrote " + tmp.resolve("syncopate-n.service") + " and syncopate-n.timer, but 'systemctl --user"
                + " daemon-reload' failed (exit 1): Failed to connect to bus: No medium found; in a session with a"
                + " user manager run: systemctl --user daemon-reload && systemctl --user enable --now"
                + " syncopate-n.timer", assertThrows(ScheduleException.class, () -> installer.enable(UNITS)).getMessage());
        assertEquals(List.of("systemctl --user daemon-reload"), systemctl.commands);

        ProcessRunner missing = (command, stdin) -> {
            throw new IOException("Cannot run program \"systemctl\": error=2, No such file or directory");
        };
        assertEquals("wrote " + tmp.resolve("syncopate-n.service") + " and syncopate-n.timer, but cannot run"
                + " 'systemctl --user daemon-reload' (Cannot run program \"systemctl\": error=2, No such file or"
                + " directory); in a session with a user manager run: systemctl --user daemon-reload && systemctl"
                + " --user enable --now syncopate-n.timer", assertThrows(ScheduleException.class,
                        () -> new SystemdInstaller(tmp, missing).enable(UNITS)).getMessage());
    }
}
