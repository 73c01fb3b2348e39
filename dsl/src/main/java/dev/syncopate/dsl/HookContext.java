package dev.syncopate.dsl;

/**
 * The delegate of hooks and filters: {@code skip 'reason'} in {@code beforeCopy} and
 * {@code beforeDelete}; every other name is the script's.
 *
 * <pre>{@code
 * beforeCopy   { f -> if (f.name.endsWith('.lock')) skip 'lock file' }
 * beforeDelete { f -> if (f.path.startsWith('archive/')) skip 'archive is kept' }
 * }</pre>
 */
public final class HookContext extends DslDelegate {
    HookContext(ScriptContext context, Object fallback) {
        super(context, fallback);
    }

    /** Leaves the hook and does not copy (or delete) this file; the log shows the reason. */
    public void skip(Object reason) {
        throw new SkipSignal(reason == null ? null : reason.toString());
    }

    /** Skips with the reason "skipped by hook". */
    public void skip() {
        skip(null);
    }

    @Override
    boolean owns(String name) {
        return name.equals("skip");
    }

    @Override
    RuntimeException misused(String name, boolean property) {
        return new IllegalArgumentException("write skip 'reason' (or skip()) to skip a file in a hook");
    }

    @Override
    RuntimeException unknown(String name, boolean property, RuntimeException cause) {
        return cause;   // Groovy's own error, described with the hook's script line
    }
}
