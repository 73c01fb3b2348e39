package dev.syncopate.dsl;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;
import dev.syncopate.sync.EndpointCheck;
import groovy.lang.Closure;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the values scripts pass to settings: numbers, strings from {@code -P} parameters, units, paths,
 * dates. A value of the wrong kind is a {@link BadValueException} saying what was expected, in the same
 * words as the {@code robocopy} switches and YAML jobs ({@link Values}); the caller names the setting.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * A local path, for settings that cannot be remote ({@code backupDir}, {@code log}, snapshots,
     * {@code keep}): an {@code sftp://} or {@code smb://} location is refused in plain words rather than
     * read as a strange local directory.
     */
    static Path localPath(Object v) {
        if (v instanceof CharSequence s) {
            Values.local(s.toString());
        }
        return path(v);
    }

    static Path path(Object v) {
        if (v instanceof Path p) {
            return p;
        }
        if (v instanceof File f) {
            return f.toPath();
        }
        if (v == null) {
            throw new BadValueException("expected a path, not null; is a variable unset?");
        }
        if (!(v instanceof CharSequence)) {
            throw new BadValueException("expected a path");
        }
        if (v.toString().isBlank()) {
            throw new BadValueException(EndpointCheck.EMPTY_PATH);
        }
        try {
            return Path.of(v.toString());
        } catch (InvalidPathException e) {
            throw new BadValueException("expected a path: " + e.getReason());
        }
    }

    /** A whole number from {@code min} to {@code max}: a number, or digits (a {@code -P} value). */
    static long count(Object v, long min, long max, String noun) {
        BigInteger n = v instanceof CharSequence s ? digits(s.toString()) : whole(v);
        if (n == null || n.bitLength() > 63) {
            // Not a whole number: let Values word the expectation, as for an out-of-range one.
            n = BigInteger.valueOf(min - 1);
        }
        return Values.within(n.longValue(), min, max, noun);
    }

    /** {@link #count} for settings the engine keeps as an {@code int}. */
    static int intCount(Object v, int min, int max, String noun) {
        return (int) count(v, min, max, noun);
    }

    /** Bytes: a number ({@code 10.MB} is one) or text such as {@code 10MB}. */
    static long size(Object v) {
        if (v instanceof CharSequence s) {
            return Values.size(s.toString());
        }
        BigInteger n = whole(v);
        if (n == null || n.signum() < 0 || n.bitLength() > 63) {
            throw new BadValueException("expected a size in bytes, such as 1048576 or 1.MB");
        }
        return n.longValue();
    }

    /** A rate in bytes per second: {@code 10.MB} (a number) or text such as {@code 10M}; more than 0. */
    static long rate(Object v) {
        if (v instanceof CharSequence s) {
            return Values.rate(s.toString());
        }
        BigInteger n = whole(v);
        if (n == null || n.signum() <= 0 || n.bitLength() > 63) {
            throw new BadValueException("expected bytes per second, more than 0, such as 10.MB or '500K'");
        }
        return n.longValue();
    }

    /** A duration: {@code 10.seconds}, a number of seconds, or text such as {@code 5s}. */
    static Duration duration(Object v) {
        if (v instanceof Duration d && !d.isNegative()) {
            return d;
        }
        if (v instanceof CharSequence s) {
            return Values.duration(s.toString());
        }
        if (v instanceof Number n && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            BigDecimal seconds = new BigDecimal(n.toString());
            if (seconds.signum() >= 0 && seconds.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) < 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValue());
            }
        }
        throw new BadValueException("expected a duration such as 10.seconds, or a number of seconds");
    }

    /** An age bound: days (a number below 1900, or {@code 30.days}), a date, or Robocopy's {@code YYYYMMDD}. */
    static AgeLimit age(Object v) {
        String expected = "expected a number of days, a date such as LocalDate.of(2024, 1, 31), or '20240131'";
        return switch (v) {
            case LocalDate d -> AgeLimit.ofDate(d);
            case LocalDateTime t -> AgeLimit.ofDate(t.toLocalDate());
            case Duration d when !d.isNegative() -> AgeLimit.ofDays(d.toDays());
            case CharSequence s when s.toString().contains("-") -> {
                try {
                    yield AgeLimit.ofDate(LocalDate.parse(s.toString().strip()));
                } catch (DateTimeParseException e) {
                    throw new BadValueException(expected);
                }
            }
            case CharSequence s -> Values.age(s.toString());
            case Number n when whole(n) != null && whole(n).signum() >= 0 -> Values.age(whole(n).toString());
            default -> throw new BadValueException(expected);
        };
    }

    static boolean flag(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new BadValueException("expected true or false");
    }

    /** Names or wildcards: one text, or a list of them. */
    static List<String> patterns(Object v) {
        List<String> out = new ArrayList<>();
        Collection<?> items = v instanceof Collection<?> c ? c : v instanceof Object[] a ? List.of(a) : List.of(v);
        for (Object item : items) {
            if (!(item instanceof CharSequence s) || s.toString().isBlank() || s.toString().indexOf('\0') >= 0) {
                throw new BadValueException("expected names or wildcards such as '*.tmp', not "
                        + (item == null ? "null" : item instanceof CharSequence ? "'" + item + "'" : item.toString()));
            }
            out.add(s.toString());
        }
        if (out.isEmpty()) {
            throw new BadValueException("expected names or wildcards such as '*.tmp', not an empty list");
        }
        return out;
    }

    static Closure<?> closure(Object v) {
        if (v instanceof Closure<?> c) {
            return c;
        }
        throw new BadValueException("expected a closure { ... }");
    }

    private static BigInteger digits(String s) {
        String t = s.strip();
        return t.matches("\\d{1,18}") ? new BigInteger(t) : null;
    }

    /** The value as a whole number, or null when it is not one. */
    private static BigInteger whole(Object v) {
        return switch (v) {
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case Short s -> BigInteger.valueOf(s);
            case Byte b -> BigInteger.valueOf(b);
            case BigInteger b -> b;
            case BigDecimal d -> {
                try {
                    yield d.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    yield null;
                }
            }
            case null, default -> null;
        };
    }
}
