package dev.syncopate.classify;

/**
 * Compares modification times the way a sync must across file systems: at the coarser of the two
 * sides' resolutions (a destination that stores whole seconds or microseconds must not look
 * "older" forever), with {@code /FFT}'s two seconds and {@code /DST}'s one hour of forgiveness.
 *
 * <pre>{@code
 * TimeComparison t = new TimeComparison(false, false);
 * t.compare(srcNanos, dstNanos);   // < 0 older, 0 same, > 0 newer
 * }</pre>
 */
public final class TimeComparison {
    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3600 * SECOND;

    private final boolean fatTimes;
    private final boolean dst;
    private final long floor;

    /**
     * @param fatTimes /FFT: two-second granularity
     * @param dst      /DST: a difference of exactly one hour (within the granularity) counts as equal
     */
    public TimeComparison(boolean fatTimes, boolean dst) {
        this(fatTimes, dst, 0);
    }

    /**
     * @param floorNanos the coarsest resolution a side is known to keep (SFTP's whole seconds), used
     *                   when the times themselves look finer; 0 for none
     */
    public TimeComparison(boolean fatTimes, boolean dst, long floorNanos) {
        if (floorNanos < 0) {
            throw new IllegalArgumentException("floorNanos must not be negative");
        }
        this.fatTimes = fatTimes;
        this.dst = dst;
        this.floor = floorNanos;
    }

    /** Negative when the source is older, zero when equal, positive when newer. */
    public int compare(long sourceNanos, long destNanos) {
        long tolerance = fatTimes ? Math.max(2 * SECOND, floor) : resolutionOf(sourceNanos, destNanos) - 1;
        long diff;
        try {
            diff = Math.subtractExact(sourceNanos, destNanos);
        } catch (ArithmeticException centuriesApart) {
            return Long.compare(sourceNanos, destNanos);
        }
        if (diff == Long.MIN_VALUE) {
            return -1;   // Math.abs would leave it negative, i.e. "within tolerance"
        }
        if (Math.abs(diff) <= tolerance) {
            return 0;
        }
        // The hour is forgiven at the same granularity as equality (two seconds only under /FFT):
        // 1 h 0.5 s between two nanosecond clocks is a real change, not daylight saving.
        if (dst && Math.abs(Math.abs(diff) - HOUR) <= tolerance) {
            return 0;
        }
        if (!fatTimes && sameAtResolution(sourceNanos, destNanos)) {
            return 0;
        }
        return diff < 0 ? -1 : 1;
    }

    /**
     * The resolution a time was stored at, judged from its trailing zeros: a destination that
     * keeps only whole seconds shows {@code ...000000000}. Rounding the finer side down to it makes
     * a file copied to a coarse file system compare equal.
     */
    private long resolutionOf(long a, long b) {
        return Math.max(floor, Math.max(resolution(a), resolution(b)));
    }

    private static long resolution(long nanos) {
        if (nanos % SECOND == 0) return SECOND;
        if (nanos % 1_000_000L == 0) return 1_000_000L;
        if (nanos % 1_000L == 0) return 1_000L;
        if (nanos % 100L == 0) return 100L;
        return 1L;
    }

    private boolean sameAtResolution(long a, long b) {
        long r = resolutionOf(a, b);
        return Math.floorDiv(a, r) == Math.floorDiv(b, r);
    }
}
