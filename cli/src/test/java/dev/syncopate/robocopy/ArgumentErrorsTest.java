package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;

import dev.syncopate.job.JobFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.syncopate.robocopy.SwitchEffectsTest.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Every way a command line is refused, with the exact line the user reads. */
class ArgumentErrorsTest {
    private static final String USAGE = "(usage: syncopate robocopy <source> <destination> [<file>...] [<options>])";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            src dst /MIRR              | unknown switch /MIRR (did you mean /MIR?)
            /mirr src dst              | unknown switch /mirr (did you mean /MIR?)
            src dst /XFF a             | unknown switch /XFF (did you mean /XF?)
            src dst /COPYAL            | unknown switch /COPYAL (did you mean /COPYALL?)
            src dst /FOO               | unknown switch /FOO (if it is a directory, write /FOO/)
            /srv dst                   | unknown switch /srv (if it is a directory, write /srv/)
            src dst /R:x               | invalid /R:x (expected a whole number of retries, 0 or more)
            src dst /R:-1              | invalid /R:-1 (expected a whole number of retries, 0 or more)
            src dst /R                 | /R needs a value, as in /R:n
            src dst /W:5s              | invalid /W:5s (expected a whole number of seconds, 0 or more)
            src dst /LEV:-1            | invalid /LEV:-1 (expected a whole number of levels, 1 or more)
            src dst /LEV:0             | invalid /LEV:0 (expected a whole number of levels, 1 or more)
            src dst /MT:0              | invalid /MT:0 (expected a whole number of threads from 1 to 128)
            src dst /MT:129            | invalid /MT:129 (expected a whole number of threads from 1 to 128)
            src dst /MT:               | invalid /MT: (expected a whole number of threads from 1 to 128)
            src dst /COPY:Q            | invalid /COPY:Q (expected copy flags from DATSOU, such as DAT)
            src dst /DCOPY:DAZ         | invalid /DCOPY:DAZ (expected copy flags from DATSOU, such as DAT)
            src dst /COPY:             | invalid /COPY: (expected copy flags from DATSOU, such as DAT)
            src dst /MAXAGE:abc        | invalid /MAXAGE:abc (expected a number of days below 1900, or a date as YYYYMMDD)
            src dst /MINAGE:20241301   | invalid /MINAGE:20241301 (expected a number of days below 1900, or a date as YYYYMMDD)
            src dst /MAX:1k            | invalid /MAX:1k (expected a whole number of bytes)
            src dst /MIN:-5            | invalid /MIN:-5 (expected a whole number of bytes)
            src dst /IA:Z              | invalid /IA:Z (expected attribute letters from RASHCNETO)
            src dst /XA:               | invalid /XA: (expected attribute letters from RASHCNETO)
            src dst /MAXDEL:many       | invalid /MAXDEL:many (expected a whole number of entries, 0 or more)
            src dst /LOG:              | invalid /LOG: (expected a file name)
            src dst /SAVE:             | invalid /SAVE: (expected a name)
            src dst /MIR:3             | /MIR takes no value (got /MIR:3)
            src dst /XF:a              | /XF takes no value (got /XF:a)
            src dst /XF                | /XF needs at least one name after it, as in /XF *.tmp
            src dst /XD /MIR           | /XD needs at least one name after it, as in /XD *.tmp
            src dst --dry-run          | unknown option --dry-run (robocopy switches start with /)
            src dst -MIR               | unknown option -MIR (robocopy switches start with /, as in /MIR)
            src dst -r:3               | unknown option -r:3 (robocopy switches start with /, as in /r:3)
            src dst /MAXLAD:30         | /MAXLAD (last-access date filter) is not supported yet
            src dst /MINLAD:30         | /MINLAD (last-access date filter) is not supported yet
            src dst /IPG:x             | invalid /IPG:x (expected a whole number of milliseconds, 0 or more)
            src dst /MON:0             | invalid /MON:0 (expected a whole number of changes, 1 or more)
            src dst /BWLIMIT:fast      | invalid /BWLIMIT:fast (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            src dst /BWLIMIT:0         | invalid /BWLIMIT:0 (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            src dst /BWLIMIT:-5M       | invalid /BWLIMIT:-5M (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            src dst /RH:2500-0100      | invalid /RH:2500-0100 (expected run hours as hhmm-hhmm, such as 2200-0600)
            src dst /IoRate:fast       | invalid /IoRate:fast (expected a number with an optional k, m or g, such as 64m)
            src dst /SPARSE:x          | invalid /SPARSE:x (expected y or n)
            src dst /B:1               | /B takes no value (got /B:1)
            /NOSD dst                  | missing source directory (/NOSD was given and no /JOB supplies one)
            src dst /mır               | unknown switch /mır (did you mean /MIR?)
            src dst /ſ                 | unknown switch /ſ (did you mean /S?)
            src dst /XF a /ſ           | unknown switch /ſ (did you mean /S?)
            src dst /               | a lone / is no switch (a switch has a name, as in /MIR; for the root directory write //)
            / dst                      | a lone / is no switch (a switch has a name, as in /MIR; for the root directory write //)
            src dst /XF a / b          | a lone / is no switch (a switch has a name, as in /MIR; for the root directory write //)
            src dst /:3                | a lone / is no switch (a switch has a name, as in /MIR; for the root directory write //)
            src dst /R:_3              | invalid /R: 3 (expected a whole number of retries, 0 or more)
            src dst /R:3_              | invalid /R:3  (expected a whole number of retries, 0 or more)
            src dst /W:_5              | invalid /W: 5 (expected a whole number of seconds, 0 or more)
            src dst /MT:_4             | invalid /MT: 4 (expected a whole number of threads from 1 to 128)
            src dst /MAX:_1000         | invalid /MAX: 1000 (expected a whole number of bytes)
            src dst /COPY:_DAT         | invalid /COPY: DAT (expected copy flags from DATSOU, such as DAT)
            src dst /IA:_R             | invalid /IA: R (expected attribute letters from RASHCNETO)
            src dst /MAXAGE:_7         | invalid /MAXAGE: 7 (expected a number of days below 1900, or a date as YYYYMMDD)
            src /NODD                  | missing destination directory (/NODD was given and no /JOB supplies one)
            """)
    void refused(String line, String message) {
        ArgumentException e = assertThrows(ArgumentException.class, () -> parse(line));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            ''             | missing source directory
            src            | missing destination directory
            /MIR /R:1      | missing source directory
            /SAVE:t /QUIT  | missing source directory
            """)
    void missingDirectories(String line, String message) {
        ArgumentException e = assertThrows(ArgumentException.class, () -> parse(line));
        assertEquals(message + " " + USAGE, e.getMessage());
    }

    @Test
    void theFirstMistakeIsReportedBeforeAnyJobIsRead() {
        RobocopyParser parser = new RobocopyParser(Platform.LINUX, path -> fail("job read despite a bad switch"));
        ArgumentException e = assertThrows(ArgumentException.class,
                () -> parser.parse(args("/JOB:nightly /R:x /MIRR")));
        assertEquals("invalid /R:x (expected a whole number of retries, 0 or more)", e.getMessage());
    }

    @Test
    void onWindowsAnUnknownSwitchGetsNoPathHint() {
        RobocopyParser parser = new RobocopyParser(Platform.WINDOWS, path -> JobFile.EMPTY);
        ArgumentException e = assertThrows(ArgumentException.class, () -> parser.parse(args("src dst /FOO")));
        assertEquals("unknown switch /FOO", e.getMessage());
    }

    @Test
    void onWindowsALoneSlashGetsNoRootHint() {
        RobocopyParser parser = new RobocopyParser(Platform.WINDOWS, path -> JobFile.EMPTY);
        ArgumentException e = assertThrows(ArgumentException.class, () -> parser.parse(args("src dst /")));
        assertEquals("a lone / is no switch (a switch has a name, as in /MIR)", e.getMessage());
    }

    private static Invocation parse(String line) {
        // '_' stands for a space inside one argument, as in "/R: 3"
        return new RobocopyParser(Platform.LINUX, path -> JobFile.EMPTY).parse(args(line).stream()
                .map(a -> a.replace('_', ' ')).toList());
    }
}
