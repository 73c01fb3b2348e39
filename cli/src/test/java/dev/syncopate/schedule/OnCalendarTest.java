package dev.syncopate.schedule;

import com.cronutils.model.time.ExecutionTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Cron fields as systemd calendar events, each checked by the real systemd-analyze: it must accept the
 * expression, and its next elapses must be cron-utils' next executions of the cron expression.
 */
class OnCalendarTest {
    /** Half a minute past midnight, so that neither tool has to decide whether "now" counts. */
    private static final LocalDateTime BASE = LocalDateTime.of(2026, 1, 1, 0, 0, 30);
    private static final int RUNS = 8;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            daily  | 23:00                 | *-*-* 23:00:00
            daily  | 7:05                  | *-*-* 07:05:00
            weekly | mon,thu 06:30         | Mon,Thu *-*-* 06:30:00
            weekly | sunday 0:00           | Sun *-*-* 00:00:00
            weekly | mon,tue,wed,thu,fri 9:00 | Mon..Fri *-*-* 09:00:00
            weekly | sat,sun 10:00         | Sat,Sun *-*-* 10:00:00
            weekly | fri,sat,sun,mon 1:00  | Mon,Fri..Sun *-*-* 01:00:00
            hourly |                       | *-*-* *:00:00
            cron   | */15 9-17 * * 1-5     | Mon..Fri *-*-* 09..17:00/15:00
            cron   | 30 */2 * * *          | *-*-* 00/2:30:00
            cron   | 0 3 1,15 * *          | *-*-01,15 03:00:00
            cron   | 0 0 */10 * *          | *-*-01/10 00:00:00
            cron   | 0 6 * 1,7 *           | *-01,07-* 06:00:00
            cron   | 0 6 * */3 *           | *-01/3-* 06:00:00
            cron   | 5-50/5 1 * * *        | *-*-* 01:05..50/5:00
            cron   | 0 9-17/4 * * *        | *-*-* 09..17/4:00:00
            cron   | 1,5-7,30 0 * * *      | *-*-* 00:01,05..07,30:00
            cron   | 0 3 * * 5-7           | Fri..Sun *-*-* 03:00:00
            cron   | 0 3 * * */2           | Tue,Thu,Sat,Sun *-*-* 03:00:00
            cron   | 0 3 1-7 * *           | *-*-01..07 03:00:00
            cron   | 0,30 8,20 * * *       | *-*-* 08,20:00,30:00
            cron   | 0 12 29 2 *           | *-02-29 12:00:00
            cron   | 0 12 * 2 mon          | Mon *-02-* 12:00:00
            """)
    void systemdRunsAtTheSameTimesAsCron(String kind, String value, String onCalendar) {
        When when = WhenTest.when(kind, value);
        assertEquals(onCalendar, OnCalendar.of(when));
        SystemdAnalyze.requireInstalled();
        int runs = when.cronText().equals("0 12 29 2 *") ? 2 : RUNS;   // once in four years: two are enough
        assertEquals(cronUtils(when, runs), SystemdAnalyze.elapses(onCalendar, BASE, runs), when.cronText());
    }

    private static List<LocalDateTime> cronUtils(When when, int count) {
        ExecutionTime times = ExecutionTime.forCron(when.cron());
        List<LocalDateTime> next = new ArrayList<>();
        ZonedDateTime t = BASE.atZone(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            t = times.nextExecution(t).orElseThrow();
            next.add(t.toLocalDateTime());
        }
        return next;
    }

    @Test
    void cronsEitherDayRuleIsRefusedWithTheWayOut() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> OnCalendar.of(When.cron("0 3 1 * mon")));
        assertEquals("--cron '0 3 1 * mon': cron runs this when the day of the month OR the day of the week matches,"
                + " which --format systemd cannot express; restrict only one of the two (or schedule two jobs),"
                + " or use --format cron", e.getMessage());
    }

    @Test
    void weekdayRunsOfThreeOrMoreAreRanges() {
        assertEquals("Mon..Sun", OnCalendar.weekdays(new java.util.TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6))));
        assertEquals("Mon,Tue,Thu..Sat", OnCalendar.weekdays(new java.util.TreeSet<>(List.of(1, 2, 4, 5, 6))));
        assertEquals("Sun", OnCalendar.weekdays(new java.util.TreeSet<>(List.of(0))));
    }
}
