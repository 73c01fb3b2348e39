package dev.syncopate.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them on a command line and in schedules: {@code 90s}, {@code 45m},
 * {@code 4h}, {@code 1h30m}, {@code 2d}; units from the largest down, each at most once, and a unit
 * is required (a bare {@code 30} could be seconds or minutes).
 *
 * <pre>{@code
 * Duration d = DurationText.parse("1h30m");        // PT1H30M
 * String s = DurationText.format(Duration.ofMinutes(235));   // "3h55m"
 * }</pre>
 */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    private static final String EXAMPLES = "such as 90s, 45m, 4h or 1h30m";

    private DurationText() {
    }

    /**
     * Reads a positive duration.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            String hint = t.matches("\\d+") ? " (add a unit: " + t + "s, " + t + "m or " + t + "h)" : "";
            throw new IllegalArgumentException("'" + text + "' is not a duration " + EXAMPLES + hint);
        }
        Duration d = Duration.ZERO;
        try {
            d = d.plusDays(number(m.group(1))).plusHours(number(m.group(2))).plusMinutes(number(m.group(3)))
                    .plusSeconds(number(m.group(4)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        if (d.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is no time at all; give a duration " + EXAMPLES);
        }
        return d;
    }

    /** The shortest text {@link #parse} reads back as the same whole seconds: {@code 3h55m}, {@code 2s}. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        StringBuilder b = new StringBuilder();
        long days = s / 86_400;
        long hours = s % 86_400 / 3_600;
        long minutes = s % 3_600 / 60;
        long seconds = s % 60;
        append(b, days, 'd');
        append(b, hours, 'h');
        append(b, minutes, 'm');
        append(b, seconds, 's');
        return b.isEmpty() ? "0s" : b.toString();
    }

    private static void append(StringBuilder b, long n, char unit) {
        if (n > 0) {
            b.append(n).append(unit);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
