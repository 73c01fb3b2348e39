package dev.syncopate.runstate;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where Syncopate keeps what outlives a run: run locks, the run history, scheduled jobs' logs and
 * Task Scheduler definitions. Never the script's own folder, which is often read-only
 * ({@code /etc/syncopate}).
 *
 * <ol>
 * <li>{@code SYNCOPATE_STATE_DIR}, when set (e.g. {@code /var/lib/syncopate} for a system job);</li>
 * <li>on Windows {@code %LOCALAPPDATA%\syncopate};</li>
 * <li>elsewhere {@code $XDG_STATE_HOME/syncopate}, else {@code $HOME/.local/state/syncopate}
 *     (cron and systemd always set HOME);</li>
 * <li>the JVM's {@code user.home} when none of those is set.</li>
 * </ol>
 *
 * <pre>{@code
 * Path state = StateDir.resolve(System::getenv, false);   // ~/.local/state/syncopate
 * Path locks = state.resolve("runs");
 * }</pre>
 */
public final class StateDir {
    private StateDir() {
    }

    public static Path resolve(Function<String, String> env, boolean windows) {
        String own = env.apply("SYNCOPATE_STATE_DIR");
        if (set(own)) {
            return Path.of(own).toAbsolutePath();
        }
        if (windows) {
            String local = env.apply("LOCALAPPDATA");
            if (set(local)) {
                return Path.of(local, "syncopate").toAbsolutePath();
            }
        } else {
            String xdg = env.apply("XDG_STATE_HOME");
            if (set(xdg) && Path.of(xdg).isAbsolute()) {   // the XDG spec ignores a relative one
                return Path.of(xdg, "syncopate");
            }
        }
        String home = env.apply(windows ? "USERPROFILE" : "HOME");
        Path base = set(home) ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return windows
                ? base.resolve("AppData").resolve("Local").resolve("syncopate").toAbsolutePath()
                : base.resolve(".local").resolve("state").resolve("syncopate").toAbsolutePath();
    }

    private static boolean set(String s) {
        return s != null && !s.isBlank();
    }
}
