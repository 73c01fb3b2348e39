package dev.syncopate.dsl;

import dev.syncopate.retention.Retention;
import dev.syncopate.retention.RetentionResult;
import dev.syncopate.retention.Snapshots;
import dev.syncopate.retention.TimestampedFolders;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code snapshot into: dir, keep: n} for one block: the destination {@code dir/<timestamp>}, the earlier
 * snapshot its unchanged files are hard-linked to, and the retention that follows the copy.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.plan(context, Path.of("/mnt/nas/snap"), 7, false);   // destination .../20261108_230000
 * ... run the block into s.destination() with linkDest s.previous() ...
 * int bits = s.retain(context, exitCode, false, console);
 * }</pre>
 *
 * @param into        the folder holding the snapshots
 * @param pattern     the script's timestamp pattern, which names the snapshot folders
 * @param destination this run's snapshot folder
 * @param previous    the newest earlier snapshot, or null for the first (a full copy)
 * @param keep        how many snapshots to keep, or null to keep all
 */
record Snapshot(Path into, String pattern, Path destination, Path previous, Integer keep) {

    /**
     * Chooses this run's folder and the earlier snapshot to link to.
     *
     * @throws IllegalArgumentException when the script's timestamp pattern cannot name folders
     * @throws IOException              when {@code into} exists but cannot be listed
     */
    static Snapshot plan(ScriptContext context, Path into, Integer keep) throws IOException {
        String pattern = context.pattern();
        new TimestampedFolders(pattern);   // a pattern without a date cannot order snapshots
        String name = context.timestamp(pattern);
        Path previous = Snapshots.newestBefore(into, pattern, name);
        return new Snapshot(into, pattern, into.resolve(name), previous, keep);
    }

    /**
     * Keeps the newest {@link #keep} snapshots after the copy; returns exit bit 8 when a folder could not
     * be removed. Nothing is removed after a failed copy (code 8 or more): the new snapshot may be
     * incomplete, and the older ones are what a restore would need.
     */
    int retain(ScriptContext context, int code, boolean dryRun, PrintStream log) {
        if (keep == null) {
            return 0;
        }
        if (code >= 8) {
            context.warn("snapshot " + destination + " did not complete (exit code " + code
                    + "); older snapshots are all kept");
            return 0;
        }
        // A dry run made no new folder; count it as if it had, so the listing matches the real run.
        int last = dryRun && !Files.isDirectory(destination) && keep > 1 ? keep - 1 : keep;
        try {
            RetentionResult r = Retention.apply(Retention.plan(into, pattern, last, null,
                    context.settings().clock().instant(), context.zone()), dryRun);
            r.lines().forEach(log::println);
            return r.ok() ? 0 : 8;
        } catch (IOException e) {
            context.warn("cannot list the snapshots in " + into + ": " + e.getMessage());
            return 8;
        }
    }
}
