package dev.syncopate.hooks;

/**
 * User code the engine calls: a filter and the copy/delete/error hooks. The DSL implements this
 * with Groovy closures or JavaScript functions; the engine sees only this interface.
 *
 * <p>All methods are called from one thread, the walk's, in log order, so implementations need no
 * locking. A method that throws fails that one file (exit bit 8) with the exception's message; it
 * never stops the run.
 *
 * <pre>{@code
 * SyncHooks hooks = new SyncHooks() {
 *     public Verdict beforeCopy(FileView f) {
 *         return f.name().endsWith(".lock") ? Verdict.skip("lock file") : Verdict.PROCEED;
 *     }
 * };
 * }</pre>
 */
public interface SyncHooks {
    SyncHooks NONE = new SyncHooks() {
        @Override
        public boolean hasBeforeCopy() {
            return false;
        }
    };

    /** True when the user filter selects this file; false excludes it like {@code /XF}. */
    default boolean accept(FileView file) {
        return true;
    }

    /** Called before a file is copied (also under {@code /L}, so listings are truthful). */
    default Verdict beforeCopy(FileView file) {
        return Verdict.PROCEED;
    }

    /** Called after a file was copied and renamed into place. */
    default void afterCopy(FileView file) {
    }

    /** Called before an extra is purged (also under {@code /L}). */
    default Verdict beforeDelete(FileView file) {
        return Verdict.PROCEED;
    }

    /** Called when a file failed after its retries. */
    default void onError(FileView file, String message) {
    }

    /** True when {@link #accept} is overridden, so the engine can skip building views. */
    default boolean hasFilter() {
        return false;
    }

    /**
     * False when {@link #beforeCopy} always proceeds: the engine may then hand copies to its workers in
     * batches. True by default, which is always correct (each copy is then handed over just after its
     * hook said yes, so a stop leaves no approved copy unstarted).
     */
    default boolean hasBeforeCopy() {
        return true;
    }
}
