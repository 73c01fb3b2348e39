package dev.syncopate.plan;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.scan.Entry;

/**
 * What the run will do with one name of a directory. The planner makes these without I/O; the
 * execute stage carries them out.
 *
 * <pre>{@code
 * switch (action) {
 *     case Action.CopyFile c -> pool.submit(() -> copier.copy(c));
 *     case Action.Descend d -> stack.push(d);
 *     case Action.Purge p -> purges.add(p);
 *     case Action.Skip s -> log(s);
 *     case Action.Report r -> log(r);
 *     case Action.Duplicate d -> logError(d);
 * }
 * }</pre>
 */
public sealed interface Action {
    /** The path relative to the job root, {@code /}-separated. */
    String path();

    /**
     * Copy a file (or, for a link under /SL, recreate the link).
     *
     * @param checkContent /CHECKSUM on a file that looks the same: copy only if the content differs
     */
    record CopyFile(String path, Entry source, Entry target, FileClass kind, boolean checkContent) implements Action {
    }

    /** Walk into a source directory; {@code target} is null when the destination lacks it. */
    record Descend(String path, Entry source, Entry target) implements Action {
    }

    /** Delete an extra file or directory tree, after the copies of its directory. */
    record Purge(String path, Entry target) implements Action {
    }

    /**
     * Leave a source file or directory alone and say why (SKIPPED, EXCLUDED, VETOED, or FAILED
     * when a hook threw).
     *
     * @param target the destination entry it was joined to, or null: its line and {@code onError}
     *               name the destination's own spelling
     */
    record Skip(String path, Entry source, Entry target, FileClass kind, Disposition disposition, String reason)
            implements Action {

        /** A skip of a source entry with no destination counterpart. */
        public Skip(String path, Entry source, FileClass kind, Disposition disposition, String reason) {
            this(path, source, null, kind, disposition, reason);
        }
    }

    /** Report an extra that stays, or a mismatch; {@code entry} is the side that exists. */
    record Report(String path, Entry entry, FileClass kind, boolean destinationSide) implements Action {
    }

    /**
     * A name the march could not pair because another on its side shares its key (they differ only
     * in case or Unicode form): a source entry that is not copied, or a destination entry that is
     * never purged. Either way an error (exit bit 8), never a silent skip.
     *
     * @param twin the entry of the same side that took part in its place
     */
    record Duplicate(String path, Entry entry, Entry twin, boolean sourceSide) implements Action {
    }
}
