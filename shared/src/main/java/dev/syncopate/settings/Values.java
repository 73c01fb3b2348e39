package dev.syncopate.settings;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.scan.Attribute;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the values of settings, shared by {@code robocopy} switches and YAML job files so that
 * {@code /MT:200} and {@code threads: 200} are refused with the same words.
 *
 * <pre>{@code
 * int n = Values.count("16", 1, 128, "threads");   // 16
 * Values.count("x", 0, Integer.MAX_VALUE, "retries");
 * // BadValueException: "expected a whole number of retries, 0 or more"
 * }</pre>
 *
 * <p>Every failure is a {@link BadValueException} whose message says what was expected; the caller
 * adds which switch or setting it was, because only the caller knows how the user spelled it.
 */
public final class Values {
    /** Why a log, report, backup folder or credentials file cannot be an {@code sftp://} or {@code smb://} location. */
    public static final String REMOTE_NOT_HERE = "not supported for remote locations yet; only from and to may be"
            + " sftp:// or smb://";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)(I?B)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(MS|S|M|H)?", Pattern.CASE_INSENSITIVE);

    private Values() {
    }

    /**
     * {@code text} unchanged when it names a local file or folder; an {@code sftp://} or {@code smb://}
     * location is refused ({@link #REMOTE_NOT_HERE}) rather than read as a local folder named {@code sftp:}.
     * For the settings that cannot be remote: backup folder, log, report, credentials file.
     */
    public static String local(String text) {
        if (RemoteLocation.isRemote(text)) {
            throw new BadValueException(REMOTE_NOT_HERE);
        }
        return text;
    }

    /** A value that is not of the expected form; the message is "expected ...". */
    public static final class BadValueException extends IllegalArgumentException {
        public BadValueException(String expected) {
            super(expected);
        }
    }

    /**
     * A whole number from {@code min} to {@code max}, digits only (no sign), as Robocopy reads
     * {@code /R:n}.
     */
    public static int count(String text, int min, int max, String noun) {
        long n = digits(text, countExpectation(min, max, noun));
        if (n < min || n > max) {
            throw new BadValueException(countExpectation(min, max, noun));
        }
        return (int) n;
    }

    /** Checks a number that arrived already typed (from YAML) against the same limits as {@link #count}. */
    public static long within(long n, long min, long max, String noun) {
        if (n < min || n > max) {
            throw new BadValueException(countExpectation(min, max, noun));
        }
        return n;
    }

    /** A count of bytes as Robocopy's {@code /MAX:n} takes it: digits only. */
    public static long bytes(String text) {
        return digits(text, "expected a whole number of bytes");
    }

    /** A size for YAML: bytes, or a number with K, M, G or T (powers of 1024), e.g. {@code 10MB}. */
    public static long size(String text) {
        Matcher m = SIZE.matcher(text.trim());
        String expected = "expected a size in bytes, such as 1048576 or 1MB";
        if (!m.matches()) {
            throw new BadValueException(expected);
        }
        long n = digits(m.group(1), expected);
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new BadValueException(expected);
        }
        return n << shift;
    }

    /**
     * A bandwidth limit in bytes per second, as rsync's and rclone's {@code --bwlimit} write it: a number
     * with K, M or G, powers of 1024 ({@code 10M} is 10 MiB/s; {@code MB} and {@code MiB} mean the same).
     * A bare number is bytes per second, as everywhere in Syncopate (rsync and rclone read it as KiB/s).
     * 0 is refused: leave the setting out for no limit.
     */
    public static long rate(String text) {
        String expected = "expected bytes per second, more than 0, such as 10M or 500K, 1024-based";
        long n;
        try {
            n = size(text);
        } catch (BadValueException e) {
            throw new BadValueException(expected);
        }
        if (n <= 0) {
            throw new BadValueException(expected);
        }
        return n;
    }

    /** The shortest text {@link #rate} reads back as the same value: {@code 10M}, {@code 500K} or bytes. */
    public static String rateText(long perSecond) {
        for (String unit : new String[] {"G", "M", "K"}) {
            int shift = unit.equals("G") ? 30 : unit.equals("M") ? 20 : 10;
            if (perSecond % (1L << shift) == 0) {
                return (perSecond >> shift) + unit;
            }
        }
        return Long.toString(perSecond);
    }

    /** Whole seconds, as {@code /W:n} takes them. */
    public static Duration seconds(String text) {
        return Duration.ofSeconds(digits(text, "expected a whole number of seconds, 0 or more"));
    }

    /** A pause for YAML: seconds as a number, or {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
    public static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        String expected = "expected seconds, or a duration such as 5s, 2m or 500ms";
        if (!m.matches()) {
            throw new BadValueException(expected);
        }
        long n = digits(m.group(1), expected);
        String unit = m.group(2) == null ? "S" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "MS" -> Duration.ofMillis(n);
            case "M" -> Duration.ofMinutes(n);
            case "H" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** The shortest text {@link #duration} reads back as the same value: {@code 5s} or {@code 1500ms}. */
    public static String durationText(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** Robocopy's {@code /COPY:} and {@code /DCOPY:} letters; at least one ({@code /NOCOPY} is for none). */
    public static CopyFlags copyFlags(String text) {
        if (text.isBlank()) {
            throw new BadValueException("expected copy flags from DATSOU, such as DAT");
        }
        try {
            return CopyFlags.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValueException("expected copy flags from DATSOU, such as DAT");
        }
    }

    /** Robocopy's attribute letters ({@code /IA: /XA:}) as a mask. */
    public static int attributes(String text) {
        if (text.isBlank()) {
            throw new BadValueException("expected attribute letters from RASHCNETO");
        }
        try {
            return Attribute.parseMask(text);
        } catch (IllegalArgumentException e) {
            throw new BadValueException("expected attribute letters from RASHCNETO");
        }
    }

    /** {@code /MAXAGE:n} and {@code /MINAGE:n}: days below 1900, otherwise a YYYYMMDD date. */
    public static AgeLimit age(String text) {
        try {
            if (!text.equals(text.strip())) {
                throw new IllegalArgumentException("spaces around " + text);
            }
            return AgeLimit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValueException("expected a number of days below 1900, or a date as YYYYMMDD");
        }
    }

    /** Digits exactly as written: {@code "/R: 3"} is a mistake, not three retries. */
    private static long digits(String text, String expected) {
        if (!DIGITS.matcher(text).matches()) {
            throw new BadValueException(expected);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadValueException(expected);
        }
    }

    /** The words a count outside {@code min} to {@code max} is refused with: "expected a whole number of ...". */
    public static String countExpectation(long min, long max, String noun) {
        if (max >= Integer.MAX_VALUE) {
            return "expected a whole number of " + noun + ", " + min + " or more";
        }
        return "expected a whole number of " + noun + " from " + min + " to " + max;
    }
}
