package dev.syncopate.dsl;

import dev.syncopate.hooks.Verdict;
import groovy.lang.Closure;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

/**
 * A hook written as a Groovy closure: {@code beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock file' }}.
 * A file hook's closure comes already bound to its {@link HookContext} (for {@code skip}); an
 * {@code onExitCode} closure is bound to the script when it runs.
 *
 * <pre>{@code
 * Hook h = new GroovyHook(closure);
 * Verdict v = h.veto(fileInfo);   // Verdict.skip("lock file") when the closure said skip 'lock file'
 * }</pre>
 */
final class GroovyHook implements Hook {
    private final Closure<?> closure;

    GroovyHook(Closure<?> closure) {
        this.closure = closure;
    }

    @Override
    public boolean filter(FileInfo file) {
        // Groovy truth, as an if in the script would judge the result
        return DefaultTypeTransformation.castToBoolean(closure.call(file));
    }

    @Override
    public Verdict veto(FileInfo file) {
        try {
            closure.call(file);
            return Verdict.PROCEED;
        } catch (SkipSignal s) {
            return Verdict.skip(s.reason());
        }
    }

    @Override
    public void afterCopy(FileInfo file) {
        closure.call(file);
    }

    @Override
    public void onError(FileInfo file, FileError error) {
        // onError { f -> } and onError { f, e -> } are both allowed
        if (closure.getMaximumNumberOfParameters() >= 2) {
            closure.call(file, error);
        } else {
            closure.call(file);
        }
    }

    @Override
    public void onExitCode(int code, Object script) {
        // A clone, so that one handler bound to the script does not change the closure the block keeps.
        Closure<?> c = (Closure<?>) closure.clone();
        c.setDelegate(script);
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        c.call(code);
    }
}
