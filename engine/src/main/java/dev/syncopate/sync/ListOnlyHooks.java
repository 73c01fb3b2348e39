package dev.syncopate.sync;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;

/**
 * The user's hooks under {@code /L}: {@code afterCopy} is never called, since nothing was copied;
 * {@code filter}, {@code beforeCopy} and {@code beforeDelete} are, so the listing shows what the
 * hooks would decide.
 *
 * <pre>{@code
 * SyncHooks hooks = options.listOnly() ? ListOnlyHooks.wrap(options.hooks()) : options.hooks();
 * }</pre>
 */
final class ListOnlyHooks implements SyncHooks {
    private final SyncHooks hooks;

    private ListOnlyHooks(SyncHooks hooks) {
        this.hooks = hooks;
    }

    static SyncHooks wrap(SyncHooks hooks) {
        return hooks == SyncHooks.NONE ? hooks : new ListOnlyHooks(hooks);
    }

    @Override
    public boolean accept(FileView file) {
        return hooks.accept(file);
    }

    @Override
    public Verdict beforeCopy(FileView file) {
        return hooks.beforeCopy(file);
    }

    @Override
    public void afterCopy(FileView file) {
    }

    @Override
    public Verdict beforeDelete(FileView file) {
        return hooks.beforeDelete(file);
    }

    @Override
    public void onError(FileView file, String message) {
        hooks.onError(file, message);
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
