package dev.syncopate.schedule;

import com.cronutils.model.field.CronFieldName;
import com.cronutils.model.field.expression.Always;
import com.cronutils.model.field.expression.And;
import com.cronutils.model.field.expression.Between;
import com.cronutils.model.field.expression.Every;
import com.cronutils.model.field.expression.FieldExpression;
import com.cronutils.model.field.expression.On;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A {@link When} as a systemd calendar event (systemd.time(7)), {@code [Weekdays] *-Month-Day Hour:Minute:00}.
 * Field by field: {@code *} stays {@code *}, lists stay lists, {@code a-b} becomes {@code a..b}, and a
 * step {@code *}{@code /n} starts at the field's first value ({@code 00/n}, or {@code 01/n} for days and
 * months), which is what cron means by it. Weekdays become names, {@code Mon..Fri}.
 *
 * <pre>{@code
 * OnCalendar.of(When.daily("23:00"));                        // "*-*-* 23:00:00"
 * OnCalendar.of(When.cron("30 9-17/2 * * mon-fri"));         // "Mon..Fri *-*-* 09..17/2:30:00"
 * }</pre>
 */
final class OnCalendar {
    /** systemd's weekday names, in cron's numbering (0 is Sunday). */
    private static final List<String> WEEKDAYS = List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");
    /** systemd's week starts on Monday, and a range must not wrap: list Sunday last. */
    private static final List<Integer> MONDAY_FIRST = List.of(1, 2, 3, 4, 5, 6, 0);

    private OnCalendar() {
    }

    static String of(When when) {
        CronFields fields = CronFields.of(when);
        fields.requireOneDayField(when, ScheduleFormat.SYSTEMD);
        String weekdays = fields.dayOfWeekRestricted() ? weekdays(fields.daysOfWeek()) + " " : "";
        return weekdays + "*-" + field(when, CronFieldName.MONTH, 1) + "-" + field(when, CronFieldName.DAY_OF_MONTH, 1)
                + " " + field(when, CronFieldName.HOUR, 0) + ":" + field(when, CronFieldName.MINUTE, 0) + ":00";
    }

    private static String field(When when, CronFieldName name, int first) {
        return text(CronFields.expression(when, name), first);
    }

    private static String text(FieldExpression e, int first) {
        return switch (e) {
            case Always a -> "*";
            case On on -> two((Integer) on.getTime().getValue());
            case Between b -> two((Integer) b.getFrom().getValue()) + ".." + two((Integer) b.getTo().getValue());
            case Every every -> (every.getExpression() instanceof Always ? two(first) : text(every.getExpression(), first))
                    + "/" + every.getPeriod().getValue();
            case And and -> and.getExpressions().stream().map(x -> text(x, first)).collect(Collectors.joining(","));
            default -> throw new ScheduleException("unsupported cron field: " + e.asString());
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** {@code Mon..Fri}, {@code Mon,Thu}, {@code Sat,Sun}: runs of three or more days as ranges. */
    static String weekdays(SortedSet<Integer> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < MONDAY_FIRST.size()) {
            if (!days.contains(MONDAY_FIRST.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < MONDAY_FIRST.size() && days.contains(MONDAY_FIRST.get(j + 1))) {
                j++;
            }
            String from = WEEKDAYS.get(MONDAY_FIRST.get(i));
            String to = WEEKDAYS.get(MONDAY_FIRST.get(j));
            parts.add(j - i >= 2 ? from + ".." + to : j == i ? from : from + "," + to);
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
