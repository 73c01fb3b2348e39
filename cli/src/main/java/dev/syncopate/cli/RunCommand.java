package dev.syncopate.cli;

import dev.syncopate.dsl.HardStopAlerts;
import dev.syncopate.dsl.RunSettings;
import dev.syncopate.dsl.ScriptRunner;
import dev.syncopate.dsl.compile.ScriptCache;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.runstate.RunGuard;
import dev.syncopate.settings.DurationText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code syncopate run}: runs a {@code *.sync.groovy} script, what cron, systemd timers and the Task
 * Scheduler call.
 *
 * <pre>{@code
 * $ syncopate run nightly.sync.groovy
 * $ syncopate run nightly.sync.groovy --dry-run -P target=/mnt/usb
 * $ syncopate run nightly.sync.groovy --timeout 4h --exit-codes simple     # from a scheduler
 * }</pre>
 *
 * <p>The run holds the script's lock and is recorded in its history ({@link RunGuard}).
 *
 * <p>Compiled scripts are cached in {@code ${XDG_CACHE_HOME:-~/.cache}/syncopate/scripts}; the system
 * property {@code syncopate.scriptCache} names another directory, or {@code off} (tests use it).
 */
@Command(name = "run",
        description = {
            "Run a Groovy sync script (*.sync.groovy): each sync block runs when it is reached.",
            "",
            "The exit code is the bitwise OR of the blocks' codes, unless the script calls exit(n). A script"
                    + " that does not compile exits 16 before anything runs; one that throws exits 16 at that"
                    + " point. A block with a mistake (unknown setting, wrong value, no 'from') copies nothing,"
                    + " adds 16, and the script goes on. Mistakes are shown as file:line: message.",
            "",
            "One run of a script at a time: while it runs, another run of it exits 16 at once with 'already"
                    + " running (pid N, since HH:MM:SS)'. Every run is recorded; 'syncopate history FILE' lists"
                    + " the last ones.",
            "",
            "A YAML sync file (*.sync.yaml, *.sync.yml: a 'sync:' list of blocks keyed by the DSL's words) runs"
                    + " the same way; it is checked whole first, so a mistake anywhere in it copies nothing (16),"
                    + " and it takes no -P."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.C0, ExitCodes.C1, ExitCodes.C2, ExitCodes.C3, ExitCodes.C4, ExitCodes.C5,
                ExitCodes.C6, ExitCodes.C7, ExitCodes.C8, ExitCodes.C9, RunCommand.C16})
final class RunCommand extends BaseCommand implements Callable<Integer> {
    static final String C16 = "  16:fatal: the script does not compile or throws, a block or keep has a mistake,"
            + " a source/destination is unreachable, or the script is already running";

    private final Environment env;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script, e.g. nightly.sync.groovy or nightly.sync.yaml")
    Path file;

    @Option(names = "--dry-run", description = "list what every block would do (as /L); change nothing,"
            + " retention included; hooks that may skip files still run")
    boolean dryRun;

    @Mixin
    ParameterOptions params;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "stop after this long (e.g. 2s, 45m, 4h, 1h30m): no new copies start, nothing more is"
                    + " deleted, copies in progress are abandoned (never torn), later blocks do not start; the"
                    + " exit code gets 8 and onExitCode/notify run with it. A run that still does not stop (a hook"
                    + " in an endless loop) is ended a minute later with 24, after its onExitCode and notify alerts"
                    + " (10s each, 30s in all)")
    Duration timeout;

    @Option(names = "--exit-codes", paramLabel = "STYLE", converter = ExitCodeStyle.Converter.class,
            description = "robocopy (default): the bitmask 0-16 as listed below; simple: 0 for 0-7 and 1 for 8"
                    + " or more, for schedulers that take any non-zero code as failure")
    ExitCodeStyle exitCodes = ExitCodeStyle.ROBOCOPY;

    RunCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // Unattended: nothing may wait for an answer on stdin, which cron leaves open or absent.
        System.setIn(InputStream.nullInputStream());
        StopSignal stop = new StopSignal();
        RunSettings settings = settings(env, stacktrace).withDryRun(dryRun).withParams(params.values()).withStop(stop);
        HardStopAlerts alerts = new HardStopAlerts();
        try (RunDeadline deadline = timeout == null ? RunDeadline.NONE
                : RunDeadline.start(timeout, stop, grace(), env.err(), why -> alerts.send(RunDeadline.HARD_STOP, why),
                        this::halt)) {
            ScriptRunner.Outcome o = new RunGuard(env.stateDir(), env.err()).run(file, dryRun, () -> {
                ScriptRunner.Outcome r = new ScriptRunner(settings, alerts).run(file);
                return stop.stopped() ? r.withNote(stop.reason()) : r;   // the history says why it failed
            });
            return exitCodes.map(outcome(o));
        } catch (ExitException e) {
            throw new ExitException(exitCodes.map(e.code()), e.getMessage(), e.getCause());
        }
    }

    /** Ends a run that did not stop after its timeout: what it printed so far is kept. */
    private void halt(int code) {
        env.out().flush();
        Runtime.getRuntime().halt(code);
    }

    /**
     * How long a timed-out run may take to wind down before the process is ended: a minute, or
     * {@code -Dsyncopate.timeout.grace=5s} (the tests' setting).
     */
    private static Duration grace() {
        String p = System.getProperty("syncopate.timeout.grace");
        return p == null || p.isBlank() ? Duration.ofMinutes(1) : DurationText.parse(p);
    }

    /** picocli: {@code --timeout 2s}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return DurationText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** What {@code run} and {@code check} share: streams, engine, platform, remote openers, cache. */
    static RunSettings settings(Environment env, boolean stacktrace) {
        RunSettings s = RunSettings.defaults(env.out(), env.err(), env.runner()).withStacktrace(stacktrace)
                .withPlatform(env.platform()).withRemotes(env.remotes());
        String property = System.getProperty("syncopate.scriptCache");
        if ("off".equals(property)) {
            return s;
        }
        Path dir = property != null && !property.isBlank() ? Path.of(property) : ScriptCache.defaultDir(s.env());
        return s.withCache(new ScriptCache(dir, VersionProvider.version()));
    }

    /** The exit code; a script error becomes {@code syncopate: file:line: message} through {@link Errors}. */
    static int outcome(ScriptRunner.Outcome o) {
        if (o.error() != null) {
            throw new ExitException(o.exitCode(), o.error(), o.cause());
        }
        return o.exitCode();
    }
}
