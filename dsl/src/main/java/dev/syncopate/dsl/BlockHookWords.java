package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHook;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.FromString;
import groovy.transform.stc.SimpleType;

import java.util.List;
import java.util.Map;

/**
 * The hook words of a {@code sync} block ({@code filter}, {@code beforeCopy}, {@code afterCopy},
 * {@code beforeDelete}, {@code onError}) and what every block word shares: errors with the script line,
 * named options, and the fallback to the script for names the block does not know.
 *
 * <pre>{@code
 * filter       { f -> f.size < 2.GB }
 * beforeCopy   { f -> if (f.name.endsWith('.lock')) skip 'lock file' }
 * afterCopy    { f -> println "copied ${f.path}" }
 * beforeDelete { f -> if (f.path.startsWith('archive/')) skip 'archive is kept' }
 * onError      { f, e -> println "could not copy ${f.path}: ${e.message}" }
 * }</pre>
 */
public abstract class BlockHookWords extends DslDelegate {
    final BlockSettings dslSettings;

    BlockHookWords(ScriptContext context, Object fallback, BlockSettings settings) {
        super(context, fallback);
        this.dslSettings = settings;
    }

    /** Selects files: those for which the closure is false are excluded, as by {@code exclude}. */
    public void filter(@DelegatesTo(value = HookContext.class, strategy = Closure.DELEGATE_FIRST)
                       @ClosureParams(value = SimpleType.class, options = "dev.syncopate.dsl.FileInfo")
                       Closure<?> predicate) {
        dslSettings.hooks.filter.add(groovy(predicate));
    }

    /** Before a file is copied (also in a dry run); {@code skip 'reason'} leaves it alone. */
    public void beforeCopy(@DelegatesTo(value = HookContext.class, strategy = Closure.DELEGATE_FIRST)
                           @ClosureParams(value = SimpleType.class, options = "dev.syncopate.dsl.FileInfo")
                           Closure<?> hook) {
        dslSettings.hooks.beforeCopy.add(groovy(hook));
    }

    /** After a file was copied into place (not in a dry run). */
    public void afterCopy(@DelegatesTo(value = HookContext.class, strategy = Closure.DELEGATE_FIRST)
                          @ClosureParams(value = SimpleType.class, options = "dev.syncopate.dsl.FileInfo")
                          Closure<?> hook) {
        dslSettings.hooks.afterCopy.add(groovy(hook));
    }

    /** Before an extra is deleted (also in a dry run); {@code skip 'reason'} keeps it. */
    public void beforeDelete(@DelegatesTo(value = HookContext.class, strategy = Closure.DELEGATE_FIRST)
                             @ClosureParams(value = SimpleType.class, options = "dev.syncopate.dsl.FileInfo")
                             Closure<?> hook) {
        dslSettings.hooks.beforeDelete.add(groovy(hook));
    }

    /** When a file failed after its retries: {@code onError { f, e -> }}, {@code e.message} says why. */
    public void onError(@DelegatesTo(value = HookContext.class, strategy = Closure.DELEGATE_FIRST)
                        @ClosureParams(value = FromString.class, options = {"dev.syncopate.dsl.FileInfo",
                                "dev.syncopate.dsl.FileInfo,dev.syncopate.dsl.FileError"})
                        Closure<?> hook) {
        dslSettings.hooks.onError.add(groovy(hook));
    }

    /** {@code filter js('f => f.size < 1e6')}: the file is excluded when the function's result is falsy. */
    public void filter(JsHook js) {
        dslSettings.hooks.filter.add(javaScript("filter", js));
    }

    /** {@code beforeCopy js(...)}: returning {@code false} or a reason (a string) skips the file. */
    public void beforeCopy(JsHook js) {
        dslSettings.hooks.beforeCopy.add(javaScript("beforeCopy", js));
    }

    /** {@code afterCopy js(...)}: the result is ignored. */
    public void afterCopy(JsHook js) {
        dslSettings.hooks.afterCopy.add(javaScript("afterCopy", js));
    }

    /** {@code beforeDelete js(...)}: returning {@code false} or a reason (a string) keeps the extra. */
    public void beforeDelete(JsHook js) {
        dslSettings.hooks.beforeDelete.add(javaScript("beforeDelete", js));
    }

    /** {@code onError js('(f, e) => console.log(f.path + ": " + e.message)')}. */
    public void onError(JsHook js) {
        dslSettings.hooks.onError.add(javaScript("onError", js));
    }

    /** {@code word js(...)}; a null hook is the word misused, as {@code filter js(null)}. */
    private Hook javaScript(String word, JsHook js) {
        if (js == null) {
            throw misused(word, false);
        }
        return new JavaScriptHook(dslContext, js);
    }

    /** A file hook's closure bound to a {@link HookContext}, where {@code skip} is; the script's own is not changed. */
    private GroovyHook groovy(Closure<?> closure) {
        Closure<?> c = (Closure<?>) closure.clone();
        c.setDelegate(new HookContext(dslContext, dslFallback));
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        return new GroovyHook(c);
    }

    /** The named options of {@code setting}, checked against {@code keys}. */
    Map<?, ?> named(String setting, Map<?, ?> options, String... keys) {
        List<String> known = List.of(keys);
        if (options.isEmpty()) {
            throw misused(setting, false);
        }
        for (Object key : options.keySet()) {
            String k = String.valueOf(key);
            if (!known.contains(k)) {
                String hint = ScriptErrors.hint(k, known);
                throw error("unknown option '" + k + ":' for '" + setting + "'" + (hint.isEmpty()
                        ? " (expected " + String.join(": or ", known) + ":)" : hint.replace("'?)", ":'?)")));
            }
        }
        return options;
    }

    /** A {@link SettingError} at the script line that is calling the DSL now. */
    SettingError error(String message) {
        String file = dslContext.file();
        return new SettingError(ScriptLines.at(file, ScriptLines.caller(file)) + ": " + message);
    }

    @Override
    boolean owns(String name) {
        return BlockVocabulary.USAGE.containsKey(name);
    }

    @Override
    RuntimeException misused(String name, boolean property) {
        String usage = BlockVocabulary.USAGE.get(name);
        return error(property
                ? "'" + name + "' is a setting, not a value (write: " + usage + ")"
                : "invalid arguments for '" + name + "' (expected: " + usage + ")");
    }

    @Override
    RuntimeException unknown(String name, boolean property, RuntimeException cause) {
        String hint = ScriptErrors.hint(name, BlockVocabulary.words());
        return error("unknown " + (property ? "name" : "setting") + " '" + name + "' in sync block" + hint);
    }
}
