package dev.syncopate.dsl;

/**
 * {@code exit(n)}: ends the script body (or an {@code onExitCode} handler) with that code. An
 * {@link Error}, not an exception, so a script's own {@code try { } catch (e) { }} cannot swallow it.
 */
final class ScriptExit extends Error {
    private final int code;

    ScriptExit(int code) {
        super("exit(" + code + ")", null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
