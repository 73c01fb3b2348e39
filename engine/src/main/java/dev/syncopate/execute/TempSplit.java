package dev.syncopate.execute;

import dev.syncopate.scan.NameKey;
import dev.syncopate.plan.Action;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.NameKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A destination listing with the temporary files of interrupted runs taken out (they are never
 * extras, only cleaned up or resumed), and the one place that says which temp name a planned copy
 * into this directory writes to.
 *
 * <p>A temp is recognised by name, but a name the source directory also holds is user data, not
 * a temp: it is marched, copied and kept like any other file, and no copy writes to it.
 *
 * <pre>{@code
 * TempSplit d = TempSplit.of(destListing.entries(), srcListing.entries(), key);
 * planner.plan(dir, srcListing.entries(), d.entries());
 * String temp = d.tempName(copyAction);   // for CopyTask and, under /Z, for the cleaner to keep
 * }</pre>
 *
 * @param entries the destination entries that are not temps
 * @param temps   the destination's temps: stale, or partial files for {@code /Z} to resume
 * @param taken   the keys of the temp-like names that hold user data here (in the source, or not temps)
 * @param key     how names are compared in this pair of directories
 */
public record TempSplit(List<Entry> entries, List<Entry> temps, Set<String> taken, NameKey key) {

    public static TempSplit of(List<Entry> destination, List<Entry> source, NameKey key) {
        // Only names that start like a temp can be one or collide with one; keeping just those
        // leaves the set empty in all but odd directories, and spares a lookup per name.
        Set<String> taken = new HashSet<>(0);
        for (Entry e : source) {
            if (startsLikeTemp(e.name())) {
                taken.add(key.of(e.name()));
            }
        }
        List<Entry> temps = List.of();
        List<Entry> rest = destination;   // copied only once a temp turns up
        for (int i = 0; i < destination.size(); i++) {
            Entry e = destination.get(i);
            if (TempNames.isTemp(e.name()) && !taken.contains(key.of(e.name()))) {
                if (temps.isEmpty()) {
                    temps = new ArrayList<>();
                    rest = new ArrayList<>(destination.subList(0, i));
                }
                temps.add(e);
                continue;
            }
            if (startsLikeTemp(e.name())) {
                // On a case-insensitive destination a name differing from a temp name only in case
                // is the same file: an extra, which no copy may write over.
                taken.add(key.of(e.name()));
            }
            if (rest != destination) {
                rest.add(e);
            }
        }
        return new TempSplit(rest, temps, taken, key);
    }

    private static boolean startsLikeTemp(String name) {
        return name.regionMatches(true, 0, TempNames.PREFIX, 0, TempNames.PREFIX.length());
    }

    /** True when this listing holds a temp named {@code tempName}: a partial file {@code /Z} may resume. */
    public boolean listed(String tempName) {
        for (Entry t : temps) {
            if (t.name().equals(tempName)) {
                return true;
            }
        }
        return false;
    }

    /** The temp name {@code c} writes to: the plain one unless that name holds user data here. */
    public String tempName(Action.CopyFile c) {
        String target = c.target() != null ? c.target().name() : c.source().name();   // as FileViews.target names it
        return TempNames.name(target, c.source().size(), c.source().mtime(), n -> taken.contains(key.of(n)));
    }
}
