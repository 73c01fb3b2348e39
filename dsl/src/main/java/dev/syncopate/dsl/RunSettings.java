package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.ScriptCache;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.schemes.Remotes;
import dev.syncopate.platform.Platform;
import dev.syncopate.process.ProcessRunner;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one script is run: {@code run} or {@code check}, {@code --dry-run}, the {@code -P} parameters, the
 * streams, the engine, and what tests replace (clock, environment, host name, compiled-script cache).
 *
 * <pre>{@code
 * RunSettings s = RunSettings.defaults(System.out, System.err, BlockEngine.SYSTEM)
 *         .withDryRun(true)
 *         .withParams(Map.of("target", "/mnt/nas"));
 * int code = new ScriptRunner(s).run(Path.of("nightly.sync.groovy")).exitCode();
 * }</pre>
 *
 * @param mode       run the blocks, or only validate them
 * @param dryRun     every block list-only, retention only says what it would remove
 * @param params     {@code -P name=value} pairs, the script's {@code params}
 * @param stacktrace print stack traces of script errors and hook failures
 * @param out        the script's {@code println} and the blocks' logs
 * @param err        error and warning lines
 * @param engine     runs a block's options
 * @param clock      {@code now}, {@code today}, {@code timestamp()} and retention ages
 * @param env        environment variables ({@code env()}, {@code XDG_CACHE_HOME})
 * @param hostname   the {@code hostname} value, computed on first use
 * @param cache      compiled-script cache, or null to compile every time
 * @param stop       stops the run early ({@code --timeout}): blocks not yet started do not start
 * @param platform   the operating system, for words that only exist on one ({@code netUse})
 * @param remotes    opens {@code sftp://} and {@code smb://} locations ({@link Remotes#open} in production)
 * @param processes  runs system programs such as {@code net use}
 */
public record RunSettings(Mode mode, boolean dryRun, Map<String, String> params, boolean stacktrace, PrintStream out,
                          PrintStream err, BlockEngine engine, Clock clock, Function<String, String> env,
                          Supplier<String> hostname, ScriptCache cache, StopSignal stop, Platform platform,
                          RemoteOpener remotes, ProcessRunner processes) {

    /** {@code syncopate run} or {@code syncopate check}. */
    public enum Mode { RUN, CHECK }

    public RunSettings {
        params = Map.copyOf(params);
    }

    /** Run mode with the system clock, environment and host name, and no cache. */
    public static RunSettings defaults(PrintStream out, PrintStream err, BlockEngine engine) {
        return new RunSettings(Mode.RUN, false, Map.of(), false, out, err, engine, Clock.systemDefaultZone(),
                System::getenv, Host::name, null, new StopSignal(), Platform.current(), Remotes::open,
                ProcessRunner.SYSTEM);
    }

    /** The real engine, for {@link Training} and other callers outside the launcher. */
    public static RunSettings defaults(PrintStream out, PrintStream err) {
        return defaults(out, err, BlockEngine.SYSTEM);
    }

    /** The same settings writing to other streams (the run's masked ones). */
    public RunSettings withStreams(PrintStream o, PrintStream e) {
        return new RunSettings(mode, dryRun, params, stacktrace, o, e, engine, clock, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withMode(Mode m) {
        return new RunSettings(m, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withDryRun(boolean d) {
        return new RunSettings(mode, d, params, stacktrace, out, err, engine, clock, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withParams(Map<String, String> p) {
        return new RunSettings(mode, dryRun, p, stacktrace, out, err, engine, clock, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withStacktrace(boolean s) {
        return new RunSettings(mode, dryRun, params, s, out, err, engine, clock, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withClock(Clock c) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, c, env, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withEnv(Function<String, String> e) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, e, hostname, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withHostname(Supplier<String> h) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, h, cache, stop,
                platform, remotes, processes);
    }

    public RunSettings withStop(StopSignal s) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, cache, s, platform, remotes, processes);
    }

    public RunSettings withCache(ScriptCache c) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, c, stop,
                platform, remotes, processes);
    }

    public RunSettings withPlatform(Platform p) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, cache, stop, p,
                remotes, processes);
    }

    public RunSettings withRemotes(RemoteOpener r) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, cache, stop,
                platform, r, processes);
    }

    public RunSettings withProcesses(ProcessRunner p) {
        return new RunSettings(mode, dryRun, params, stacktrace, out, err, engine, clock, env, hostname, cache, stop,
                platform, remotes, p);
    }
}
