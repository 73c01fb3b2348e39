package dev.syncopate.march;

import dev.syncopate.scan.Entry;

import java.util.List;

/**
 * Merge-joins two listings sorted by the same {@link NameKey}, calling the handler once per name
 * in key order.
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
        String lastSource = null, lastDest = null;
        while (i < source.size() || j < destination.size()) {
            Entry s = i < source.size() ? source.get(i) : null;
            Entry d = j < destination.size() ? destination.get(j) : null;
            String ks = s == null ? null : key.of(s.name());
            String kd = d == null ? null : key.of(d.name());
            if (s != null && ks.equals(lastSource)) {
                handler.duplicate(s, true);
                i++;
                continue;
            }
            if (d != null && kd.equals(lastDest)) {
                handler.duplicate(d, false);
                j++;
                continue;
            }
            int c = s == null ? 1 : d == null ? -1 : ks.compareTo(kd);
            if (c < 0) {
                handler.sourceOnly(s);
                lastSource = ks;
                i++;
            } else if (c > 0) {
                handler.destinationOnly(d);
                lastDest = kd;
                j++;
            } else {
                handler.both(s, d);
                lastSource = ks;
                lastDest = kd;
                i++;
                j++;
            }
        }
    }
}
