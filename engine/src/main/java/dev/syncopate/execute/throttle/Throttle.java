package dev.syncopate.execute.throttle;

import dev.syncopate.options.Bandwidth;

import java.nio.channels.WritableByteChannel;

/**
 * A run's bandwidth limit ({@code /BWLIMIT}, {@code bandwidth 10.MB}, {@code /IPG}) as one wrapper
 * around the channel each copy writes to, local or remote: the copier itself knows nothing of rates.
 * One per run, shared by all copy threads, so {@code /MT} threads share the rate.
 *
 * <pre>{@code
 * Throttle throttle = Throttle.of(options.copying().bandwidth(), PaceClock.SYSTEM);
 * long n = in.transferTo(0, size, throttle.around(out));
 * Throttle.NONE.around(out) == out;   // true: no limit, the kernel's copy path
 * }</pre>
 *
 * <p>A limited run must not take the Linux fast path ({@code copy_file_range} through FFM): the kernel
 * copies a whole file in one call there, and nothing can pace it.
 */
public final class Throttle {
    /** No limit: {@link #around} hands back the channel itself. */
    public static final Throttle NONE = new Throttle(null, 0, PaceClock.SYSTEM);

    private final RateLimiter rate;
    private final long gapNanos;
    private final PaceClock clock;

    private Throttle(RateLimiter rate, long gapNanos, PaceClock clock) {
        this.rate = rate;
        this.gapNanos = gapNanos;
        this.clock = clock;
    }

    /** The throttle for {@code limit}, timed by {@code clock}; {@link #NONE} when nothing is limited. */
    public static Throttle of(Bandwidth limit, PaceClock clock) {
        if (!limit.limited()) {
            return NONE;
        }
        RateLimiter rate = limit.bytesPerSecond() > 0 ? new RateLimiter(limit.bytesPerSecond(), clock) : null;
        return new Throttle(rate, limit.packetGap().toNanos(), clock);
    }

    /** True unless this is {@link #NONE}. */
    public boolean limits() {
        return this != NONE;
    }

    /** {@code out} as one copy writes it at this pace; {@code out} itself for {@link #NONE}. */
    public WritableByteChannel around(WritableByteChannel out) {
        return limits() ? new ThrottledChannel(out, rate, gapNanos, clock) : out;
    }
}
