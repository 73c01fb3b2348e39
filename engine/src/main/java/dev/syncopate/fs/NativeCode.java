package dev.syncopate.fs;

/**
 * Loads a Linux fast path compiled for JDK 22 (the FFM API) from {@code src/main/java22}: by name, so
 * that the release-21 code never links against it and JDK 21 keeps the portable path. Used by the
 * native directory listing and file copy; both fall back to the portable path for anything they
 * cannot do exactly as it would.
 *
 * <pre>{@code
 * NativeListing fast = NativeCode.load(MethodHandles.lookup(), "dev.syncopate.scan.LinuxListing", NativeListing.class);
 * }</pre>
 *
 * <p>{@code -Dsyncopate.native=false} switches every fast path off: the build runs the engine's tests
 * both ways, and a user who suspects one can rule it out.
 */
public final class NativeCode {
    private NativeCode() {
    }

    /** True when this JVM may use the fast paths: Linux, JDK 22 or newer, not switched off. */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("syncopate.native", "true"))
                && Runtime.version().feature() >= 22 && "Linux".equals(System.getProperty("os.name"));
    }

    /**
     * An instance of {@code className}, made through the caller's {@code lookup} (the fast paths are
     * package-private beside their interfaces), or null when the fast paths are off or it cannot be
     * loaded here.
     */
    public static <T> T load(java.lang.invoke.MethodHandles.Lookup lookup, String className, Class<T> type) {
        if (!enabled()) {
            return null;
        }
        try {
            Class<?> c = Class.forName(className, true, lookup.lookupClass().getClassLoader());
            return type.cast(lookup.findConstructor(c, java.lang.invoke.MethodType.methodType(void.class)).invoke());
        } catch (Throwable unavailable) {
            // not compiled in (built on JDK 21), another architecture, or no such libc symbol: the portable path
            return null;
        }
    }
}
