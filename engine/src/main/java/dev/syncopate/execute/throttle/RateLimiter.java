package dev.syncopate.execute.throttle;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket shared by all copy threads of a run: {@code /BWLIMIT:rate}. Each caller books the
 * time its bytes take at the rate, after what the others booked, and sleeps until then; so four
 * threads together go at the rate, not at four times it.
 *
 * <pre>{@code
 * RateLimiter limit = new RateLimiter(5L << 20, PaceClock.SYSTEM);   // 5 MiB/s
 * limit.acquire(65_536);   // returns when 64 KiB more fit in the rate
 * }</pre>
 *
 * <p>The bucket holds at most {@link #burstBytes()}: a short burst after an idle spell (a listing, a
 * small file's rename), never a second's worth, so 20 MiB at 5 MiB/s take 4 s and not 3. Oversleeping
 * is paid back within the burst, so a slow {@code Thread.sleep} does not lower the rate.
 */
public final class RateLimiter {
    /** Waits shorter than this are not slept but carried: sleeping 20 µs costs more than it holds back. */
    private static final long MIN_SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long bytesPerSecond;
    private final PaceClock clock;
    private final long burstNanos;
    /** When the bytes booked so far will have passed at the rate: the bucket is empty until then. */
    private long bookedUntil;

    /** @param bytesPerSecond more than 0 */
    public RateLimiter(long bytesPerSecond, PaceClock clock) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("bytesPerSecond must be more than 0, not " + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
        this.clock = clock;
        this.burstNanos = nanosFor(burstBytes());
        // One burst in the bucket at the start, not a second's worth as some token buckets allow.
        this.bookedUntil = clock.nanoTime();
    }

    /** The most the bucket holds: one 64 KiB block, or 10 ms at the rate when that is more. */
    public long burstBytes() {
        return Math.max(ThrottledChannel.BLOCK, bytesPerSecond / 100);
    }

    /** Waits until {@code bytes} more may be written; interrupted, nothing is booked beyond what was. */
    public void acquire(long bytes) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = clock.nanoTime();
            // Time not used is not banked: an idle bucket holds one burst, no more.
            bookedUntil = Math.max(bookedUntil, now) + nanosFor(bytes);
            wait = bookedUntil - burstNanos - now;
        }
        if (wait >= MIN_SLEEP_NANOS) {
            clock.sleepNanos(wait);
        }
    }

    private long nanosFor(long bytes) {
        // bytes * 1e9 overflows a long above 9 GB; blocks are far below that, the burst of a huge rate maybe not.
        return bytes <= Long.MAX_VALUE / NANOS ? bytes * NANOS / bytesPerSecond
                : (long) ((double) bytes * NANOS / bytesPerSecond);
    }
}
