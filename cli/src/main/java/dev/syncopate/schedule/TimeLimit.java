package dev.syncopate.schedule;

import dev.syncopate.settings.DurationText;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a scheduled run may take ({@code --time-limit}), in each scheduler's own syntax, and the
 * shorter {@code run --timeout} that makes Syncopate stop itself first: a run killed by the scheduler
 * sends no alert and writes no history, one that times out by itself does both.
 *
 * <pre>{@code
 * TimeLimit t = TimeLimit.parse("4h");
 * t.runTimeout();   // Optional[3h55m]: 4h less min(5 minutes, a tenth)
 * t.systemd();      // "4h"
 * t.taskScheduler(); // "PT4H"
 * TimeLimit.parse("none").systemd();   // "infinity"
 * }</pre>
 *
 * @param limit the scheduler's hard limit; empty for {@code none}
 */
public record TimeLimit(Optional<Duration> limit) {
    public static final TimeLimit DEFAULT = new TimeLimit(Optional.of(Duration.ofHours(4)));
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    /** {@code 30m}, {@code 4h}, {@code 1h30m}, {@code 90s}, {@code 2d}, or {@code none}. */
    public static TimeLimit parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return new TimeLimit(Optional.empty());
        }
        try {
            return new TimeLimit(Optional.of(DurationText.parse(text)));
        } catch (IllegalArgumentException e) {
            String or = e.getMessage().contains("too long") ? "" : ", or none";
            throw new ScheduleException("--time-limit " + text + ": " + e.getMessage() + or);
        }
    }

    /** What {@code run --timeout} gets: the limit less min(5 minutes, a tenth of it), in whole seconds. */
    public Optional<String> runTimeout() {
        return limit.map(d -> {
            Duration margin = d.dividedBy(10).truncatedTo(ChronoUnit.SECONDS);
            return compact(d.minus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN), "m");
        });
    }

    /** systemd's {@code TimeoutStartSec=}: {@code 4h}, {@code 1h30min}, {@code infinity}. */
    public String systemd() {
        return limit.map(d -> compact(d, "min")).orElse("infinity");
    }

    /** The Task Scheduler's {@code ExecutionTimeLimit} (xs:duration); {@code PT0S} means no limit there. */
    public String taskScheduler() {
        return limit.map(Duration::toString).orElse("PT0S");
    }

    /** For people: {@code 4h}, {@code 1h30m}, {@code none}. */
    public String text() {
        return limit.map(d -> compact(d, "m")).orElse("none");
    }

    /**
     * {@code 26h30m5s} with zero parts left out; {@code minute} is "m" or systemd's "min". No days: every
     * reader of these takes hours, not every one takes "d".
     */
    private static String compact(Duration d, String minute) {
        StringBuilder s = new StringBuilder();
        append(s, d.toHours(), "h");
        append(s, d.toMinutesPart(), minute);
        append(s, d.toSecondsPart(), "s");
        return s.isEmpty() ? "0s" : s.toString();
    }

    private static void append(StringBuilder s, long value, String unit) {
        if (value != 0) {
            s.append(value).append(unit);
        }
    }
}
