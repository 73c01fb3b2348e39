package dev.syncopate.dsl;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts Groovy's text formatting on a second thread while the script loads and its blocks run. The
 * first {@code println "copied $n files"} of a run initializes Groovy's {@code FormatHelper}, which makes
 * Groovy scan the JDK's modules for its default imports: about 130 ms on a 2-core machine, a fifth of a
 * short run, and none of it needs the main thread. A class is initialized once, whichever thread asks
 * first; the other waits for it, so this only moves the work earlier.
 *
 * <pre>{@code
 * Warmup.start();   // at the start of a run; harmless when repeated
 * }</pre>
 */
public final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    public static void start() {
        if (STARTED.getAndSet(true)) {
            return;
        }
        ClassLoader loader = Warmup.class.getClassLoader();
        Thread.ofPlatform().daemon().name("syncopate-warmup").start(() -> {
            try {
                Class.forName("org.codehaus.groovy.runtime.FormatHelper", true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the first println then pays for it, as without this class.
            }
        });
    }
}
