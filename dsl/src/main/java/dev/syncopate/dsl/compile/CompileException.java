package dev.syncopate.dsl.compile;

/**
 * A script that does not compile; the message locates the first error as {@code file:line:column} and
 * counts the others.
 *
 * <pre>{@code
 * try { ScriptCompiler.compile("nightly.sync.groovy", "sync {\n}}", loader); }
 * catch (CompileException e) { e.getMessage(); }   // "nightly.sync.groovy:2:2: Unexpected input: '}}'"
 * }</pre>
 */
public final class CompileException extends RuntimeException {
    public CompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
