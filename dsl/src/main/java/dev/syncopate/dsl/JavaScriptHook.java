package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsConsole;
import dev.syncopate.dsl.js.JsFileView;
import dev.syncopate.dsl.js.JsFunction;
import dev.syncopate.dsl.js.JsHook;
import dev.syncopate.dsl.js.JsHookError;
import dev.syncopate.hooks.Verdict;

/**
 * A hook written in JavaScript: {@code filter js('f => f.size < 1e6')}, or {@code filter: {js: ...}} in
 * YAML. It passes what JavaScript sees (the {@link JsFileView}, {@code {message}} for an error, the exit
 * code as a number) and turns the function's result into the hook's meaning ({@code false} or a reason
 * skips, as {@code skip} does). The function is compiled here, when the block (or script) word is read,
 * under {@code run} exactly as under {@code check}: a source that does not compile is a setting error of
 * its block, reported before the block starts, so the block copies and deletes nothing instead of
 * failing every file and still purging. The price is the engine's start for a block whose hook would
 * never have been called.
 *
 * <pre>{@code
 * Hook h = new JavaScriptHook(context, new JsHook("check.js", 1, "f => !f.name.endsWith('.lock')"));
 * h.veto(fileInfo);   // Verdict.skip("skipped by check.js") for a.lock
 * }</pre>
 *
 * <p>Only scripts that use JavaScript load this class, and with it GraalVM.
 */
final class JavaScriptHook implements Hook {
    private final ScriptContext context;
    private final JsHook js;

    /** @throws SettingError when the source does not compile or is no function */
    JavaScriptHook(ScriptContext context, JsHook js) {
        this.context = context;
        this.js = js;
        try {
            JsFunction.of(js).compile();
        } catch (JsHookError e) {
            throw new SettingError(e.getMessage());
        }
    }

    @Override
    public boolean filter(FileInfo file) {
        return function().test(console(), view(file));
    }

    @Override
    public Verdict veto(FileInfo file) {
        String reason = function().veto(console(), view(file));
        return reason == null ? Verdict.PROCEED : Verdict.skip(reason);
    }

    @Override
    public void afterCopy(FileInfo file) {
        function().run(console(), view(file));
    }

    @Override
    public void onError(FileInfo file, FileError error) {
        function().run(console(), view(file), JsFileView.error(error.getMessage()));
    }

    @Override
    public void onExitCode(int code, Object script) {
        function().run(console(), code);
    }

    private JsFunction function() {
        return JsFunction.of(js);
    }

    private JsConsole console() {
        return new JsConsole(context.out(), context.settings().err());
    }

    private static JsFileView view(FileInfo f) {
        return new JsFileView(f.getName(), f.getPath(), f.getSize(), f.modifiedInstant().toEpochMilli(), f.getKind());
    }
}
