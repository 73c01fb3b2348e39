package dev.syncopate.execute;

import java.time.Duration;

/**
 * How {@link Retrier} waits between tries ({@code /W:n}): injected so tests advance instantly.
 *
 * <pre>{@code
 * Sleeper real = Sleeper.SYSTEM;
 * List<Duration> waits = new ArrayList<>();
 * Sleeper fake = waits::add;          // records the waits, returns at once
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {
    /** Thread.sleep: an interrupt (a timeout, a cancelled run) ends the wait, and with it the retries. */
    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration d) throws InterruptedException;
}
