package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.summary.ExitCode;

import java.util.ArrayList;
import java.util.List;

/**
 * What happens after the last copy: purges held back by {@code /MAXDEL} (which must know the total
 * before the first delete), directory times ({@code /DCOPY:T}, set last because creating entries
 * changes them), and emptied source directories under {@code /MOVE}, deepest first.
 *
 * <pre>{@code
 * finishing.deferPurges(dir, purges);      // during the walk
 * finishing.finish().forEach(sink::accept); // at the end
 * }</pre>
 */
final class Finishing {
    private record Deferred(DirectoryContext dir, List<Action.Purge> purges) {
    }

    private final SyncOptions options;
    private final Operations ops;
    private final List<Deferred> deferred = new ArrayList<>();
    private final List<DirTask> doneDirs = new ArrayList<>();
    private int extraBits;

    Finishing(SyncOptions options, Operations ops) {
        this.options = options;
        this.ops = ops;
    }

    int extraBits() {
        return extraBits;
    }

    void deferPurges(DirectoryContext dir, List<Action.Purge> purges) {
        deferred.add(new Deferred(dir, purges));
    }

    /** Remembers a walked directory when its times or its source removal are due at the end. */
    void directoryDone(DirTask task) {
        if (options.listOnly()) {
            return;
        }
        if (options.copying().dirs().times() || options.scope().moveDirs()) {
            // Only where it is and its source entry: the task itself may still hold both listings,
            // and keeping those for every directory would make memory grow with the tree.
            doneDirs.add(DirTask.of(task.context(), task.status(), DirTask.KeyChain.EMPTY, task.source()));
        }
    }

    List<SyncEvent> finish() {
        List<SyncEvent> events = new ArrayList<>();
        if (!deferred.isEmpty() && !ops.stop().stopped()) {
            // Hooks first: what beforeDelete keeps is not a delete and does not count.
            PurgeStep step = new PurgeStep(ops);
            List<Deferred> approved = new ArrayList<>();
            long files = 0;
            long dirs = 0;
            long inside = 0;
            boolean uncounted = false;
            for (Deferred d : deferred) {
                List<Action.Purge> ok = step.approve(d.dir(), d.purges(), events);
                approved.add(new Deferred(d.dir(), ok));
                for (Action.Purge p : ok) {
                    if (!p.target().isDirectory()) {
                        files++;
                        continue;
                    }
                    dirs++;
                    long below = ops.entriesInside(d.dir(), p);
                    uncounted |= below < 0;
                    inside += Math.max(0, below);
                }
            }
            MaxDelete limit = new MaxDelete(options.maxDelete(), files, dirs, inside, uncounted);
            if (limit.exceeded()) {
                // Delete nothing at all: a run that wants to delete this much is more likely a
                // missing source than a real change.
                events.add(new SyncEvent.Notice(limit.message()));
                extraBits |= ExitCode.FAILURES;
            } else {
                for (Deferred d : approved) {
                    step.delete(d.dir(), d.purges(), events);
                }
            }
        }
        for (int i = doneDirs.size() - 1; i >= 0; i--) {
            DirTask t = doneDirs.get(i);
            if (options.copying().dirs().times()) {
                events.addAll(ops.copyDirectoryTimes(t));
            }
        }
        if (options.scope().moveDirs()) {
            for (int i = doneDirs.size() - 1; i >= 0; i--) {
                events.addAll(ops.removeSourceDirectory(doneDirs.get(i).context()));
            }
        }
        return events;
    }
}
