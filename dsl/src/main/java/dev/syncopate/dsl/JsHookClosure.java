package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsConsole;
import dev.syncopate.dsl.js.JsFileView;
import dev.syncopate.dsl.js.JsFunction;
import dev.syncopate.dsl.js.JsHookError;
import dev.syncopate.dsl.js.JsHook;
import groovy.lang.Closure;

/**
 * A JavaScript hook in the place of a closure, so that blocks, {@link BlockHooks} and the
 * {@code onExitCode} runners treat both alike. It turns the closure's arguments into what JavaScript
 * sees (the {@link JsFileView}, {@code {message}} for an error, the exit code as a number) and the
 * function's result into the hook's meaning ({@code false} or a reason skips, as {@code skip} does).
 * The function is compiled here, when the block (or script) word is read, under {@code run} exactly as
 * under {@code check}: a source that does not compile is a setting error of its block, reported before
 * the block starts, so the block copies and deletes nothing instead of failing every file and still
 * purging. The price is the engine's start for a block whose hook would never have been called.
 *
 * <pre>{@code
 * dslSettings.hooks.get("filter").add(new JsHookClosure(this, dslContext, "filter", js));
 * }</pre>
 */
final class JsHookClosure extends Closure<Object> {
    private final String hook;
    private final JsHook js;
    private final ScriptContext context;

    JsHookClosure(Object owner, ScriptContext context, String hook, JsHook js) {
        super(owner);
        this.context = context;
        this.hook = hook;
        this.js = js;
        // BlockHooks passes onError's error only to a closure that takes two parameters
        this.maximumNumberOfParameters = hook.equals("onError") ? 2 : 1;
        this.parameterTypes = hook.equals("onError") ? new Class<?>[]{Object.class, Object.class}
                : new Class<?>[]{Object.class};
        try {
            JsFunction.of(js).compile();
        } catch (JsHookError e) {
            throw new SettingError(e.getMessage());
        }
    }

    @Override
    public Object call(Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = switch (args[i]) {
                case FileInfo f -> new JsFileView(f.getName(), f.getPath(), f.getSize(),
                        f.modifiedInstant().toEpochMilli(), f.getKind());
                case FileError e -> JsFileView.error(e.getMessage());
                case null, default -> args[i];
            };
        }
        JsFunction f = JsFunction.of(js);
        JsConsole console = new JsConsole(context.out(), context.settings().err());
        return switch (hook) {
            case "filter" -> f.test(console, a);
            case "beforeCopy", "beforeDelete" -> {
                String reason = f.veto(console, a);
                if (reason != null) {
                    throw new SkipSignal(reason);
                }
                yield null;
            }
            default -> {
                f.run(console, a);
                yield null;
            }
        };
    }

    @Override
    public Object call(Object arg) {
        return call(new Object[]{arg});
    }

    @Override
    public Object call() {
        return call(new Object[0]);
    }
}
