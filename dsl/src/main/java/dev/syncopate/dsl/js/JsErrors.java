package dev.syncopate.dsl.js;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern NO_METHOD = Pattern.compile("invokeMember \\((.+?)\\) on JsFileView.*Unknown identifier");

    private static final Pattern NO_WRITE = Pattern.compile("(writeMember|removeMember) \\((.+?)\\) on JsFileView");

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
        m = (nl < 0 ? m : m.substring(0, nl)).strip();
        // GraalVM's own words for calling what the view lacks name the proxy's Java record; say it as JS would
        Matcher write = NO_WRITE.matcher(m);
        if (write.find()) {
            return "TypeError: the file view is read-only (cannot " + write.group(1).replace("Member", "") + " '"
                    + write.group(2) + "')";
        }
        Matcher missing = NO_METHOD.matcher(m);
        return missing.find() ? "TypeError: the file view has no method '" + missing.group(1)
                + "' (it has name, path, size, modified, kind)" : m;
    }
}
