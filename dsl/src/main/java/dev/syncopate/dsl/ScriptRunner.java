package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.CompileException;
import dev.syncopate.monitor.Monitor;
import dev.syncopate.dsl.compile.CompiledScript;
import dev.syncopate.dsl.compile.ScriptCompiler;

import dev.syncopate.secret.Secrets;
import dev.syncopate.event.Summary;
import dev.syncopate.job.JobFileException;
import dev.syncopate.job.SyncFile;
import dev.syncopate.job.SyncFileReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Runs (or checks) one {@code *.sync.groovy} script, or a {@code *.sync.yaml} file as the script it
 * stands for ({@link YamlSyncScript}): load its classes (cache or compiler), run the body,
 * then the {@code onExitCode} handlers, and work out the exit code.
 *
 * <pre>{@code
 * ScriptRunner runner = new ScriptRunner(RunSettings.defaults(System.out, System.err));
 * ScriptRunner.Outcome o = runner.run(Path.of("nightly.sync.groovy"));
 * if (o.error() != null) System.err.println("syncopate: " + o.error());
 * System.exit(o.exitCode());
 * }</pre>
 *
 * <p>The exit code is the bitwise OR of the blocks' codes (16 for a block with a mistake), unless
 * {@code exit(n)} says otherwise. A script that does not compile exits 16 before anything runs; one that
 * throws outside a hook exits 16 at that point, after its {@code onExitCode} handlers (they are where
 * alerts are sent, and a crash is worth an alert). {@code check} runs the body with blocks and
 * {@code keep} only validated, and handlers not run: exit 0, or 16 after printing each problem.
 */
public final class ScriptRunner {
    private final RunSettings settings;
    private final HardStopAlerts hardStop;

    public ScriptRunner(RunSettings settings) {
        this(settings, new HardStopAlerts());
    }

    /** A runner whose run {@code hardStop} can still alert about when it has to be ended ({@code run --timeout}). */
    public ScriptRunner(RunSettings settings, HardStopAlerts hardStop) {
        this.settings = settings;
        this.hardStop = hardStop;
    }

    /**
     * How a run ended.
     *
     * @param exitCode the process exit code
     * @param error    a message for {@code syncopate: <error>}, located as {@code file:line:}, or null
     * @param cause    the exception behind {@code error}, for {@code --stacktrace}
     * @param totals   the sum of the summaries of the sync blocks that ran (the run history's counts)
     * @param note     what the run history says about how the run ended when {@code error} does not say
     *                 it ({@code timed out after 2s}), or null; the history shows {@code error} otherwise
     */
    public record Outcome(int exitCode, String error, Throwable cause, Summary totals, String note) {
        public Outcome {
            totals = totals == null ? Summary.EMPTY : totals;
        }

        /** An outcome before any block ran, or that has no counts to tell. */
        public Outcome(int exitCode, String error, Throwable cause) {
            this(exitCode, error, cause, Summary.EMPTY, null);
        }

        public Outcome withNote(String note) {
            return new Outcome(exitCode, error, cause, totals, note);
        }
    }

    public Outcome run(Path file) {
        Warmup.start();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new Outcome(16, "script file " + file + " not found", e);
        } catch (MalformedInputException e) {
            return new Outcome(16, "script file " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            return new Outcome(16, "cannot read script file " + file + ": " + e.getMessage(), e);
        }
        if (SyncFile.isSyncFile(name)) {
            return runSyncFile(file, name, text);
        }
        SyncScript script;
        try {
            script = instantiate(name, text);
        } catch (CompileException e) {
            return new Outcome(16, e.getMessage(), e);
        }
        return run(script, name);
    }

    /**
     * A YAML sync file: read and checked whole (exit 16, nothing run, on a mistake), then run as the
     * script it stands for. It has no parameters; {@code -P} is refused rather than silently ignored.
     */
    private Outcome runSyncFile(Path file, String name, String text) {
        if (!settings.params().isEmpty()) {
            return new Outcome(16, name + ": -P parameters are for Groovy scripts; a YAML sync file takes none", null);
        }
        SyncFile sync;
        try {
            sync = SyncFileReader.parse(text, name);
        } catch (JobFileException e) {
            return new Outcome(16, e.getMessage(), e);
        }
        return run(new YamlSyncScript(sync), name);
    }

    /**
     * Runs an already loaded script. Its output (stdout and stderr, also what is written to {@code System.out}
     * and {@code System.err} meanwhile, see {@link StandardStreams}) goes through the run's secret mask and
     * into the run log; {@code notify {}} notifications go out after the {@code onExitCode} handlers, with
     * the final code, also when the script crashed.
     */
    Outcome run(SyncScript script, String name) {
        boolean checking = settings.mode() == RunSettings.Mode.CHECK;
        Secrets secrets = new Secrets();
        RunLog runLog = checking ? RunLog.none() : RunLog.open(name);
        PrintStream out = secrets.wrap(runLog.tee(settings.out()));
        PrintStream err = secrets.wrap(runLog.tee(settings.err()));
        try (StandardStreams console = StandardStreams.redirect(out, err)) {
            return masked(secrets, run(script, name, settings.withStreams(out, err), secrets, runLog, checking));
        } finally {
            out.close();
            err.close();
            runLog.close();
        }
    }

    private Outcome run(SyncScript script, String name, RunSettings masked, Secrets secrets, RunLog runLog,
                        boolean checking) {
        ScriptContext context = new ScriptContext(masked, name, secrets, runLog.path());
        script.attach(context);
        hardStop.attach(context);
        try {
            return run(script, name, masked, context, checking);
        } finally {
            hardStop.detach(context);
        }
    }

    private Outcome run(SyncScript script, String name, RunSettings masked, ScriptContext context, boolean checking) {
        if (script instanceof YamlSyncScript yaml) {
            yaml.use(context);
        }
        int code;
        String error = null;
        Throwable cause = null;
        try {
            script.run();
            code = context.code();
        } catch (ScriptExit x) {
            code = x.code();
        } catch (Throwable e) {
            // Anything, an OutOfMemoryError too: the JVM would print a trace and exit 1, and skip the
            // handlers that send the alert. After the throw the stack is unwound, so they can usually run.
            code = 16;
            error = ScriptErrors.located(e, name);
            cause = e;
        }
        if (checking) {
            return check(context, name, error, cause);
        }
        // SIGTERM is how a watching script is ended (systemctl stop): its blocks' codes stand as they are.
        if (masked.stop().stopped() && !Monitor.TERMINATED.equals(masked.stop().reason())) {
            // The handlers and notifications below must see the run as failed, whatever it said.
            String note = masked.stop().reason() + ": the run was stopped early (exit code includes 8)";
            context.problem(note, null);
            context.endedBecause(note);
            code |= 8;
        }
        try {
            code = context.runExitHandlers(code);
        } catch (Throwable e) {
            if (error != null) {
                context.problem(error, cause);   // the first problem, before the handler's own
            }
            code = 16;
            error = ScriptErrors.located(e, name);
            cause = e;
        }
        try {
            context.sendNotifications(code);
        } catch (Throwable e) {
            // A mistake in a notify closure: said, but the exit code is the syncs' (and a crash's 16) still.
            context.problem(ScriptErrors.located(e, name), e);
        }
        context.metrics().write(context, code);
        return new Outcome(code, error, cause, context.summary(), null);
    }

    /** The outcome with its message, and its trace's messages, masked. */
    private static Outcome masked(Secrets secrets, Outcome o) {
        if (o.cause() == null) {
            return o;
        }
        return new Outcome(o.exitCode(), o.error() == null ? null : secrets.mask(o.error()), maskedCopy(secrets, o.cause()),
                o.totals(), o.note());
    }

    /** An exception for {@code --stacktrace} that shows the same frames and masked messages. */
    private static Throwable maskedCopy(Secrets secrets, Throwable t) {
        String m = t.getMessage();
        Throwable copy = new MaskedException(t.getClass().getName() + (m == null || m.isBlank() ? "" : ": " + secrets.mask(m)),
                t.getCause() == null || t.getCause() == t ? null : maskedCopy(secrets, t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** A masked stand-in for a script's exception. */
    private static final class MaskedException extends RuntimeException {
        MaskedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private Outcome check(ScriptContext context, String name, String error, Throwable cause) {
        if (error != null) {
            return new Outcome(16, error, cause);
        }
        if (context.failed()) {
            return new Outcome(16, null, null);
        }
        int n = context.blocks();
        settings.out().println(name + ": OK (" + n + " sync block" + (n == 1 ? "" : "s") + " checked)");
        return new Outcome(0, null, null);
    }

    private SyncScript instantiate(String name, String text) {
        ClassLoader parent = SyncScript.class.getClassLoader();
        CompiledScript compiled = settings.cache() != null
                ? settings.cache().load(name, text, parent)
                : ScriptCompiler.compile(name, text, parent);
        Class<?> main = compiled.load(parent);
        if (!SyncScript.class.isAssignableFrom(main)) {
            throw new CompileException(name + ": not a script: it only declares classes, it does nothing", null);
        }
        try {
            return (SyncScript) main.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the script object of " + name, e);
        }
    }
}
