package dev.syncopate.execute.throttle;

/**
 * The time source and the sleep of a {@link RateLimiter}: injected so tests advance a fake clock
 * instead of sleeping.
 *
 * <pre>{@code
 * PaceClock real = PaceClock.SYSTEM;
 * long[] now = {0};
 * PaceClock fake = new PaceClock() {
 *     public long nanoTime() { return now[0]; }
 *     public void sleepNanos(long nanos) { now[0] += nanos; }   // "sleeps" by moving time on
 * };
 * }</pre>
 */
public interface PaceClock {
    /** {@link System#nanoTime} and {@link Thread#sleep}: an interrupt (a stop, a timeout) ends the wait. */
    PaceClock SYSTEM = new PaceClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    /** A monotonic time in nanoseconds; only differences count. */
    long nanoTime();

    /** Waits about {@code nanos}; may wake early or late, the limiter keeps its own account. */
    void sleepNanos(long nanos) throws InterruptedException;
}
