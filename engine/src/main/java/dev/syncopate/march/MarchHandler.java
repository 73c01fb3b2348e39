package dev.syncopate.march;

import dev.syncopate.scan.Entry;

/**
 * The things a merge-join can find, as in rclone's march: the walk knows nothing about copying,
 * and sync, list-only or check are different implementations of these callbacks.
 *
 * <pre>{@code
 * marcher.march(src, dst, new MarchHandler() {
 *     public void sourceOnly(Entry s) { copy(s); }
 *     public void destinationOnly(Entry d) { reportExtra(d); }
 *     public void both(Entry s, Entry d) { compare(s, d); }
 *     public void duplicate(Entry e, Entry twin, boolean sourceSide) { reportError(e, twin); }
 * });
 * }</pre>
 */
public interface MarchHandler {
    void sourceOnly(Entry source);

    void destinationOnly(Entry destination);

    void both(Entry source, Entry destination);

    /**
     * A name on one side that shares its key with another there, its {@code twin} (names that
     * differ only in case or Unicode form), and that the march could not pair: the twin was
     * handed over as source-only or both, this one not. No default: dropping a source entry
     * silently is the very mistake this call exists to prevent.
     *
     * @param entry      the entry left out
     * @param twin       the entry on the same side that took part in its place
     * @param sourceSide true for a source entry (it is not copied), false for a destination one
     *                   (it must never be purged: deleting it could hit its twin)
     */
    void duplicate(Entry entry, Entry twin, boolean sourceSide);
}
