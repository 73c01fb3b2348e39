package dev.syncopate.execute;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.util.List;

/**
 * {@code /L}: lists what the run would do and changes nothing. Directories and copies get the
 * lines they would have had; purges, temp clean-up and everything left for the end
 * ({@code /DCOPY:T}, {@code /MOVE}, the {@code /VERIFY} line) do nothing. What sits outside this
 * wrapper still runs, because it changes nothing either and makes the listing truthful: the
 * {@code /CHECKSUM} compare, the {@code beforeDelete} hook and the {@code /MAXDEL} count.
 *
 * <pre>{@code
 * Executor e = new DryRun(base);
 * e.copy(job);              // [FileLine NEWER COPIED], no bytes written
 * e.purge(dir, extras);     // []: the *EXTRA lines were written by the walk
 * }</pre>
 */
final class DryRun extends ForwardingExecutor {

    DryRun(Executor inner) {
        super(inner);
    }

    @Override
    public List<SyncEvent> makeDir(DirectoryContext dir, long files) {
        return List.of(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.NEW, files));
    }

    @Override
    public void clearTemps(DirectoryContext dir, TempSplit temps, List<Action> actions) {
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        return List.of(job.line(job.action().kind(), Disposition.COPIED));
    }

    @Override
    public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
        return List.of();
    }

    @Override
    public void directoryDone(DirectoryContext dir, Entry source) {
    }

    @Override
    public List<SyncEvent> finish() {
        return List.of();
    }
}
