package dev.syncopate.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

/**
 * Units on numbers for scripts: sizes {@code KB MB GB TB} in <em>binary</em> multiples (1 KB = 1024
 * bytes, as Robocopy's and most admins' tools count) and durations {@code seconds minutes hours days}.
 * A Groovy extension module (listed in {@code META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule}),
 * so it works the same for freshly compiled and cached scripts: Groovy finds it when its runtime starts.
 *
 * <pre>{@code
 * filter { f -> f.size < 2.GB }        // 2 * 1024^3 = 2147483648 bytes
 * retries 3, wait: 10.seconds          // Duration.ofSeconds(10)
 * size max: 1.5.MB                     // 1572864 bytes; fractions round down to whole bytes
 * }</pre>
 */
public final class Units {
    private static final long KIB = 1024L;

    private Units() {
    }

    /** {@code n.KB}: n × 1024 bytes. */
    public static long getKB(Number n) {
        return bytes(n, KIB, "KB");
    }

    /** {@code n.MB}: n × 1024² bytes. */
    public static long getMB(Number n) {
        return bytes(n, KIB * KIB, "MB");
    }

    /** {@code n.GB}: n × 1024³ bytes. */
    public static long getGB(Number n) {
        return bytes(n, KIB * KIB * KIB, "GB");
    }

    /** {@code n.TB}: n × 1024⁴ bytes. */
    public static long getTB(Number n) {
        return bytes(n, KIB * KIB * KIB * KIB, "TB");
    }

    /** {@code n.seconds}; fractions are kept to the millisecond ({@code 1.5.seconds} = 1500 ms). */
    public static Duration getSeconds(Number n) {
        return duration(n, 1_000L, "seconds");
    }

    /** {@code n.minutes}. */
    public static Duration getMinutes(Number n) {
        return duration(n, 60_000L, "minutes");
    }

    /** {@code n.hours}. */
    public static Duration getHours(Number n) {
        return duration(n, 3_600_000L, "hours");
    }

    /** {@code n.days}: 24-hour days. */
    public static Duration getDays(Number n) {
        return duration(n, 86_400_000L, "days");
    }

    private static long bytes(Number n, long unit, String name) {
        BigDecimal v = decimal(n).multiply(BigDecimal.valueOf(unit));
        if (v.signum() < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + n + "." + name);
        }
        try {
            return v.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("size too large: " + n + "." + name);
        }
    }

    private static Duration duration(Number n, long millis, String name) {
        BigDecimal v = decimal(n).multiply(BigDecimal.valueOf(millis));
        if (v.signum() < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + n + "." + name);
        }
        try {
            return Duration.ofMillis(v.toBigInteger().longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration too long: " + n + "." + name);
        }
    }

    private static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f.doubleValue());
            default -> BigDecimal.valueOf(n.longValue());
        };
    }
}
