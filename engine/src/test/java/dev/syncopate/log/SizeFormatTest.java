package dev.syncopate.log;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeFormatTest {

    @ParameterizedTest(name = "file line {0} bytes -> ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            0             | false | 0
            107           | false | 107
            15825         | false | 15825
            1048575       | false | 1048575
            1048576       | false | 1.0 m
            18874368      | false | 18.0 m
            1073741823    | false | 1024.0 m
            1073741824    | false | 1.0 g
            1649267441664 | false | 1.5 t
            18874368      | true  | 18874368
            """)
    void fileSize(long bytes, boolean plain, String expected) {
        assertEquals(expected, SizeFormat.fileSize(bytes, plain));
    }

    @ParameterizedTest(name = "summary {0} bytes -> ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            0             | false | 0
            1023          | false | 1023
            1024          | false | 1.0 k
            3993          | false | 3.9 k
            24883         | false | 24.3 k
            18874368      | false | 18.00 m
            3342536704    | false | 3.113 g
            5785307136    | false | 5.388 g
            1649267441664 | false | 1.500 t
            5785307136    | true  | 5785307136
            """)
    void totalSize(long bytes, boolean plain, String expected) {
        assertEquals(expected, SizeFormat.totalSize(bytes, plain));
    }

    @ParameterizedTest(name = "{0} s -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            0      | 0:00:00
            5      | 0:00:05
            65     | 0:01:05
            3600   | 1:00:00
            93784  | 26:03:04
            -3     | 0:00:00
            """)
    void duration(long seconds, String expected) {
        assertEquals(expected, SizeFormat.duration(Duration.ofSeconds(seconds)));
    }
}
