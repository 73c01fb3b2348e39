package dev.syncopate.dsl;

import dev.syncopate.hooks.Verdict;

/**
 * One hook of a block or script, written in Groovy ({@link GroovyHook}) or JavaScript
 * ({@link JavaScriptHook}), called with what its kind passes. {@link BlockHooks} turns a block's hooks
 * into the engine's {@code SyncHooks}, so the engine never sees a Groovy or GraalVM type. A hook is
 * given for one kind and only that kind's method is called; its failure is thrown as is, for the caller
 * to report with the hook's name.
 *
 * <pre>{@code
 * Hook h = new GroovyHook(closure);            // filter { f -> f.size < 2.GB }
 * boolean keep = h.filter(fileInfo);
 * Verdict v = new JavaScriptHook(context, js).veto(fileInfo);   // beforeCopy js('f => f.size < 1e6')
 * }</pre>
 */
interface Hook {
    /** {@code filter}: true keeps the file. */
    boolean filter(FileInfo file);

    /** {@code beforeCopy}, {@code beforeDelete}: go ahead, or skip with a reason. */
    Verdict veto(FileInfo file);

    /** {@code afterCopy}. */
    void afterCopy(FileInfo file);

    /** {@code onError}: the file that failed after its retries, and why. */
    void onError(FileInfo file, FileError error);

    /** {@code onExitCode}: a block's or the script's exit code; {@code script} is what Groovy names resolve to. */
    void onExitCode(int code, Object script);
}
