package dev.syncopate.dsl.js;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Turns a {@link PolyglotException} into a {@link JsHookError} that names the hook's own line: the
 * line in the {@code .js} file, or for an inline source the script line it sits on plus the line
 * within it (a source that starts on script line 12 and fails on its second line is line 13).
 *
 * <pre>{@code
 * JsErrors.of(hook, e).getMessage();   // "check.js:2: TypeError: f.nope is not a function"
 * }</pre>
 */
final class JsErrors {
    private JsErrors() {
    }

    static JsHookError of(JsHook hook, PolyglotException e) {
        int line = line(hook, e);
        String at = hook.name() + ":" + (line > 0 ? hook.line() + line - 1 : hook.line());
        return new JsHookError(at, detail(e), e);
    }

    static JsHookError of(JsHook hook, String detail) {
        return new JsHookError(hook.name() + ":" + hook.line(), detail, null);
    }

    /** The line within the hook's source: where the error was raised, else the innermost frame of ours. */
    private static int line(JsHook hook, PolyglotException e) {
        SourceSection s = e.getSourceLocation();
        if (s != null && hook.name().equals(s.getSource().getName())) {
            return s.getStartLine();
        }
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            SourceSection fs = f.getSourceLocation();
            if (f.isGuestFrame() && fs != null && hook.name().equals(fs.getSource().getName())) {
                return fs.getStartLine();
            }
        }
        return -1;
    }

    private static String detail(PolyglotException e) {
        if (e.isResourceExhausted() || e.isCancelled()) {
            return "stopped after " + JsFunction.STATEMENT_LIMIT + " statements (an endless loop?)";
        }
        String m = e.getMessage() == null ? "error" : e.getMessage();
        if (e.isHostException()) {
            Throwable h = e.asHostException();
            m = h.getMessage() == null ? h.getClass().getSimpleName() : h.getMessage();
            return "TypeError: " + m;
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
