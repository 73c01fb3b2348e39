package dev.syncopate.dsl.js;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;

import java.io.OutputStream;

/**
 * The one GraalVM engine of the process, created on first use: a script without a JavaScript hook
 * never loads a GraalVM class, so it pays nothing at startup. Sharing one engine lets every context
 * (one per hook and thread) reuse the parsed and compiled code of a source.
 *
 * <pre>{@code
 * Context c = Context.newBuilder("js").engine(JsEngine.get())...build();
 * }</pre>
 */
final class JsEngine {
    private JsEngine() {
    }

    /** Holder idiom: the engine is built when {@link #get()} first runs, never at class load of callers. */
    private static final class Holder {
        static final Engine ENGINE = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                // On a stock JDK there is no Graal compiler: the "interpreter only" notice would go to
                // every user's stderr, and hooks are small enough that it does not matter.
                .option("engine.WarnInterpreterOnly", "false")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
    }

    static Engine get() {
        return Holder.ENGINE;
    }
}
