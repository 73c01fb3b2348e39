package dev.syncopate.options;

import java.time.Duration;
import java.util.Objects;

/**
 * The coarsest clock a side of the sync keeps modification times with, and why: SFTP (version 3)
 * sends whole seconds, a FAT-formatted share keeps two. Times closer than this compare as equal, so a
 * file copied to such a destination does not look changed, and get copied again, on every run.
 *
 * <pre>{@code
 * SyncOptions.builder(src, dst)
 *         .timeGranularity(new TimeGranularity(Duration.ofSeconds(1), "sftp://nas01 keeps whole seconds"))
 *         .build();
 * }</pre>
 *
 * @param step   the granularity; {@link Duration#ZERO} for "as fine as the times themselves show"
 * @param reason one line for the log saying where it comes from
 */
public record TimeGranularity(Duration step, String reason) {
    /** No floor: the resolution is judged from the times alone. */
    public static final TimeGranularity NONE = new TimeGranularity(Duration.ZERO, "");

    public TimeGranularity {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        if (step.isNegative()) {
            throw new IllegalArgumentException("a time granularity cannot be negative: " + step);
        }
    }

    /** The step in nanoseconds (0 for none). */
    public long nanos() {
        return step.toNanos();
    }

    /** {@code 2 s}, {@code 1 s}, {@code 10 ms}, {@code 100 ns}: the largest unit that divides it. */
    public String text() {
        long n = nanos();
        if (n % 1_000_000_000L == 0) return n / 1_000_000_000L + " s";
        if (n % 1_000_000L == 0) return n / 1_000_000L + " ms";
        if (n % 1_000L == 0) return n / 1_000L + " µs";
        return n + " ns";
    }

    /** The coarser of the two; on a tie, this one. */
    public TimeGranularity coarser(TimeGranularity other) {
        return other.step.compareTo(step) > 0 ? other : this;
    }
}
