package dev.syncopate.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.field.CronField;
import com.cronutils.model.field.expression.And;
import com.cronutils.model.field.expression.Every;
import com.cronutils.model.field.expression.FieldExpression;
import com.cronutils.model.field.expression.On;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.syncopate.settings.DidYouMean;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a job runs: one cron-utils {@link Cron} (UNIX, five fields) whichever option gave it, so the
 * crontab line, systemd's {@code OnCalendar=} and the Task Scheduler's triggers are all made from the
 * same fields and cannot disagree.
 *
 * <pre>{@code
 * When w = When.weekly("mon,thu", "23:00");
 * w.cronText();      // "0 23 * * 1,4"
 * w.description();   // "weekly on Monday, Thursday at 23:00"
 * w.option();        // "--weekly mon,thu 23:00": how error messages name it
 * When.cron("0 9-17 * * mon-fri").cronText();   // "0 9-17 * * 1-5"
 * }</pre>
 *
 * @param cron        the parsed, validated expression
 * @param option      the option as typed, e.g. {@code --daily 23:00}
 * @param description for people, e.g. {@code daily at 23:00}
 */
public record When(Cron cron, String option, String description) {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    /** The cron-utils prefix that every parse error repeats; the option already says what was parsed. */
    private static final String PARSE_PREFIX = "Failed to parse cron expression. ";
    /** A fixed start for "does it ever run?", so the answer never depends on today's date. */
    private static final ZonedDateTime EPOCH = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The expression as cron reads it, day and month names as numbers: {@code 0 23 * * 1,4}. */
    public String cronText() {
        return cron.asString();
    }

    /**
     * The one schedule given among {@code --daily}, {@code --weekly DAY HH:MM}, {@code --hourly} and
     * {@code --cron} (null or false for those not given).
     */
    public static When fromOptions(String daily, List<String> weekly, boolean hourly, String cron) {
        List<String> given = new ArrayList<>();
        if (daily != null) {
            given.add("--daily");
        }
        if (weekly != null) {
            given.add("--weekly");
        }
        if (hourly) {
            given.add("--hourly");
        }
        if (cron != null) {
            given.add("--cron");
        }
        if (given.isEmpty()) {
            throw new ScheduleException("no schedule given: add --daily HH:MM, --weekly DAY HH:MM, --hourly"
                    + " or --cron 'EXPR'");
        }
        if (given.size() > 1 || (weekly != null && weekly.size() != 2)) {
            throw new ScheduleException("give one schedule, not "
                    + (given.size() > 1 ? String.join(" and ", given) : "--weekly twice"));
        }
        if (daily != null) {
            return daily(daily);
        }
        if (weekly != null) {
            return weekly(weekly.get(0), weekly.get(1));
        }
        return hourly ? hourly() : cron(cron);
    }

    /** {@code --daily HH:MM}. */
    public static When daily(String time) {
        String option = "--daily " + time;
        LocalTime t = time(option, time);
        return parse(option, t.getMinute() + " " + t.getHour() + " * * *", "daily at " + t);
    }

    /** {@code --weekly DAY HH:MM}; DAY is mon..sun or monday..sunday, or a list such as {@code mon,thu}. */
    public static When weekly(String days, String time) {
        String option = "--weekly " + days + " " + time;
        Set<DayOfWeek> set = days(option, days);
        LocalTime t = time(option, time);
        String numbers = set.stream().map(d -> Integer.toString(d.getValue() % 7)).collect(Collectors.joining(","));
        String names = set.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        return parse(option, t.getMinute() + " " + t.getHour() + " * * " + numbers, "weekly on " + names + " at " + t);
    }

    /** {@code --hourly}: at minute 0 of every hour. */
    public static When hourly() {
        return parse("--hourly", "0 * * * *", "hourly, on the hour");
    }

    /** {@code --cron 'EXPR'}: five UNIX cron fields, validated by cron-utils and by cron's own stricter rules. */
    public static When cron(String expression) {
        String text = expression.strip().replaceAll("\\s+", " ");
        String option = "--cron '" + expression + "'";
        When when = parse(option, text, "cron '" + text + "'");
        for (CronField field : when.cron.retrieveFieldsAsMap().values()) {
            rejectStepAfterOneValue(option, field);
        }
        if (ExecutionTime.forCron(when.cron).nextExecution(EPOCH).isEmpty()) {
            throw new ScheduleException(option + ": never runs (no date matches it)");
        }
        return when;
    }

    private static When parse(String option, String text, String description) {
        try {
            Cron cron = UNIX.parse(text);
            cron.validate();
            return new When(cron, option, description);
        } catch (IllegalArgumentException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.startsWith(PARSE_PREFIX)) {
                reason = reason.substring(PARSE_PREFIX.length());
            }
            throw new ScheduleException(option + ": " + reason);
        }
    }

    /**
     * cron-utils reads {@code 5/15} as "from 5 every 15"; Debian's cron refuses the line, so a crontab
     * install would fail. Refused here with the spelling both accept.
     */
    private static void rejectStepAfterOneValue(String option, CronField field) {
        List<FieldExpression> parts = new ArrayList<>();
        if (field.getExpression() instanceof And and) {
            parts.addAll(and.getExpressions());
        } else {
            parts.add(field.getExpression());
        }
        for (FieldExpression part : parts) {
            if (part instanceof Every every && every.getExpression() instanceof On start) {
                int last = field.getConstraints().getEndRange();
                String typed = start.getTime().getValue() + "/" + every.getPeriod().getValue();
                String fix = start.getTime().getValue() + "-" + last + "/" + every.getPeriod().getValue();
                throw new ScheduleException(option + ": cron does not accept " + typed + "; write " + fix);
            }
        }
    }

    private static LocalTime time(String option, String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new ScheduleException(option + ": expected a time as HH:MM, e.g. 23:00");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23) {
            throw new ScheduleException(option + ": the hour must be 0-23");
        }
        if (minute > 59) {
            throw new ScheduleException(option + ": the minute must be 0-59");
        }
        return LocalTime.of(hour, minute);
    }

    private static Set<DayOfWeek> days(String option, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);   // Monday first, each day once
        for (String word : text.split(",", -1)) {
            days.add(day(option, word.strip().toLowerCase(Locale.ROOT)));
        }
        return days;
    }

    private static DayOfWeek day(String option, String word) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || word.equals(full.substring(0, 3))) {
                return d;
            }
            names.add(full);
        }
        String hint = DidYouMean.closest(word, names).map(n -> " (did you mean '" + n + "'?)")
                .orElse(" (use mon..sun or monday..sunday, or a list such as mon,thu)");
        throw new ScheduleException(option + ": unknown day '" + word + "'" + hint);
    }
}
