package dev.syncopate.sync;

import dev.syncopate.execute.StopSignal;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;

/**
 * The user's hooks, no longer called once the run is stopped ({@code run --timeout}): a slow hook
 * over a large directory would otherwise hold a timed-out run for as long as it likes. What the
 * planning hooks would decide no longer matters (no new copy starts, nothing more is deleted); the
 * log still lists the files that were copied or failed, and {@code onExitCode} and notifications
 * run after the engine, with bit 8.
 *
 * <p>{@code afterCopy} is the exception: a file that was copied before the stop gets its
 * {@code afterCopy} (a manifest or checksum list would miss a file that is really there). Those
 * are the few copies finished in the output window, not the rest of the tree; and a hook that
 * never returns is ended by the launcher's hard stop.
 *
 * <pre>{@code
 * SyncHooks hooks = StoppableHooks.wrap(options.hooks(), context.stop());
 * }</pre>
 */
final class StoppableHooks implements SyncHooks {
    private final SyncHooks hooks;
    private final StopSignal stop;

    private StoppableHooks(SyncHooks hooks, StopSignal stop) {
        this.hooks = hooks;
        this.stop = stop;
    }

    static SyncHooks wrap(SyncHooks hooks, StopSignal stop) {
        return hooks == SyncHooks.NONE ? hooks : new StoppableHooks(hooks, stop);
    }

    @Override
    public boolean accept(FileView file) {
        return stop.stopped() || hooks.accept(file);
    }

    @Override
    public Verdict beforeCopy(FileView file) {
        return stop.stopped() ? Verdict.PROCEED : hooks.beforeCopy(file);
    }

    @Override
    public void afterCopy(FileView file) {
        hooks.afterCopy(file);
    }

    @Override
    public Verdict beforeDelete(FileView file) {
        return stop.stopped() ? Verdict.skip("stopped") : hooks.beforeDelete(file);
    }

    @Override
    public void onError(FileView file, String message) {
        if (!stop.stopped()) {
            hooks.onError(file, message);
        }
    }

    @Override
    public boolean hasFilter() {
        return hooks.hasFilter();
    }

    @Override
    public boolean hasBeforeCopy() {
        return hooks.hasBeforeCopy();
    }
}
