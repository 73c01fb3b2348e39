package dev.syncopate.execute;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaxDeleteTest {

    @ParameterizedTest(name = "/MAXDEL:{0} files {1} dirs {2} inside {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1 | 1 | 1 | false | true  | ERROR : /MAXDEL:1 exceeded: purging the extras (1 *EXTRA File, 1 *EXTRA Dir holding 1 entry) would delete 3 entries; nothing was deleted.
            4 | 3 | 1 | 1 | false | true  | ERROR : /MAXDEL:4 exceeded: purging the extras (3 *EXTRA File, 1 *EXTRA Dir holding 1 entry) would delete 5 entries; nothing was deleted.
            1 | 2 | 0 | 0 | false | true  | ERROR : /MAXDEL:1 exceeded: purging the extras (2 *EXTRA File) would delete 2 entries; nothing was deleted.
            0 | 0 | 2 | 0 | false | true  | ERROR : /MAXDEL:0 exceeded: purging the extras (2 *EXTRA Dir holding 0 entries) would delete 2 entries; nothing was deleted.
            9 | 0 | 1 | 0 | true  | true  | ERROR : /MAXDEL:9 exceeded: purging the extras (1 *EXTRA Dir that could not all be counted) would delete an unknown number of entries; nothing was deleted.
            3 | 1 | 1 | 1 | false | false | -
            """)
    void countsEntriesAndSaysSoInTheLogsTerms(long limit, long files, long dirs, long inside, boolean uncounted,
                                              boolean exceeded, String message) {
        MaxDelete m = new MaxDelete(limit, files, dirs, inside, uncounted);
        assertEquals(exceeded, m.exceeded());
        if (exceeded) {
            assertEquals(message, m.message());
        }
    }
}
