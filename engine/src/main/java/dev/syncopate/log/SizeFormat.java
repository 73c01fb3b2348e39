package dev.syncopate.log;

import java.time.Duration;
import java.util.Locale;

/**
 * Robocopy's ways of printing sizes and durations, in invariant English.
 *
 * <p>Robocopy scales differently in two places, and log parsers know both:
 * <ul>
 *   <li>file lines print plain bytes below one MiB and one decimal above ({@code 165384},
 *       {@code 18.0 m}, {@code 1.2 g});</li>
 *   <li>the summary table scales from one KiB, with one decimal for {@code k}, two for {@code m}
 *       and three for {@code g} and {@code t} ({@code 3.9 k}, {@code 18.00 m}, {@code 5.388 g}).</li>
 * </ul>
 * {@code /BYTES} turns both into plain bytes. Units are powers of 1024.
 *
 * <pre>{@code
 * SizeFormat.fileSize(18_874_368, false);    // "18.0 m"
 * SizeFormat.totalSize(4_000, false);        // "3.9 k"
 * SizeFormat.duration(Duration.ofSeconds(65)); // "0:01:05"
 * }</pre>
 */
public final class SizeFormat {
    private static final long KIB = 1024L;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;
    private static final long TIB = GIB * 1024;

    private SizeFormat() {
    }

    /** A size as a file line shows it: bytes below 1 MiB, otherwise {@code m}, {@code g} or {@code t}. */
    public static String fileSize(long bytes, boolean plain) {
        if (plain || bytes < MIB) {
            return Long.toString(bytes);
        }
        if (bytes < GIB) {
            return scaled(bytes, MIB, 1, 'm');
        }
        if (bytes < TIB) {
            return scaled(bytes, GIB, 1, 'g');
        }
        return scaled(bytes, TIB, 1, 't');
    }

    /** A size as the summary table shows it: bytes below 1 KiB, then {@code k}, {@code m}, {@code g}, {@code t}. */
    public static String totalSize(long bytes, boolean plain) {
        if (plain || bytes < KIB) {
            return Long.toString(bytes);
        }
        if (bytes < MIB) {
            return scaled(bytes, KIB, 1, 'k');
        }
        if (bytes < GIB) {
            return scaled(bytes, MIB, 2, 'm');
        }
        if (bytes < TIB) {
            return scaled(bytes, GIB, 3, 'g');
        }
        return scaled(bytes, TIB, 3, 't');
    }

    /** Robocopy's {@code h:mm:ss}: hours unpadded and unbounded, so a 26-hour run reads {@code 26:00:00}. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String scaled(long bytes, long unit, int decimals, char suffix) {
        // Locale.ROOT: a German or French host must still write "3.9 k", never "3,9 k".
        return String.format(Locale.ROOT, "%." + decimals + "f %c", (double) bytes / unit, suffix);
    }
}
