package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.util.List;

/**
 * An {@link Executor} that hands every call to another: a wrapper extends it and overrides only
 * what its switch changes, so each wrapper reads as that switch and nothing else.
 *
 * <pre>{@code
 * final class DryRun extends ForwardingExecutor {
 *     DryRun(Executor inner) { super(inner); }
 *     public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) { return List.of(); }
 * }
 * }</pre>
 */
abstract class ForwardingExecutor implements Executor {
    protected final Executor inner;

    protected ForwardingExecutor(Executor inner) {
        this.inner = inner;
    }

    @Override
    public List<SyncEvent> makeDir(DirectoryContext dir, long files) {
        return inner.makeDir(dir, files);
    }

    @Override
    public void clearTemps(DirectoryContext dir, TempSplit temps, List<Action> actions) {
        inner.clearTemps(dir, temps, actions);
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        return inner.copy(job);
    }

    @Override
    public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
        return inner.purge(dir, extras);
    }

    @Override
    public void directoryDone(DirectoryContext dir, Entry source) {
        inner.directoryDone(dir, source);
    }

    @Override
    public List<SyncEvent> finish() {
        return inner.finish();
    }
}
