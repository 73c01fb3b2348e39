package dev.syncopate.fs;

/**
 * Loads a Linux fast path compiled for JDK 22 (the FFM API) from {@code src/main/java22}: by name, so
 * that the release-21 code never links against it and JDK 21 keeps the portable path. Used by the
 * native directory listing and file copy; both fall back to the portable path for anything they
 * cannot do exactly as it would.
 *
 * <pre>{@code
 * NativeListing now = NativeCode.deferred(MethodHandles.lookup(), "dev.syncopate.scan.LinuxListing", NativeListing.class, 0)
 *         .get(0);   // loaded at once (threshold 0), or null where there is none
 * }</pre>
 *
 * <p>{@code -Dsyncopate.native=false} switches every fast path off, {@code -Dsyncopate.native=eager} uses
 * them from the first entry and file on (not only once a run is large, see {@link Deferred}): the build
 * runs the engine's tests both ways, and a user who suspects one can rule it out.
 */
public final class NativeCode {
    private NativeCode() {
    }

    /**
     * A fast path loaded only once a run turns out to be large enough to gain from it, on a thread of its
     * own: making the FFM downcall handles costs ~70 ms of a 0.3 s run (measured on a 20-file no-op,
     * 0.39 s with them against 0.32 s without), more than a small run can win back. Until it is ready
     * {@link #get} returns null and the caller takes the portable path.
     *
     * <pre>{@code
     * Deferred<NativeListing> fast = NativeCode.deferred(MethodHandles.lookup(), "...LinuxListing", NativeListing.class, 10_000);
     * NativeListing now = fast.get(entries);   // null until 10,000 units of work were counted and the loading is done
     * }</pre>
     */
    public static final class Deferred<T> {
        private final java.lang.invoke.MethodHandles.Lookup lookup;
        private final String className;
        private final Class<T> type;
        private final long threshold;
        private final java.util.concurrent.atomic.AtomicLong work = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile T ready;

        /** Loads {@code className} once {@code threshold} units were counted (0: now, Long.MAX_VALUE: never). */
        Deferred(java.lang.invoke.MethodHandles.Lookup lookup, String className, Class<T> type, long threshold) {
            this.lookup = lookup;
            this.className = className;
            this.type = type;
            this.threshold = threshold;
            if (threshold == 0) {
                ready = instantiate(lookup, className, type);
                started.set(true);
            }
        }

        /** Counts {@code units} of work; returns the fast path once it is loaded, else null. */
        public T get(long units) {
            T t = ready;
            if (t != null) {
                return t;
            }
            if (work.addAndGet(units) >= threshold && started.compareAndSet(false, true)) {
                Thread.ofPlatform().daemon().name("syncopate-native").start(() -> ready = instantiate(lookup, className, type));
            }
            return null;
        }
    }

    /**
     * The fast path {@code className}, loaded once {@code threshold} units of work were counted by
     * {@link Deferred#get} (at once for 0, and for every threshold under {@code -Dsyncopate.native=eager});
     * never when the fast paths are off.
     */
    public static <T> Deferred<T> deferred(java.lang.invoke.MethodHandles.Lookup lookup, String className, Class<T> type,
                                           long threshold) {
        return new Deferred<>(lookup, className, type, !enabled() ? Long.MAX_VALUE : eager() ? 0 : threshold);
    }

    /** True when this JVM may use the fast paths: Linux, JDK 22 or newer, not switched off. */
    public static boolean enabled() {
        return !"false".equals(System.getProperty("syncopate.native"))
                && Runtime.version().feature() >= 22 && "Linux".equals(System.getProperty("os.name"));
    }

    private static boolean eager() {
        return "eager".equals(System.getProperty("syncopate.native"));
    }

    /**
     * An instance of {@code className}, made through the caller's {@code lookup} (the fast paths are
     * package-private beside their interfaces), or null when it cannot be loaded here.
     */
    private static <T> T instantiate(java.lang.invoke.MethodHandles.Lookup lookup, String className, Class<T> type) {
        try {
            Class<?> c = Class.forName(className, true, lookup.lookupClass().getClassLoader());
            return type.cast(lookup.findConstructor(c, java.lang.invoke.MethodType.methodType(void.class)).invoke());
        } catch (Throwable unavailable) {
            // not compiled in (built on JDK 21), another architecture, or no such libc symbol: the portable path
            return null;
        }
    }
}
