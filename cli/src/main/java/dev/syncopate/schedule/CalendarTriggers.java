package dev.syncopate.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@link When} as Task Scheduler calendar triggers: which days (one {@link Days} for all triggers)
 * and at which times of day. Evenly spaced times are one trigger with a {@link Repetition}; other sets
 * of times are one trigger each, up to the 48 triggers a task may have.
 *
 * <pre>{@code
 * CalendarTriggers t = CalendarTriggers.of(When.hourly());
 * t.starts();       // [00:00]
 * t.repetition();   // Repetition[interval=PT1H, duration=P1D]
 * t.days();         // Daily[]
 * }</pre>
 *
 * @param starts     the start times of day, one trigger each
 * @param repetition how each trigger repeats within the day, or null
 * @param days       the days on which the triggers fire
 */
record CalendarTriggers(List<LocalTime> starts, Repetition repetition, Days days) {
    /** MS-TSCH 2.5.3: {@code <xs:group ref="triggerGroup" minOccurs="0" maxOccurs="48"/>}. */
    static final int MAX_TRIGGERS = 48;
    private static final int MINUTES_PER_DAY = 24 * 60;

    /** The days part of a CalendarTrigger: the four ScheduleBy* choices. */
    sealed interface Days {
        /** ScheduleByDay, every day. */
        record Daily() implements Days {
        }

        /** ScheduleByWeek, every week on these days. */
        record Weekly(SortedSet<DayOfWeek> days) implements Days {
        }

        /** ScheduleByMonth: these days of these months. */
        record Monthly(SortedSet<Integer> days, SortedSet<Month> months) implements Days {
        }

        /** ScheduleByMonthDayOfWeek: these weekdays, in every week of these months. */
        record MonthlyOnWeekdays(SortedSet<DayOfWeek> days, SortedSet<Month> months) implements Days {
        }
    }

    /**
     * A trigger's Repetition: every {@code interval} for {@code duration} after its start.
     *
     * @param duration {@link #WHOLE_DAY} when the pattern goes on round the clock
     */
    record Repetition(Duration interval, Duration duration) {
        static final Duration WHOLE_DAY = Duration.ofDays(1);

        /** xs:duration as Windows writes it: {@code PT15M}, {@code PT1H}, {@code P1D}. */
        static String xml(Duration d) {
            return d.equals(WHOLE_DAY) ? "P1D" : d.toString();
        }
    }

    static CalendarTriggers of(When when) {
        CronFields f = CronFields.of(when);
        f.requireOneDayField(when, ScheduleFormat.SCHTASKS);
        List<Integer> times = new ArrayList<>();   // minutes after midnight, ascending
        for (int h : f.hours()) {
            for (int m : f.minutes()) {
                times.add(h * 60 + m);
            }
        }
        Days days = days(f);
        int first = times.getFirst();
        int last = times.getLast();
        Integer step = evenStep(times);
        if (step != null) {
            // Round the clock (the step also leads from the last time to the first one the next day), the
            // repetition runs for a day, as the Task Scheduler's own "for a duration of 1 day". Otherwise it
            // must stop after the last time: one minute past it, so that the last start is surely inside.
            Duration duration = first + MINUTES_PER_DAY - last == step ? Repetition.WHOLE_DAY
                    : Duration.ofMinutes(last - first + 1L);
            return new CalendarTriggers(List.of(time(first)), new Repetition(Duration.ofMinutes(step), duration), days);
        }
        if (times.size() > MAX_TRIGGERS) {
            throw new ScheduleException(when.option() + ": runs at " + times.size() + " times a day that are not"
                    + " evenly spaced, and a Task Scheduler task has at most " + MAX_TRIGGERS + " triggers; use"
                    + " evenly spaced times such as '*/15 * * * *', or --format cron or systemd");
        }
        return new CalendarTriggers(times.stream().map(CalendarTriggers::time).toList(), null, days);
    }

    /** The common difference of three or more evenly spaced times, else null (two read better as two triggers). */
    private static Integer evenStep(List<Integer> times) {
        if (times.size() < 3) {
            return null;
        }
        int step = times.get(1) - times.get(0);
        for (int i = 2; i < times.size(); i++) {
            if (times.get(i) - times.get(i - 1) != step) {
                return null;
            }
        }
        return step;
    }

    private static Days days(CronFields f) {
        if (f.dayOfMonthRestricted()) {
            return new Days.Monthly(f.daysOfMonth(), months(f));
        }
        if (f.dayOfWeekRestricted()) {
            return f.everyMonth() ? new Days.Weekly(weekdays(f)) : new Days.MonthlyOnWeekdays(weekdays(f), months(f));
        }
        return f.everyMonth() ? new Days.Daily() : new Days.Monthly(f.daysOfMonth(), months(f));
    }

    private static SortedSet<DayOfWeek> weekdays(CronFields f) {
        SortedSet<DayOfWeek> days = new TreeSet<>();
        f.daysOfWeek().forEach(d -> days.add(DayOfWeek.of(d == 0 ? 7 : d)));
        return days;
    }

    private static SortedSet<Month> months(CronFields f) {
        SortedSet<Month> months = new TreeSet<>();
        f.months().forEach(m -> months.add(Month.of(m)));
        return months;
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
