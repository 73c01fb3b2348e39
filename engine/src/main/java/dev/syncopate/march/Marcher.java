package dev.syncopate.march;

import dev.syncopate.scan.Entry;
import dev.syncopate.scan.NameKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Merge-joins two listings sorted by the same {@link NameKey} (twins by name), calling the handler
 * once per entry in key order.
 *
 * <p>Entries of one key on either side ("twins": names that differ only in case or Unicode form)
 * are paired by exact name first, so a destination that keeps both spellings mirrors both. If no
 * exact name pairs, the first of each side joins (the usual case: {@code café} written one way in
 * the source, the other way in the destination). With no source entry at all, every destination
 * twin is extra. Every other twin goes to {@link MarchHandler#duplicate}: the choice of which one
 * takes part is deterministic, never the order readdir happened to return.
 *
 * <pre>{@code
 * new Marcher(key).march(sourceListing.entries(), destListing.entries(), handler);
 * }</pre>
 */
public final class Marcher {
    private final NameKey key;

    public Marcher(NameKey key) {
        this.key = key;
    }

    public void march(List<Entry> source, List<Entry> destination, MarchHandler handler) {
        int i = 0, j = 0;
        while (i < source.size() || j < destination.size()) {
            String ks = i < source.size() ? key.of(source.get(i).name()) : null;
            String kd = j < destination.size() ? key.of(destination.get(j).name()) : null;
            String k = ks == null ? kd : kd == null || ks.compareTo(kd) <= 0 ? ks : kd;
            int si = i, dj = j;
            i = end(source, i, k);
            j = end(destination, j, k);
            if (i - si == 1 && j - dj <= 1) {
                // The usual case: one name, at most one counterpart.
                if (j == dj) {
                    handler.sourceOnly(source.get(si));
                } else {
                    handler.both(source.get(si), destination.get(dj));
                }
            } else if (i == si) {
                destination.subList(dj, j).forEach(handler::destinationOnly);
            } else {
                twins(source.subList(si, i), destination.subList(dj, j), handler);
            }
        }
    }

    /** The index after the run of entries from {@code from} whose key is {@code k}. */
    private int end(List<Entry> entries, int from, String k) {
        int n = from;
        while (n < entries.size() && key.of(entries.get(n).name()).equals(k)) {
            n++;
        }
        return n;
    }

    /** One key with several entries on a side; {@code source} is not empty. */
    private static void twins(List<Entry> source, List<Entry> destination, MarchHandler handler) {
        boolean[] paired = new boolean[destination.size()];
        List<Entry> unpaired = new ArrayList<>();
        Entry keptSource = null, keptDest = null;
        for (Entry s : source) {
            int d = indexOfName(destination, paired, s.name());
            if (d < 0) {
                unpaired.add(s);
            } else {
                paired[d] = true;
                handler.both(s, destination.get(d));
                keptSource = keptSource == null ? s : keptSource;
                keptDest = keptDest == null ? destination.get(d) : keptDest;
            }
        }
        if (keptSource == null) {
            keptSource = unpaired.removeFirst();
            int d = indexOfName(destination, paired, null);
            if (d < 0) {
                handler.sourceOnly(keptSource);
            } else {
                paired[d] = true;
                keptDest = destination.get(d);
                handler.both(keptSource, keptDest);
            }
        }
        for (Entry s : unpaired) {
            handler.duplicate(s, keptSource, true);
        }
        for (int d = 0; d < destination.size(); d++) {
            if (!paired[d]) {
                handler.duplicate(destination.get(d), keptDest, false);
            }
        }
    }

    /** The first destination entry not yet paired with this exact name (any name when null), or -1. */
    private static int indexOfName(List<Entry> destination, boolean[] paired, String name) {
        for (int d = 0; d < destination.size(); d++) {
            if (!paired[d] && (name == null || destination.get(d).name().equals(name))) {
                return d;
            }
        }
        return -1;
    }
}
