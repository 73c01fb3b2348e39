package dev.syncopate.log;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Loads the time-zone rules and the US date names of the log's {@code Started :} line on a second
 * thread while the command line is parsed. The first {@code ZoneId.systemDefault()} scans every jar
 * on the class path for zone-rule providers and reads the JDK's zone database; with the CLDR names
 * of {@link LogText#longDate} that was ~50 ms of a 0.3 s no-op run, all of it on the main thread.
 * A class is initialized once, whichever thread asks first, so this only moves the work earlier.
 *
 * <pre>{@code
 * DateWarmup.start();   // first thing in a command that will write a log; harmless when repeated
 * }</pre>
 */
public final class DateWarmup {
    private static volatile boolean started;

    private DateWarmup() {
    }

    public static void start() {
        if (started) {
            return;
        }
        started = true;
        Thread.ofPlatform().daemon().name("syncopate-warmup").start(() -> {
            try {
                LogText.longDate(Instant.EPOCH, ZoneId.systemDefault());
            } catch (RuntimeException e) {
                // only a head start: the log's first line then pays for it, as without this class
            }
        });
    }
}
