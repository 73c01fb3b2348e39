package dev.syncopate.log;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.FileSystem;
import java.time.Instant;
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

                  Started : Sunday, 22 November 2026 02:43:10
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

                  Started : Sunday, 22 November 2026 02:43:10
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
    void namesTheLogFileFirstWhenThereIsOne() {
        SyncOptions o = options().log(LogOptions.DEFAULT.withLogFile(fs.getPath("/var/log/sync.log"), true)).build();
        assertEquals(" Log File : /var/log/sync.log", LogHeader.lines(o, STARTED, ZoneOffset.UTC).get(1));
        assertEquals("", LogHeader.lines(o, STARTED, ZoneOffset.UTC).get(2));
        assertEquals(LogText.BANNER_RULE, LogHeader.lines(o, STARTED, ZoneOffset.UTC).get(3));
    }

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
            assertEquals("  Started : Sunday, 22 November 2026 02:43:10",
                    LogHeader.lines(options().build(), STARTED, ZoneOffset.UTC).get(5));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
