package dev.syncopate.platform;

import java.util.Locale;

/**
 * The operating system the command runs on, as far as the {@code robocopy} syntax cares: whether
 * Windows-only switches mean anything, and whether {@code /srv/data} can be a path.
 *
 * <pre>{@code
 * Platform p = Platform.current();    // Platform[name=Linux, windows=false] on Linux
 * new RobocopyParser(Platform.WINDOWS);  // tests check Windows behaviour on any machine
 * }</pre>
 *
 * @param name    how messages name it: {@code Linux}, {@code macOS}, {@code Windows}, or {@code os.name}
 * @param windows true on Windows
 */
public record Platform(String name, boolean windows) {
    public static final Platform LINUX = new Platform("Linux", false);
    public static final Platform MACOS = new Platform("macOS", false);
    public static final Platform WINDOWS = new Platform("Windows", true);

    /** The platform of this JVM. */
    public static Platform current() {
        String os = System.getProperty("os.name", "unknown");
        String lower = os.toLowerCase(Locale.ROOT);
        if (lower.startsWith("windows")) {
            return WINDOWS;
        }
        if (lower.startsWith("mac")) {
            return MACOS;
        }
        if (lower.startsWith("linux")) {
            return LINUX;
        }
        return new Platform(os, false);
    }
}
