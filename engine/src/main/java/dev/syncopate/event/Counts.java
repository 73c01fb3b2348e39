package dev.syncopate.event;

/**
 * One row of the summary table.
 *
 * <pre>{@code
 * Counts files = new Counts(17, 17, 0, 0, 0, 0);
 * }</pre>
 */
public record Counts(long total, long copied, long skipped, long mismatch, long failed, long extras) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);
}
