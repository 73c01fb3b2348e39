package dev.syncopate.log;

import dev.syncopate.fs.PathDisplay;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Pieces shared by the log's formats: rules, dates and directory names. */
final class LogText {
    /** The banner rule around the title: 79 dashes, as Robocopy draws it. */
    static final String BANNER_RULE = "-".repeat(79);
    /** The rule that closes the header and opens the summary: 78 dashes, one shorter, as in Robocopy. */
    static final String SECTION_RULE = "-".repeat(78);

    // The US layout of real Robocopy logs, whatever the host's locale, so one parser reads every
    // host's logs (public parsers read it with strptime's "%A, %B %e, %Y %r"). The blank before
    // AM/PM is the pattern's literal space: no locale data can turn it into U+202F.
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm:ss a", Locale.US);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);

    private LogText() {
    }

    /** {@code Sunday, November 22, 2026 2:43:10 AM}: the {@code Started :} and {@code Ended :} form. */
    static String longDate(Instant at, ZoneId zone) {
        return LONG_DATE.format(at.atZone(zone));
    }

    /** {@code 2026/11/22 02:43:10}: the form of error lines and {@code /TS}. */
    static String stamp(Instant at, ZoneId zone) {
        return STAMP.format(at.atZone(zone));
    }

    /** A directory as Robocopy shows one: absolute, ending with the separator ({@code /srv/docs/}). */
    static String dir(Path p) {
        String sep = p.getFileSystem().getSeparator();
        String s = PathDisplay.of(p.toAbsolutePath().normalize());
        return s.endsWith(sep) ? s : s + sep;
    }

    /** The path as given, with the separator appended: for locations the engine already made absolute. */
    static String withSeparator(Path p) {
        String sep = p.getFileSystem().getSeparator();
        String s = PathDisplay.of(p);
        return s.endsWith(sep) ? s : s + sep;
    }
}
