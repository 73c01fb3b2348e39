package dev.syncopate.sync;

import dev.syncopate.execute.TempNames;
import dev.syncopate.scan.Entry;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing with the temporary files of interrupted runs taken out: they are never extras and
 * never copied, only cleaned up or resumed.
 *
 * <pre>{@code
 * TempSplit d = TempSplit.of(destListing.entries());
 * planner.plan(dir, src, d.entries());
 * }</pre>
 */
record TempSplit(List<Entry> entries, List<Entry> temps) {

    static TempSplit of(List<Entry> all) {
        List<Entry> temps = null;
        for (Entry e : all) {
            if (TempNames.isTemp(e.name())) {
                temps = temps == null ? new ArrayList<>() : temps;
                temps.add(e);
            }
        }
        if (temps == null) {
            return new TempSplit(all, List.of());
        }
        List<Entry> rest = new ArrayList<>(all.size());
        for (Entry e : all) {
            if (!TempNames.isTemp(e.name())) {
                rest.add(e);
            }
        }
        return new TempSplit(rest, temps);
    }
}
