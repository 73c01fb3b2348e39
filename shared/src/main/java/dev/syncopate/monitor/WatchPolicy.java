package dev.syncopate.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * When a monitored sync runs again: once at least {@code changes} files or directories of the source
 * changed since the last pass began, and not before {@code interval} after that pass ended.
 *
 * <pre>{@code
 * WatchPolicy.robocopy(3, null);     // /MON:3: more than 3 changes, i.e. 4, at once
 * WatchPolicy.robocopy(null, 5);     // /MOT:5: after 5 minutes, if anything changed
 * new WatchPolicy(1, Duration.ZERO); // DSL watch(): after every change, at once
 * }</pre>
 *
 * @param changes  how many changed entries (created, modified or deleted; each counted once) start a pass; 1 or more
 * @param interval the least time between the end of a pass and the start of the next
 */
public record WatchPolicy(int changes, Duration interval) {
    public WatchPolicy {
        Objects.requireNonNull(interval, "interval");
        if (changes < 1) {
            throw new IllegalArgumentException("changes must be 1 or more, not " + changes);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative");
        }
    }

    /** Robocopy's {@code /MON:n} ("more than n changes") and {@code /MOT:m} (minutes); null for a switch not given. */
    public static WatchPolicy robocopy(Integer moreThan, Integer minutes) {
        return new WatchPolicy(moreThan == null ? 1 : moreThan + 1,
                minutes == null ? Duration.ZERO : Duration.ofMinutes(minutes));
    }
}
