package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHookError;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
 * <p>Several hooks of one kind run in the order they were given; the first {@code skip} wins.
 */
final class BlockHooks implements SyncHooks {
    private final ScriptContext context;
    private final HookSet hooks;
    private final Set<String> reported = new HashSet<>();

    /** @param hooks the block's hooks, Groovy ones already bound to their {@link HookContext} */
    BlockHooks(ScriptContext context, HookSet hooks) {
        this.context = context;
        this.hooks = hooks;
    }

    @Override
    public boolean hasFilter() {
        return !hooks.filter.isEmpty();
    }

    @Override
    public boolean hasBeforeCopy() {
        return !hooks.beforeCopy.isEmpty();
    }

    @Override
    public boolean accept(FileView file) {
        FileInfo f = info(file);
        for (Hook h : hooks.filter) {
            if (!call("filter", () -> h.filter(f))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Verdict beforeCopy(FileView file) {
        return veto("beforeCopy", hooks.beforeCopy, file);
    }

    @Override
    public void afterCopy(FileView file) {
        FileInfo f = info(file);
        for (Hook h : hooks.afterCopy) {
            call("afterCopy", () -> { h.afterCopy(f); return null; });
        }
    }

    @Override
    public Verdict beforeDelete(FileView file) {
        return veto("beforeDelete", hooks.beforeDelete, file);
    }

    @Override
    public void onError(FileView file, String message) {
        FileInfo f = info(file);
        FileError e = new FileError(message);
        for (Hook h : hooks.onError) {
            call("onError", () -> { h.onError(f, e); return null; });
        }
    }

    private Verdict veto(String hook, List<Hook> list, FileView file) {
        FileInfo f = info(file);
        for (Hook h : list) {
            Verdict v = call(hook, () -> h.veto(f));
            if (!v.proceed()) {
                return v;
            }
        }
        return Verdict.PROCEED;
    }

    /** Runs one hook, turning what it throws into the file's failure with the hook's name and line. */
    private <T> T call(String hook, Supplier<T> body) {
        try {
            return body.get();
        } catch (SkipSignal s) {
            // a veto hook turns its own skip into a verdict, so this one came from another kind
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
