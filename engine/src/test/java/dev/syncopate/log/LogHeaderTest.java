package dev.syncopate.log;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.FileSystem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogHeaderTest {
    private static final Instant STARTED = Instant.parse("2026-11-22T02:43:10Z");
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());

    private SyncOptions.Builder options() {
        return SyncOptions.builder(fs.getPath("/srv/docs"), fs.getPath("/mnt/nas/docs"));
    }

    private static String header(SyncOptions o) {
        return String.join("\n", LogHeader.lines(o, STARTED, ZoneOffset.UTC)) + "\n";
    }

    @Test
    void defaultHeader() {
        assertEquals("""

                -------------------------------------------------------------------------------
                   SYNCOPATE    ::     Robust File Copy for every platform                      \s
                -------------------------------------------------------------------------------

                  Started : Sunday, November 22, 2026 2:43:10 AM
                   Source : /srv/docs/
                     Dest : /mnt/nas/docs/

                    Files : *.*
                \t   \s
                  Options : *.* /DCOPY:DA /COPY:DAT /R:3 /W:5\s

                ------------------------------------------------------------------------------

                """, header(options().build()));
    }

    @Test
    void listsPatternsAndExclusionsOnePerLine() {
        SyncOptions o = options().mirror().filePatterns("*.doc", "*.pdf").excludeFiles("*.tmp", "~*")
                .excludeDirs("Temp", "Cache", ".git").build();
        assertEquals("""

                -------------------------------------------------------------------------------
                   SYNCOPATE    ::     Robust File Copy for every platform                      \s
                -------------------------------------------------------------------------------

                  Started : Sunday, November 22, 2026 2:43:10 AM
                   Source : /srv/docs/
                     Dest : /mnt/nas/docs/

                    Files : *.doc
                \t    *.pdf
                \t   \s
                Exc Files : *.tmp
                \t    ~*
                \t   \s
                 Exc Dirs : Temp
                \t    Cache
                \t    .git
                \t   \s
                  Options : *.doc *.pdf /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5\s

                ------------------------------------------------------------------------------

                """, header(o));
    }

    @Test
    void theHeaderIsTheSameWithALogFile() {
        // " Log File : path" is a console line (RobocopyLog writes it there); the file starts with the banner.
        SyncOptions o = options().log(LogOptions.DEFAULT.withLogFile(fs.getPath("/var/log/sync.log"), true)).build();
        assertEquals(header(options().build()), header(o));
    }

    /**
     * The {@code Started :} date as a public Robocopy log parser reads it: {@code "%A, %B %e, %Y %r"}
     * (vladvasiliu/robocopy-logs-parser, src/robocopy.rs), which is what real US logs hold
     * ({@code Tuesday, November 18, 2025 10:30:01 PM}). The parse pattern below is that strptime
     * pattern token by token, so a layout it cannot read fails here.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-07T07:24:15Z | Monday, December 7, 2026 7:24:15 AM
            2025-11-18T22:30:01Z | Tuesday, November 18, 2025 10:30:01 PM
            2026-01-01T00:00:00Z | Thursday, January 1, 2026 12:00:00 AM
            2026-06-30T12:05:09Z | Tuesday, June 30, 2026 12:05:09 PM
            """)
    void startedReadsAsRobocopysUsDateThatParsersRead(String at, String expected) {
        Instant instant = Instant.parse(at);
        String line = LogHeader.lines(options().build(), instant, ZoneOffset.UTC).get(5);
        assertEquals("  Started : " + expected, line);
        String value = line.substring(line.indexOf(':') + 1).trim();
        assertEquals(instant, LocalDateTime.parse(value, STRPTIME_A_B_E_Y_R).toInstant(ZoneOffset.UTC));
    }

    /** strptime's {@code %A, %B %e, %Y %r}: %e is the day without a leading zero, %r is {@code %I:%M:%S %p}. */
    private static final DateTimeFormatter STRPTIME_A_B_E_Y_R = new DateTimeFormatterBuilder()
            .appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL)                 // %A
            .appendLiteral(", ")
            .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL)               // %B
            .appendLiteral(' ')
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE) // %e
            .appendLiteral(", ")
            .appendValue(ChronoField.YEAR, 4)                                    // %Y
            .appendLiteral(' ')
            .appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2, SignStyle.NOT_NEGATIVE) // %r: %I
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)                          // %M
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)                        // %S
            .appendLiteral(' ')                                                  // a plain space, not U+202F
            .appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT)                // %p
            .toFormatter(Locale.US);

    @Test
    void titleKeepsRobocopysColumnsAndWidth() {
        String robocopy = "   ROBOCOPY     ::     Robust File Copy for Windows                              ";
        assertEquals(robocopy.length(), LogHeader.TITLE.length());
        assertEquals(robocopy.indexOf("::"), LogHeader.TITLE.indexOf("::"));
        assertEquals(robocopy.indexOf("Robust"), LogHeader.TITLE.indexOf("Robust"));
    }

    @Test
    void writesDatesInEnglishWhateverTheHostLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("  Started : Sunday, November 22, 2026 2:43:10 AM",
                    LogHeader.lines(options().build(), STARTED, ZoneOffset.UTC).get(5));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
