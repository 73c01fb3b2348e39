package dev.syncopate.retention;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The folders of one parent whose names are timestamps of one {@link DateTimeFormatter} pattern:
 * what retention may delete and what a snapshot may link to. Nothing else is ever listed.
 *
 * <pre>{@code
 * TimestampedFolders stamps = new TimestampedFolders("yyyyMMdd_HHmmss");
 * stamps.format(LocalDateTime.of(2026, 11, 1, 23, 0));   // "20261101_230000"
 * stamps.parse("20261101_230000");                       // Optional[2026-11-01T23:00]
 * stamps.parse("20261101_230000-old");                   // Optional.empty: the whole name must parse
 * stamps.list(Path.of("/mnt/nas/docs"));                 // its timestamp folders, oldest first
 * }</pre>
 *
 * <p>A name counts only if it parses completely <em>and</em> formats back to exactly itself. That
 * second test keeps a lenient parse from claiming a folder a person named: {@code 20260431} would
 * otherwise be read as April 30th under {@code yyyyMMdd}. Date-only patterns ({@code yyyy-MM-dd})
 * mean midnight, and a month pattern ({@code yyyy-MM}) the first of the month. Missing fields are
 * filled in after parsing rather than by {@code parseDefaulting}, which conflicts with a
 * 12-hour pattern ({@code hh a}).
 *
 * <p>Texts (month names, AM/PM) are read and written in {@link Locale#ROOT}, whatever the machine's
 * locale: the folders of a German and an English run must be the same folders. The DSL's
 * {@code timestamp()} should therefore name folders with {@link #format}.
 */
public final class TimestampedFolders {
    private static final LocalDateTime SAMPLE = LocalDateTime.of(2001, 2, 3, 4, 5, 6, 7_000_000);

    private final String pattern;
    private final DateTimeFormatter formatter;

    /**
     * @param pattern a {@link DateTimeFormatter} pattern with at least a year, e.g. {@code yyyyMMdd_HHmmss}
     * @throws IllegalArgumentException when the pattern is invalid, needs a zone, has no date, or
     *                                  would produce a path separator
     */
    public TimestampedFolders(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        this.pattern = pattern;
        try {
            this.formatter = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid timestamp pattern '" + pattern + "': " + e.getMessage(), e);
        }
        validate();
    }

    /** The pattern, as given. */
    public String pattern() {
        return pattern;
    }

    /** The folder name for a time, e.g. {@code 20261101_230000}. */
    public String format(LocalDateTime time) {
        return formatter.format(time);
    }

    /** The time a folder name stands for, or empty when the name is not exactly a timestamp of this pattern. */
    public Optional<LocalDateTime> parse(String name) {
        TemporalAccessor t;
        try {
            t = formatter.parse(name);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate date = dateOf(t);
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = t.query(TemporalQueries.localTime());
        LocalDateTime result = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        return format(result).equals(name) ? Optional.of(result) : Optional.empty();
    }

    /**
     * The direct subdirectories of {@code parent} whose names are timestamps, oldest first.
     * {@code parent} itself may be a link (a mount point often is); entries that are links are
     * left out, so a link is never followed into or deleted. A {@code parent} that does not exist
     * yet has no folders: a first run, or a dry run before anything was written.
     *
     * @throws IOException when {@code parent} cannot be listed
     */
    public List<TimestampedFolder> list(Path parent) throws IOException {
        List<TimestampedFolder> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                Optional<LocalDateTime> time = parse(entry.getFileName().toString());
                // Parse first: only names that match cost a stat.
                if (time.isPresent() && isRealDirectory(entry)) {
                    folders.add(new TimestampedFolder(entry, time.get()));
                }
            }
        } catch (NoSuchFileException e) {
            if (parent.toString().equals(e.getFile())) {
                return List.of();
            }
            throw e;
        }
        folders.sort(TimestampedFolder.OLDEST_FIRST);
        return List.copyOf(folders);
    }

    private static boolean isRealDirectory(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
        } catch (NoSuchFileException vanished) {
            return false;
        }
    }

    /** The parsed date; a pattern without a day (or month) means the first one. */
    private static LocalDate dateOf(TemporalAccessor t) {
        LocalDate date = t.query(TemporalQueries.localDate());
        if (date != null || !t.isSupported(ChronoField.YEAR)) {
            return date;
        }
        try {
            int month = t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : 1;
            int day = t.isSupported(ChronoField.DAY_OF_MONTH) ? t.get(ChronoField.DAY_OF_MONTH) : 1;
            return LocalDate.of(t.get(ChronoField.YEAR), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Rejects, up front, patterns whose folders could never be found or ordered. */
    private void validate() {
        String sample;
        try {
            sample = format(SAMPLE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timestamp pattern '" + pattern
                    + "' cannot name folders: it needs a time zone or offset, which a folder name does not keep ("
                    + e.getMessage() + ")", e);
        }
        if (sample.contains("/") || sample.contains("\\")) {
            throw new IllegalArgumentException("timestamp pattern '" + pattern
                    + "' makes names with a path separator ('" + sample + "'); a folder name cannot hold one");
        }
        if (sample.isEmpty() || parse(sample).isEmpty()) {
            throw new IllegalArgumentException("timestamp pattern '" + pattern
                    + "' has no date, so its folders cannot be ordered: it needs a year (yyyy), usually with"
                    + " month (MM) and day (dd); note that YYYY is the week-based year");
        }
    }
}
