package dev.syncopate.options;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A {@code /MAXAGE:n} or {@code /MINAGE:n} bound: n days before the run when n &lt; 1900, otherwise a
 * {@code YYYYMMDD} date, as Robocopy reads it.
 *
 * <pre>{@code
 * AgeLimit.parse("7").cutoff(now, zone);          // seven days before now
 * AgeLimit.parse("20240131").cutoff(now, zone);   // midnight at the start of 31 January 2024
 * }</pre>
 *
 * @param days days before the run, or -1 when {@link #date} is used
 * @param date an absolute date, or null when {@link #days} is used
 */
public record AgeLimit(long days, LocalDate date) {

    public AgeLimit {
        if ((date == null) == (days < 0)) {
            throw new IllegalArgumentException("an age limit is either days or a date");
        }
    }

    public static AgeLimit ofDays(long days) {
        return new AgeLimit(days, null);
    }

    public static AgeLimit ofDate(LocalDate date) {
        return new AgeLimit(-1, date);
    }

    /**
     * Reads Robocopy's form: a number below 1900 is days, otherwise {@code YYYYMMDD}.
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public static AgeLimit parse(String text) {
        long n;
        try {
            n = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a number of days nor a YYYYMMDD date");
        }
        if (n < 0) {
            throw new IllegalArgumentException("'" + text + "' is negative");
        }
        if (n < 1900) {
            return ofDays(n);
        }
        try {
            return ofDate(LocalDate.parse(text.trim(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a number of days (< 1900) nor a YYYYMMDD date");
        }
    }

    /** The instant this limit stands for, seen from a run that started at {@code now}. */
    public Instant cutoff(Instant now, ZoneId zone) {
        if (date != null) {
            return date.atStartOfDay(zone).toInstant();
        }
        return now.minusSeconds(days * 86_400L);
    }

    /** Robocopy's spelling: the number of days or the date digits. */
    public String text() {
        return date != null ? date.format(DateTimeFormatter.BASIC_ISO_DATE) : Long.toString(days);
    }
}
