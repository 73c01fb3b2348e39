package dev.syncopate.settings;

import dev.syncopate.settings.Values.BadValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0
            1024     | 1024
            1k       | 1024
            1KB      | 1024
            10 MB    | 10485760
            2g       | 2147483648
            1TiB     | 1099511627776
            """)
    void sizes(String text, long bytes) {
        assertEquals(bytes, Values.size(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5      | PT5S
            5s     | PT5S
            2m     | PT2M
            1h     | PT1H
            500ms  | PT0.5S
            0      | PT0S
            """)
    void durations(String text, Duration expected) {
        assertEquals(expected, Values.duration(text));
        assertEquals(expected, Values.duration(Values.durationText(expected)));
    }

    @Test
    void refusals() {
        assertEquals("expected a whole number of threads from 1 to 128",
                assertThrows(BadValueException.class, () -> Values.count("+5", 1, 128, "threads")).getMessage());
        assertEquals("expected a whole number of retries, 0 or more",
                assertThrows(BadValueException.class, () -> Values.count("99999999999", 0, Integer.MAX_VALUE,
                        "retries")).getMessage());
        assertEquals("expected a size in bytes, such as 1048576 or 1MB",
                assertThrows(BadValueException.class, () -> Values.size("99999999999T")).getMessage());
        assertThrows(BadValueException.class, () -> Values.duration("5 days"));
    }

    @Test
    void suggestions() {
        List<String> names = List.of("mirror", "purge", "move", "moveFiles");
        assertEquals(Optional.of("mirror"), DidYouMean.closest("mirorr", names));
        assertEquals(Optional.of("move"), DidYouMean.closest("mvoe", names));
        assertEquals(Optional.empty(), DidYouMean.closest("zzz", names));
        assertEquals(Optional.empty(), DidYouMean.closest("purge", names));   // not a typo: nothing to suggest
    }
}
