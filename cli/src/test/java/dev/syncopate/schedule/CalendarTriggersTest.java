package dev.syncopate.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cron fields as Task Scheduler triggers: start times, repetition and days. */
class CalendarTriggersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00               | [23:00]               | null                   | Daily[]
            hourly |                     | [00:00]               | PT1H for P1D           | Daily[]
            weekly | mon,thu 6:30        | [06:30]               | null                   | Weekly[days=[MONDAY, THURSDAY]]
            cron   | */15 * * * *        | [00:00]               | PT15M for P1D          | Daily[]
            cron   | 30 */2 * * *        | [00:30]               | PT2H for P1D           | Daily[]
            cron   | 0 9-17 * * 1-5      | [09:00]               | PT1H for PT8H1M        | Weekly[days=[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]]
            cron   | */20 9-10 * * *     | [09:00]               | PT20M for PT1H41M      | Daily[]
            cron   | 0 9,17 * * *        | [09:00, 17:00]        | null                   | Daily[]
            cron   | 0,20,45 10 * * *    | [10:00, 10:20, 10:45] | null                   | Daily[]
            cron   | 0 3 1,15 * *        | [03:00]               | null                   | Monthly[days=[1, 15], months=[JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER]]
            cron   | 0 6 * 1,7 *         | [06:00]               | null                   | Monthly[days=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31], months=[JANUARY, JULY]]
            cron   | 0 6 * 1,7 0,7       | [06:00]               | null                   | MonthlyOnWeekdays[days=[SUNDAY], months=[JANUARY, JULY]]
            """)
    void triggersRunWhenCronWould(String kind, String value, String starts, String repetition, String days) {
        CalendarTriggers t = CalendarTriggers.of(WhenTest.when(kind, value));
        assertEquals(starts, t.starts().toString());
        assertEquals(repetition, t.repetition() == null ? "null"
                : CalendarTriggers.Repetition.xml(t.repetition().interval()) + " for "
                + CalendarTriggers.Repetition.xml(t.repetition().duration()));
        assertEquals(days, t.days().toString());
    }

    @Test
    void unevenTimesBeyondFortyEightTriggersAreRefused() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> CalendarTriggers.of(When.cron("*/7 * * * *")));
        assertEquals("--cron '*/7 * * * *': runs at 216 times a day that are not evenly spaced, and a Task Scheduler"
                + " task has at most 48 triggers; use evenly spaced times such as '*/15 * * * *', or --format cron"
                + " or systemd", e.getMessage());
    }

    @Test
    void cronsEitherDayRuleIsRefused() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> CalendarTriggers.of(When.cron("0 3 1 * 1")));
        assertEquals("--cron '0 3 1 * 1': cron runs this when the day of the month OR the day of the week matches,"
                + " which --format schtasks cannot express; restrict only one of the two (or schedule two jobs),"
                + " or use --format cron", e.getMessage());
    }
}
