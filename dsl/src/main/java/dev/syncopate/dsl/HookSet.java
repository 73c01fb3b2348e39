package dev.syncopate.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * The hooks one {@code sync} block was given, by kind, each kind in the order given.
 *
 * <pre>{@code
 * HookSet hooks = new HookSet();
 * hooks.filter.add(new GroovyHook(closure));      // filter { f -> f.size < 2.GB }
 * hooks.hasFileHooks();                           // true: the engine gets BlockHooks
 * }</pre>
 */
final class HookSet {
    final List<Hook> filter = new ArrayList<>();
    final List<Hook> beforeCopy = new ArrayList<>();
    final List<Hook> afterCopy = new ArrayList<>();
    final List<Hook> beforeDelete = new ArrayList<>();
    final List<Hook> onError = new ArrayList<>();
    /** Runs after the block, with its exit code; not one of the engine's hooks. */
    final List<Hook> onExitCode = new ArrayList<>();

    /** True when the engine has hooks to call for this block's files. */
    boolean hasFileHooks() {
        return !(filter.isEmpty() && beforeCopy.isEmpty() && afterCopy.isEmpty() && beforeDelete.isEmpty()
                && onError.isEmpty());
    }
}
