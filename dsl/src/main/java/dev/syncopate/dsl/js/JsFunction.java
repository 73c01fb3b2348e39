package dev.syncopate.dsl.js;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A compiled JavaScript hook: its source evaluates to a function, called with the file view. One
 * function per distinct {@link JsHook} (the same hook is compiled once), one sandboxed context per
 * thread that calls it, because a GraalVM context runs on one thread at a time.
 *
 * <pre>{@code
 * JsFunction f = JsFunction.of(new JsHook("check.js", 1, "f => f.size < 1e6"));
 * f.test(JsConsole.system(), new JsFileView("a.txt", "a.txt", 12, 0, "NEW"));   // true
 * }</pre>
 *
 * <p>The sandbox: {@link SandboxPolicy#CONSTRAINED}; no host class lookup ({@code Java.type} fails),
 * host access only to {@link HostAccess#CONSTRAINED}'s exported members (the file view is a proxy and
 * exports none), no IO ({@code load}, file reads), no threads, processes, native access, environment
 * or polyglot access; and at most {@link #STATEMENT_LIMIT} statements per call, so an endless loop
 * fails its file instead of hanging the run. {@code console.log} writes to the run's output ({@link JsConsole}).
 */
public final class JsFunction {
    /** Statements one call may run: generous for a hook, small enough to stop an endless loop fast. */
    static final long STATEMENT_LIMIT = 10_000_000;

    /**
     * The streams of the call running on this thread; the contexts' out/err write there. Outside a call
     * (a source that prints while it is compiled) the process's streams at that moment, not ones kept
     * from an earlier run: a run points them at its masked output ({@code StandardStreams}).
     */
    private static final ThreadLocal<JsConsole> CONSOLE = new ThreadLocal<>();
    private static final Map<JsHook, JsFunction> CACHE = new ConcurrentHashMap<>();

    private final JsHook hook;
    private final Source source;
    private final AtomicInteger contexts = new AtomicInteger();
    private final ThreadLocal<Value> perThread = new ThreadLocal<>();

    private JsFunction(JsHook hook) {
        this.hook = hook;
        this.source = Source.newBuilder("js", hook.source(), hook.name()).cached(true).buildLiteral();
    }

    /** The function for {@code hook}, compiled on first use; the same hook gives the same function. */
    public static JsFunction of(JsHook hook) {
        return CACHE.computeIfAbsent(hook, JsFunction::new);
    }

    /** A filter: JavaScript truthiness of the result ({@code 0}, {@code ''}, {@code null} are false). */
    public boolean test(JsConsole console, Object... args) {
        return call(console, args, r -> !(r.isNull() || (r.isBoolean() && !r.asBoolean())
                || (r.isNumber() && isZeroOrNaN(r)) || (r.isString() && r.asString().isEmpty())));
    }

    /**
     * {@code beforeCopy}/{@code beforeDelete}: the skip reason, or null to go on. {@code false} skips
     * with "skipped by <name>", a string skips with that reason, anything else goes on.
     */
    public String veto(JsConsole console, Object... args) {
        return call(console, args, r -> {
            if (r.isBoolean() && !r.asBoolean()) {
                return "skipped by " + hook.name();
            }
            return r.isString() ? r.asString() : null;
        });
    }

    /** {@code afterCopy}, {@code onError}, {@code onExitCode}: the result is ignored. */
    public void run(JsConsole console, Object... args) {
        call(console, args, r -> null);
    }

    /**
     * Compiles the source on this thread as a call would, without calling it: {@code check} uses it.
     *
     * @throws JsHookError when it does not compile or is not a function, located as a call's error is
     */
    public void compile() {
        function();
    }

    /** How many contexts (threads) this function was compiled in; for tests. */
    int contexts() {
        return contexts.get();
    }

    private <T> T call(JsConsole console, Object[] args, Function<Value, T> result) {
        Value fn = function();
        JsConsole outer = CONSOLE.get();
        CONSOLE.set(console);
        try {
            fn.getContext().resetLimits();
            return result.apply(fn.execute(args));
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isResourceExhausted() || e.isExit() || e.isInternalError()) {
                // the context is closed (or unusable) now: the next call on this thread gets a new one
                perThread.remove();
            }
            throw JsErrors.of(hook, e);
        } finally {
            if (outer == null) {
                CONSOLE.remove();
            } else {
                CONSOLE.set(outer);
            }
        }
    }

    private Value function() {
        Value fn = perThread.get();
        if (fn == null) {
            fn = newFunction();
            perThread.set(fn);
        }
        return fn;
    }

    private Value newFunction() {
        Context context = sandbox();
        try {
            Value fn = context.eval(source);
            if (!fn.canExecute()) {
                String got = fn.isNull() ? "undefined" : fn.toString();
                context.close();
                throw JsErrors.of(hook, "the JavaScript source must evaluate to a function, e.g. f => f.size < 1e6 (got "
                        + got + ")");
            }
            contexts.incrementAndGet();
            return fn;
        } catch (PolyglotException e) {
            context.close();
            throw JsErrors.of(hook, e);
        }
    }

    private static Context sandbox() {
        return Context.newBuilder("js")
                .engine(JsEngine.get())
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(name -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build())
                .out(new ForwardingStream(false))
                .err(new ForwardingStream(true))
                .build();
    }

    private static boolean isZeroOrNaN(Value number) {
        double d = number.asDouble();
        return d == 0 || Double.isNaN(d);
    }

    /** console.log/console.error: to the streams of the call that writes (a context outlives one run in tests). */
    private static final class ForwardingStream extends OutputStream {
        private final boolean err;

        ForwardingStream(boolean err) {
            this.err = err;
        }

        private PrintStream target() {
            JsConsole c = CONSOLE.get();
            if (c == null) {
                c = JsConsole.system();
            }
            return err ? c.err() : c.out();
        }

        @Override
        public void write(int b) {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target().write(b, off, len);
        }

        @Override
        public void flush() {
            target().flush();
        }
    }
}
