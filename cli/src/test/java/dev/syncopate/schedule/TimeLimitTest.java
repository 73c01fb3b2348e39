package dev.syncopate.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** --time-limit in each scheduler's syntax, and run's own shorter --timeout. */
class TimeLimitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4h     | 3h55m  | 4h        | PT4H      | 4h
            30m    | 27m    | 30min     | PT30M     | 30m
            1h30m  | 1h25m  | 1h30min   | PT1H30M   | 1h30m
            90s    | 1m21s  | 1min30s   | PT1M30S   | 1m30s
            5s     | 5s     | 5s        | PT5S      | 5s
            2d     | 47h55m | 48h       | PT48H     | 48h
            1H30M  | 1h25m  | 1h30min   | PT1H30M   | 1h30m
            none   |        | infinity  | PT0S      | none
            """)
    void inEverySyntax(String option, String runTimeout, String systemd, String taskScheduler, String text) {
        TimeLimit t = TimeLimit.parse(option);
        assertEquals(runTimeout, t.runTimeout().orElse(null));
        assertEquals(systemd, t.systemd());
        assertEquals(taskScheduler, t.taskScheduler());
        assertEquals(text, t.text());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4 hours | --time-limit 4 hours: '4 hours' is not a duration such as 90s, 45m, 4h or 1h30m, or none
            30m4h   | --time-limit 30m4h: '30m4h' is not a duration such as 90s, 45m, 4h or 1h30m, or none
            ""      | "--time-limit : '' is not a duration such as 90s, 45m, 4h or 1h30m, or none"
            0m      | --time-limit 0m: '0m' is no time at all; give a duration such as 90s, 45m, 4h or 1h30m, or none
            99999999999999999999h | --time-limit 99999999999999999999h: '99999999999999999999h' is too long a duration
            """)
    void mistakesSayWhatIsWrong(String option, String message) {
        assertEquals(message, assertThrows(ScheduleException.class, () -> TimeLimit.parse(option)).getMessage());
    }
}
