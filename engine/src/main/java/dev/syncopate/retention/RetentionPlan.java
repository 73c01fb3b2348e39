package dev.syncopate.retention;

import java.nio.file.Path;
import java.util.List;

/**
 * What a retention rule decided for one parent folder: which timestamp folders stay and which go.
 * Made by {@link Retention#plan}, carried out by {@link Retention#apply}; in between it can be
 * shown, logged or checked. Folders whose names are not timestamps appear in neither list.
 *
 * <pre>{@code
 * RetentionPlan plan = Retention.plan(Path.of("/mnt/nas/docs"), "yyyyMMdd_HHmmss", 14, null, now, zone);
 * plan.remove();   // [/mnt/nas/docs/20261101_230000, ...], oldest first
 * }</pre>
 *
 * @param keep   the folders that stay, oldest first
 * @param remove the folders to delete, oldest first
 */
public record RetentionPlan(List<Path> keep, List<Path> remove) {
    public RetentionPlan {
        keep = List.copyOf(keep);
        remove = List.copyOf(remove);
    }
}
