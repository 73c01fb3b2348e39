package dev.syncopate.retention;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.execute.Purger;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Retention of timestamped folders ({@code keep last: 14, in: '/mnt/nas/docs'}, {@code keep days: 30}):
 * deletes the oldest folders whose names are timestamps of the script's pattern, and nothing else.
 *
 * <pre>{@code
 * RetentionPlan plan = Retention.plan(Path.of("/mnt/nas/docs"), "yyyyMMdd_HHmmss", 14, null,
 *         clock.instant(), clock.getZone());
 * RetentionResult done = Retention.apply(plan, dryRun);
 * done.lines().forEach(log::println);   // "Removed old folder /mnt/nas/docs/20261101_230000"
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 * <li>{@code keepLast n} keeps the newest n folders (n &ge; 1).</li>
 * <li>{@code keepDays d} keeps the folders whose timestamp is at most d days before {@code now}
 *     (d &ge; 0), counted in calendar days of {@code zone}: the same wall-clock time d days ago is
 *     the boundary, and is kept, whatever daylight saving did in between. Folders dated in the
 *     future (a clock that was wrong) are kept.</li>
 * <li>Both given: a folder is kept when either rule keeps it, i.e. the safer of the two. "The
 *     last 14, and anything from the last 30 days" never deletes more than either rule alone.</li>
 * <li>The newest folder is never removed, whatever the rules say. When backups have silently
 *     stopped for longer than {@code keepDays}, the age rule alone would delete the last backup
 *     there is; a retention mistake must never leave zero backups.</li>
 * </ul>
 * The order is the time in the name, not the folder's mtime, which copying or touching changes.
 */
public final class Retention {
    private Retention() {
    }

    /**
     * Decides what to keep and remove in {@code parent}. Reads the directory, changes nothing.
     *
     * @param pattern  the {@link java.time.format.DateTimeFormatter} pattern the folders are named with
     * @param keepLast keep the newest this many, or null
     * @param keepDays keep those from the last this many days, or null
     * @param now      the current instant (injected, so tests use a fixed clock)
     * @param zone     the zone the folder names' local times are in
     * @throws IllegalArgumentException when neither rule is given, {@code keepLast < 1},
     *                                  {@code keepDays < 0}, or the pattern cannot name folders
     * @throws IOException              when {@code parent} cannot be listed (a missing one has no folders)
     */
    public static RetentionPlan plan(Path parent, String pattern, Integer keepLast, Integer keepDays,
                                     Instant now, ZoneId zone) throws IOException {
        Objects.requireNonNull(parent, "parent");
        validate(keepLast, keepDays);
        // Validate everything before the disk is touched: a bad pattern is a script error, not an I/O one.
        TimestampedFolders folders = new TimestampedFolders(pattern);
        return plan(folders.list(parent), keepLast, keepDays, now, zone);
    }

    /** The decision alone, for folders already listed oldest first. */
    static RetentionPlan plan(List<TimestampedFolder> oldestFirst, Integer keepLast, Integer keepDays,
                              Instant now, ZoneId zone) {
        validate(keepLast, keepDays);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        LocalDateTime cutoff = keepDays == null ? null : now.atZone(zone).minusDays(keepDays).toLocalDateTime();
        int count = oldestFirst.size();
        List<Path> keep = new ArrayList<>();
        List<Path> remove = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TimestampedFolder f = oldestFirst.get(i);
            boolean newest = i == count - 1;
            boolean byCount = keepLast != null && i >= count - keepLast;
            boolean byAge = cutoff != null && !f.time().isBefore(cutoff);
            (newest || byCount || byAge ? keep : remove).add(f.path());
        }
        return new RetentionPlan(keep, remove);
    }

    /**
     * Deletes the plan's {@code remove} folders (whole trees; links inside are removed, never
     * followed), or only says what it would do when {@code dryRun}. A folder that cannot be deleted
     * does not stop the others: its failure is returned, with a line, for the caller to report.
     *
     * @return one line per folder to remove, in the plan's order, and the failures
     */
    public static RetentionResult apply(RetentionPlan plan, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        List<IOException> failures = new ArrayList<>();
        for (Path folder : plan.remove()) {
            if (dryRun) {
                lines.add("Would remove old folder " + folder);
                continue;
            }
            try {
                Purger.delete(folder);
                lines.add("Removed old folder " + folder);
            } catch (IOException e) {
                failures.add(e);
                lines.add("Could not remove old folder " + folder + ": " + reason(folder, e));
            }
        }
        return new RetentionResult(lines, failures);
    }

    private static void validate(Integer keepLast, Integer keepDays) {
        if (keepLast == null && keepDays == null) {
            throw new IllegalArgumentException("keep needs 'last:' (how many folders) or 'days:' (how old), or both");
        }
        if (keepLast != null && keepLast < 1) {
            throw new IllegalArgumentException("keep last: must be at least 1 (the newest folder is always kept), not "
                    + keepLast);
        }
        if (keepDays != null && keepDays < 0) {
            throw new IllegalArgumentException("keep days: must be 0 or more, not " + keepDays);
        }
    }

    /** Robocopy's wording for the cause, plus the entry inside the folder that refused, if it was not the folder. */
    private static String reason(Path folder, IOException e) {
        String why = ErrorCodes.of(e, true).message();
        if (e instanceof FileSystemException f && f.getFile() != null && !f.getFile().equals(folder.toString())) {
            why += " (" + f.getFile() + ")";
        }
        return why;
    }
}
