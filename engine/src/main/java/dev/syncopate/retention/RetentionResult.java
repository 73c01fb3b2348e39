package dev.syncopate.retention;

import java.io.IOException;
import java.util.List;

/**
 * What {@link Retention#apply} did: one log line per folder, in the plan's order, and the
 * failures, so that a folder that could not be deleted is reported (exit bit 8 in the DSL) without
 * hiding the ones that were.
 *
 * <pre>{@code
 * RetentionResult r = Retention.apply(plan, false);
 * r.lines().forEach(log::println);   // "Removed old folder /mnt/nas/docs/20261101_230000"
 * if (!r.ok()) { ... r.failures().getFirst() ... }
 * }</pre>
 *
 * @param lines    one line per folder: {@code Removed old folder ...}, {@code Would remove old folder ...}
 *                 or {@code Could not remove old folder ...: reason}
 * @param failures the exceptions of the folders that could not be (completely) deleted, in order
 */
public record RetentionResult(List<String> lines, List<IOException> failures) {
    public RetentionResult {
        lines = List.copyOf(lines);
        failures = List.copyOf(failures);
    }

    /** True when every folder of the plan was removed (or, in a dry run, would have been). */
    public boolean ok() {
        return failures.isEmpty();
    }
}
