package dev.syncopate.log;

import dev.syncopate.event.DirStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirLineFormatTest {

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""      | EXISTING | 3   | "\t                   3\t/srv/docs/"
            sub     | EXISTING | 100 | "\t                 100\t/srv/docs/sub/"
            new     | NEW      | 2   | "\t  New Dir          2\t/srv/docs/new/"
            big     | NEW      | 11  | "\t  New Dir         11\t/srv/docs/big/"
            old     | EXTRA    | -1  | "\t*EXTRA Dir        -1\t/mnt/nas/docs/old/"
            report  | MISMATCH | 0   | "\t*MISMATCH          0\t/srv/docs/report/"
            Temp    | EXCLUDED | 4   | "\t     named         4\t/srv/docs/Temp/"
            locked  | FAILED   | 0   | "\t                   0\t/srv/docs/locked/"
            """)
    void robocopyColumns(String rel, DirStatus status, long files, String expected) {
        assertEquals(expected, DirLineFormat.format(TestEvents.dir(rel, status, files)));
    }
}
