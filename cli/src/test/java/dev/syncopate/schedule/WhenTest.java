package dev.syncopate.schedule;

import com.cronutils.model.time.ExecutionTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every way of saying when, as the one cron expression all formats are made from; mistakes verbatim. */
class WhenTest {
    private static final ZonedDateTime THURSDAY = ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    static When when(String kind, String value) {
        return switch (kind) {
            case "daily" -> When.daily(value);
            case "weekly" -> When.weekly(value.split(" ")[0], value.split(" ")[1]);
            case "hourly" -> When.hourly();
            case "cron" -> When.cron(value);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00                | 0 23 * * *         | --daily 23:00                | daily at 23:00
            daily  | 7:05                 | 5 7 * * *          | --daily 7:05                 | daily at 07:05
            daily  | 0:00                 | 0 0 * * *          | --daily 0:00                 | daily at 00:00
            weekly | mon 23:00            | 0 23 * * 1         | --weekly mon 23:00           | weekly on Monday at 23:00
            weekly | Thursday,MON 06:30   | 30 6 * * 1,4       | --weekly Thursday,MON 06:30  | weekly on Monday, Thursday at 06:30
            weekly | sun,sat,sun 9:00     | 0 9 * * 6,0        | --weekly sun,sat,sun 9:00    | weekly on Saturday, Sunday at 09:00
            hourly |                      | 0 * * * *          | --hourly                     | hourly, on the hour
            cron   | */15 9-17 * * mon-fri | */15 9-17 * * 1-5 | --cron '*/15 9-17 * * mon-fri' | cron '*/15 9-17 * * mon-fri'
            cron   | "  0   3  1,15 * * "  | 0 3 1,15 * *       | --cron '  0   3  1,15 * * '  | cron '0 3 1,15 * *'
            cron   | 0 6 * jan,jul *      | 0 6 * 1,7 *        | --cron '0 6 * jan,jul *'     | cron '0 6 * jan,jul *'
            cron   | 5-50/5 1 * * 7       | 5-50/5 1 * * 0     | --cron '5-50/5 1 * * 7'      | cron '5-50/5 1 * * 7'
            """)
    void becomesOneCronExpression(String kind, String value, String cron, String option, String description) {
        When w = when(kind, value);
        assertEquals(cron, w.cronText());
        assertEquals(option, w.option());
        assertEquals(description, w.description());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00     | 2026-01-01T23:00Z
            weekly | mon 23:00 | 2026-01-05T23:00Z
            weekly | thu 11:59 | 2026-01-08T11:59Z
            hourly |           | 2026-01-01T13:00Z
            """)
    void cronUtilsAgreesOnTheNextRun(String kind, String value, String next) {
        assertEquals(ZonedDateTime.parse(next), ExecutionTime.forCron(when(kind, value).cron()).nextExecution(THURSDAY)
                .orElseThrow());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 25:00          | --daily 25:00: the hour must be 0-23
            daily  | 7:60           | --daily 7:60: the minute must be 0-59
            daily  | 7pm            | --daily 7pm: expected a time as HH:MM, e.g. 23:00
            daily  | 123:00         | --daily 123:00: expected a time as HH:MM, e.g. 23:00
            weekly | funday 23:00   | --weekly funday 23:00: unknown day 'funday' (did you mean 'sunday'?)
            weekly | mon,xyz 23:00  | --weekly mon,xyz 23:00: unknown day 'xyz' (use mon..sun or monday..sunday, or a list such as mon,thu)
            weekly | mon 24:00      | --weekly mon 24:00: the hour must be 0-23
            cron   | 0 25 * * *     | --cron '0 25 * * *': Value 25 not in range [0, 23]
            cron   | 61 1 * * *     | --cron '61 1 * * *': Value 61 not in range [0, 59]
            cron   | 0 3 * *        | --cron '0 3 * *': Cron expression contains 4 parts but we expect one of [5]
            cron   | 0 3 * * funday | --cron '0 3 * * funday': Invalid chars in expression! Expression: FUNDAY Invalid chars: FUNDAY
            cron   | @daily         | --cron '@daily': Nicknames not supported!
            cron   | 5/15 * * * *   | --cron '5/15 * * * *': cron does not accept 5/15; write 5-59/15
            cron   | 0 3 31 2 *     | --cron '0 3 31 2 *': never runs (no date matches it)
            """)
    void mistakesSayWhatIsWrong(String kind, String value, String message) {
        assertEquals(message, assertThrows(ScheduleException.class, () -> when(kind, value)).getMessage());
    }

    @Test
    void exactlyOneScheduleIsTaken() {
        assertEquals("0 23 * * *", When.fromOptions("23:00", null, false, null).cronText());
        assertEquals("30 6 * * 1", When.fromOptions(null, List.of("mon", "6:30"), false, null).cronText());
        assertEquals("0 * * * *", When.fromOptions(null, null, true, null).cronText());
        assertEquals("0 3 * * *", When.fromOptions(null, null, false, "0 3 * * *").cronText());
        assertEquals("no schedule given: add --daily HH:MM, --weekly DAY HH:MM, --hourly or --cron 'EXPR'",
                assertThrows(ScheduleException.class, () -> When.fromOptions(null, null, false, null)).getMessage());
        assertEquals("give one schedule, not --daily and --weekly and --hourly", assertThrows(ScheduleException.class,
                () -> When.fromOptions("1:00", List.of("mon", "6:30"), true, null)).getMessage());
        assertEquals("give one schedule, not --weekly twice", assertThrows(ScheduleException.class,
                () -> When.fromOptions(null, List.of("mon", "6:30", "tue", "7:00"), false, null)).getMessage());
    }
}
