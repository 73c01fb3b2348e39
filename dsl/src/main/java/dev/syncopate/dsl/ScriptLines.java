package dev.syncopate.dsl;

import java.util.Optional;

/**
 * Finds the script line a problem belongs to, from the stack: the compiled script keeps its file name
 * ({@code nightly.sync.groovy}) and line numbers in its classes, so the frame whose file name is the
 * script's is the line a person wrote.
 *
 * <pre>{@code
 * ScriptLines.at("nightly.sync.groovy", ScriptLines.of(e, "nightly.sync.groovy"));   // "nightly.sync.groovy:14"
 * }</pre>
 */
final class ScriptLines {
    private ScriptLines() {
    }

    /** The innermost script line in {@code t}'s stack (or its causes'), or -1. */
    static int of(Throwable t, String file) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (file.equals(e.getFileName()) && e.getLineNumber() > 0) {
                    return e.getLineNumber();
                }
            }
        }
        return -1;
    }

    /** The script line that called into the DSL right now, or -1. */
    static int caller(String file) {
        Optional<Integer> line = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> file.equals(f.getFileName()) && f.getLineNumber() > 0)
                .findFirst()
                .map(StackWalker.StackFrame::getLineNumber));
        return line.orElse(-1);
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    static String at(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }
}
