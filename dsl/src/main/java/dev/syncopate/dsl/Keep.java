package dev.syncopate.dsl;

import dev.syncopate.retention.Retention;
import dev.syncopate.retention.RetentionResult;
import dev.syncopate.retention.TimestampedFolders;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code keep last: n, in: dir} and {@code keep days: n, in: dir}: deletes the oldest folders in
 * {@code dir} whose names are timestamps of the script's pattern (its first {@code timestamp()}, or
 * {@code pattern:}), and nothing else. Prints what it removes; under {@code --dry-run} what it would.
 *
 * <pre>{@code
 * keep last: 14, in: '/mnt/nas/docs'
 * keep days: 30, in: '/mnt/nas/docs', pattern: 'yyyy-MM-dd'
 * }</pre>
 */
final class Keep {
    private static final List<String> KEYS = List.of("last", "days", "in", "pattern");

    private Keep() {
    }

    static void run(ScriptContext context, Map<?, ?> args) {
        for (Object key : args.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                String hint = ScriptErrors.hint(String.valueOf(key), KEYS).replace("'?)", ":'?)");
                throw error(context, "unknown option '" + key + ":' for 'keep'" + hint);
            }
        }
        if (args.get("in") == null) {
            throw error(context, "keep needs 'in:' (the folder that holds the timestamped folders)");
        }
        Path in = value(context, "keep in:", () -> Arguments.localPath(args.get("in")));
        Integer last = !args.containsKey("last") ? null : value(context, "keep last:",
                () -> Arguments.intCount(args.get("last"), 1, Integer.MAX_VALUE, "folders"));
        Integer days = !args.containsKey("days") ? null : value(context, "keep days:",
                () -> Arguments.intCount(days(args.get("days")), 0, Integer.MAX_VALUE, "days"));
        if (last == null && days == null) {
            throw error(context, "keep needs 'last:' (how many folders) or 'days:' (how old), or both");
        }
        String pattern = args.containsKey("pattern") ? String.valueOf(args.get("pattern")) : context.pattern();
        value(context, "keep pattern:", () -> new TimestampedFolders(pattern));
        if (context.checking()) {
            return;
        }
        if (context.settings().stop().stopped()) {
            // The newest folder may be incomplete: removing old ones now could leave no full backup.
            context.warn("keep: nothing removed from " + in + " (" + context.settings().stop().reason() + ")");
            return;
        }
        if (last != null && context.settings().dryRun()) {
            // The folders this run would have made count as the newest: keep that many fewer of the rest.
            last = Math.max(1, last - context.wouldCreateIn(in));
        }
        try {
            RetentionResult r = Retention.apply(Retention.plan(in, pattern, last, days,
                    context.settings().clock().instant(), context.zone()), context.settings().dryRun());
            r.lines().forEach(context.out()::println);
            context.logged(r.lines());   // an alert's log tail says what was (or would be) removed
            if (!r.ok()) {
                context.add(8);
            }
        } catch (IOException e) {
            context.problem(ScriptLines.at(context.file(), ScriptLines.caller(context.file()))
                    + ": keep: cannot list " + in + ": " + e.getMessage(), e);
            context.add(8);
        }
    }

    /** {@code days: 30} or {@code days: 30.days}. */
    private static Object days(Object v) {
        return v instanceof Duration d && !d.isNegative() ? d.toDays() : v;
    }

    private static <T> T value(ScriptContext context, String setting, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw error(context, "invalid value for '" + setting + "' (" + e.getMessage() + ")");
        }
    }

    private static SettingError error(ScriptContext context, String message) {
        return new SettingError(ScriptLines.at(context.file(), ScriptLines.caller(context.file())) + ": " + message);
    }
}
