package dev.syncopate.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({
            "2s,      PT2S,     2s",
            "45m,     PT45M,    45m",
            "4h,      PT4H,     4h",
            "1h30m,   PT1H30M,  1h30m",
            "90s,     PT1M30S,  1m30s",
            "2d,      PT48H,    2d",
            "1d2h3m4s, PT26H3M4S, 1d2h3m4s",
            "' 4H ',  PT4H,     4h",
    })
    void readsAndWritesDurations(String text, String iso, String shortest) {
        Duration d = DurationText.parse(text);
        assertEquals(Duration.parse(iso), d);
        assertEquals(shortest, DurationText.format(d));
        assertEquals(d, DurationText.parse(DurationText.format(d)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2x    | '2x' is not a duration such as 90s, 45m, 4h or 1h30m",
            "30    | '30' is not a duration such as 90s, 45m, 4h or 1h30m (add a unit: 30s, 30m or 30h)",
            "0s    | '0s' is no time at all; give a duration such as 90s, 45m, 4h or 1h30m",
            "30m1h | '30m1h' is not a duration such as 90s, 45m, 4h or 1h30m",
            "-5m   | '-5m' is not a duration such as 90s, 45m, 4h or 1h30m",
            "99999999999999999999d | '99999999999999999999d' is too long a duration",
    })
    void saysWhatIsWrong(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text));
        assertEquals(message, e.getMessage());
    }
}
