package dev.syncopate.march;

import dev.syncopate.scan.Entry;

/**
 * The three things a merge-join can find, as in rclone's march: the walk knows nothing about
 * copying, and sync, list-only or check are different implementations of these callbacks.
 *
 * <pre>{@code
 * marcher.march(src, dst, new MarchHandler() {
 *     public void sourceOnly(Entry s) { copy(s); }
 *     public void destinationOnly(Entry d) { reportExtra(d); }
 *     public void both(Entry s, Entry d) { compare(s, d); }
 * });
 * }</pre>
 */
public interface MarchHandler {
    void sourceOnly(Entry source);

    void destinationOnly(Entry destination);

    void both(Entry source, Entry destination);

    /**
     * A second name on one side with the same key as the one before it (names that differ only in
     * case or Unicode form). It is left alone: copying it would overwrite its twin.
     */
    default void duplicate(Entry entry, boolean sourceSide) {
    }
}
