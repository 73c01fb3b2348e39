package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHookError;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import groovy.lang.Closure;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A block's {@code filter} and hooks as the engine's {@link SyncHooks}. The engine calls them on its
 * walk thread, one at a time, in log order. A hook that throws fails that file (exit bit 8) with the
 * script line in the message; the first failure of each hook is also printed on stderr, in the form
 * of every other script error:
 *
 * <pre>{@code
 * syncopate: nightly.sync.groovy:14: beforeCopy hook failed: no method 'foo()' on String
 * }</pre>
 *
 * <p>Several closures for one hook run in the order they were given; the first {@code skip} wins.
 */
final class BlockHooks implements SyncHooks {
    static final List<String> NAMES = List.of("filter", "beforeCopy", "afterCopy", "beforeDelete", "onError");

    private final ScriptContext context;
    private final Map<String, List<Closure<?>>> hooks;
    private final Set<String> reported = new HashSet<>();

    /** @param hooks closures by hook name, already bound to their {@link HookContext} */
    BlockHooks(ScriptContext context, Map<String, List<Closure<?>>> hooks) {
        this.context = context;
        this.hooks = hooks;
    }

    @Override
    public boolean hasFilter() {
        return !hooks.get("filter").isEmpty();
    }

    @Override
    public boolean accept(FileView file) {
        FileInfo f = info(file);
        for (Closure<?> c : hooks.get("filter")) {
            if (!DefaultTypeTransformation.castToBoolean(call("filter", c, false, f))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Verdict beforeCopy(FileView file) {
        return veto("beforeCopy", file);
    }

    @Override
    public void afterCopy(FileView file) {
        FileInfo f = info(file);
        for (Closure<?> c : hooks.get("afterCopy")) {
            call("afterCopy", c, false, f);
        }
    }

    @Override
    public Verdict beforeDelete(FileView file) {
        return veto("beforeDelete", file);
    }

    @Override
    public void onError(FileView file, String message) {
        FileInfo f = info(file);
        for (Closure<?> c : hooks.get("onError")) {
            if (c.getMaximumNumberOfParameters() >= 2) {
                call("onError", c, false, f, new FileError(message));
            } else {
                call("onError", c, false, f);
            }
        }
    }

    private Verdict veto(String hook, FileView file) {
        FileInfo f = info(file);
        for (Closure<?> c : hooks.get(hook)) {
            try {
                call(hook, c, true, f);
            } catch (SkipSignal s) {
                return Verdict.skip(s.reason());
            }
        }
        return Verdict.PROCEED;
    }

    private Object call(String hook, Closure<?> c, boolean mayVeto, Object... args) {
        try {
            return c.call(args);
        } catch (SkipSignal s) {
            if (mayVeto) {
                throw s;
            }
            throw failure(hook, "skip can only be used in beforeCopy and beforeDelete", s);
        } catch (JsHookError j) {
            throw failure(hook, j.location(), j.detail(), j);
        } catch (ScriptExit x) {
            throw failure(hook, "exit() cannot be used in a hook (it would end the whole script)", x);
        } catch (Exception | AssertionError | StackOverflowError e) {
            // Groovy code can throw checked exceptions undeclared, hence Exception; assert gives an Error.
            throw failure(hook, ScriptErrors.describe(e), e);
        }
    }

    private HookFailure failure(String hook, String message, Throwable cause) {
        return failure(hook, ScriptLines.at(context.file(), ScriptLines.of(cause, context.file())), message, cause);
    }

    /** @param at where: the script line, or a JavaScript hook's own {@code check.js:2} */
    private HookFailure failure(String hook, String at, String message, Throwable cause) {
        if (reported.add(hook)) {
            context.problem(at + ": " + hook + " hook failed: " + message, cause);
        }
        return new HookFailure(at + ": " + message, cause);
    }

    private FileInfo info(FileView file) {
        return new FileInfo(file, context.zone());
    }
}
