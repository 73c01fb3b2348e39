package dev.syncopate.dsl.js;

import java.io.PrintStream;

/**
 * Where a JavaScript hook's {@code console.log} and {@code console.error} go: the run's own output
 * and error streams, the same as {@code println} in a Groovy hook, so a run's captured log shows both.
 *
 * <pre>{@code
 * fn.run(new JsConsole(System.out, System.err), view);
 * }</pre>
 */
public record JsConsole(PrintStream out, PrintStream err) {
    /** The process's standard streams. */
    public static JsConsole system() {
        return new JsConsole(System.out, System.err);
    }
}
