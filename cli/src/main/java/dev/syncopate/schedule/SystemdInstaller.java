package dev.syncopate.schedule;

import dev.syncopate.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Installs {@link SystemdUnits} as user units: writes both files to the user's unit folder, then
 * {@code systemctl --user daemon-reload} and {@code systemctl --user enable --now <timer>}. Without a
 * user manager (no login session, a container) systemctl fails: the files stay, and the message says
 * what failed and what to run once there is one.
 *
 * <pre>{@code
 * SystemdInstaller i = new SystemdInstaller(SystemdInstaller.unitDir(System::getenv), ProcessRunner.SYSTEM);
 * List<Path> written = i.write(units);   // ~/.config/systemd/user/syncopate-nightly.{service,timer}
 * i.enable(units);                       // or a ScheduleException saying what failed
 * }</pre>
 */
public final class SystemdInstaller {
    private final Path unitDir;
    private final ProcessRunner processes;

    public SystemdInstaller(Path unitDir, ProcessRunner processes) {
        this.unitDir = unitDir;
        this.processes = processes;
    }

    /** {@code $XDG_CONFIG_HOME/systemd/user}, else {@code $HOME/.config/systemd/user}: where systemd looks. */
    public static Path unitDir(Function<String, String> env) {
        String xdg = env.apply("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {   // the XDG spec ignores a relative one
            return Path.of(xdg, "systemd", "user");
        }
        String home = env.apply("HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return base.resolve(".config").resolve("systemd").resolve("user").toAbsolutePath();
    }

    /** Writes (or replaces) the two unit files; returns their paths. */
    public List<Path> write(SystemdUnits units) {
        Path service = unitDir.resolve(units.serviceName());
        Path timer = unitDir.resolve(units.timerName());
        try {
            Files.createDirectories(unitDir);
            Files.writeString(service, units.service(), StandardCharsets.UTF_8);
            Files.writeString(timer, units.timer(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScheduleException("cannot write the units to " + unitDir + ": " + e);
        }
        return List.of(service, timer);
    }

    /** Reloads the user manager and enables and starts the timer. */
    public void enable(SystemdUnits units) {
        String todo = "systemctl --user daemon-reload && systemctl --user enable --now " + units.timerName();
        for (List<String> command : List.of(List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", units.timerName()))) {
            String what = String.join(" ", command);
            String failure;
            try {
                ProcessRunner.Result r = processes.run(command, "");
                failure = r.exitCode() == 0 ? null : "'" + what + "' failed (exit " + r.exitCode() + "): " + r.said();
            } catch (IOException e) {
                failure = "cannot run '" + what + "' (" + e.getMessage() + ")";
            }
            if (failure != null) {
                throw new ScheduleException("wrote " + unitDir.resolve(units.serviceName()) + " and "
                        + units.timerName() + ", but " + failure + "; in a session with a user manager run: "
                        + todo);
            }
        }
    }
}
