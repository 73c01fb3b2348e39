package dev.syncopate.schedule;

import com.cronutils.model.field.CronFieldName;
import com.cronutils.model.field.expression.Always;
import com.cronutils.model.field.expression.And;
import com.cronutils.model.field.expression.Between;
import com.cronutils.model.field.expression.Every;
import com.cronutils.model.field.expression.FieldExpression;
import com.cronutils.model.field.expression.On;
import com.cronutils.model.field.value.FieldValue;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The five cron fields of a {@link When} as plain sets of numbers, for the schedulers that cannot
 * write {@code *}{@code /15} the cron way (weekday names for systemd, triggers for the Task Scheduler).
 *
 * <pre>{@code
 * CronFields f = CronFields.of(When.cron("0 9-17/4 * * mon-fri"));
 * f.hours();        // [9, 13, 17]
 * f.daysOfWeek();   // [1, 2, 3, 4, 5]   (0 is Sunday, as in cron; cron's 7 becomes 0)
 * }</pre>
 *
 * @param dayOfMonthRestricted the day-of-month field is not {@code *}
 * @param dayOfWeekRestricted  the day-of-week field is not {@code *}
 */
record CronFields(SortedSet<Integer> minutes, SortedSet<Integer> hours, SortedSet<Integer> daysOfMonth,
                  SortedSet<Integer> months, SortedSet<Integer> daysOfWeek, boolean dayOfMonthRestricted,
                  boolean dayOfWeekRestricted) {

    static CronFields of(When when) {
        FieldExpression dom = expression(when, CronFieldName.DAY_OF_MONTH);
        FieldExpression dow = expression(when, CronFieldName.DAY_OF_WEEK);
        SortedSet<Integer> weekdays = new TreeSet<>();
        for (int d : expand(dow, 0, 7)) {
            weekdays.add(d % 7);   // cron's 7 is Sunday too
        }
        return new CronFields(expand(expression(when, CronFieldName.MINUTE), 0, 59),
                expand(expression(when, CronFieldName.HOUR), 0, 23), expand(dom, 1, 31),
                expand(expression(when, CronFieldName.MONTH), 1, 12), Collections.unmodifiableSortedSet(weekdays),
                !(dom instanceof Always), !(dow instanceof Always));
    }

    /** Every month of the year is in the schedule. */
    boolean everyMonth() {
        return months.size() == 12;
    }

    /**
     * Refuses cron's special case: when both day fields are restricted, cron runs on the days that
     * match EITHER, and neither systemd's calendar nor the Task Scheduler can say "or" between the two.
     */
    void requireOneDayField(When when, ScheduleFormat format) {
        if (dayOfMonthRestricted && dayOfWeekRestricted) {
            throw new ScheduleException(when.option() + ": cron runs this when the day of the month OR the"
                    + " day of the week matches, which --format " + format.text() + " cannot express;"
                    + " restrict only one of the two (or schedule two jobs), or use --format cron");
        }
    }

    static FieldExpression expression(When when, CronFieldName name) {
        return when.cron().retrieve(name).getExpression();
    }

    /** The numbers an expression selects, within the field's range {@code min..max}. */
    static SortedSet<Integer> expand(FieldExpression e, int min, int max) {
        SortedSet<Integer> values = new TreeSet<>();
        switch (e) {
            case Always a -> range(values, min, max, 1);
            case On on -> values.add(number(on.getTime()));
            case Between b -> range(values, number(b.getFrom()), number(b.getTo()), 1);
            case Every every -> {
                SortedSet<Integer> base = every.getExpression() instanceof On start
                        ? range(new TreeSet<>(), number(start.getTime()), max, 1)
                        : expand(every.getExpression(), min, max);
                if (!base.isEmpty()) {
                    range(values, base.first(), base.last(), every.getPeriod().getValue());
                }
            }
            case And and -> and.getExpressions().forEach(x -> values.addAll(expand(x, min, max)));
            default -> throw new ScheduleException("unsupported cron field: " + e.asString());
        }
        return Collections.unmodifiableSortedSet(values);
    }

    private static SortedSet<Integer> range(SortedSet<Integer> into, int from, int to, int step) {
        for (int i = from; i <= to; i += step) {
            into.add(i);
        }
        return into;
    }

    private static int number(FieldValue<?> value) {
        if (value.getValue() instanceof Integer i) {
            return i;
        }
        throw new ScheduleException("unsupported cron value: " + value);
    }
}
