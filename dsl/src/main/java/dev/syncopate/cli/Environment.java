package dev.syncopate.cli;

import dev.syncopate.dsl.BlockEngine;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.log.TextFilter;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.robocopy.Platform;
import dev.syncopate.runstate.StateDir;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the commands talk to: the two output streams, the platform, the engine and the state directory
 * (run locks and history). Injected so that tests capture output, pretend to be Windows, see what would
 * have run without copying, and keep their run history out of the real home.
 *
 * <pre>{@code
 * Environment env = Environment.system(System.out, System.err);
 * Environment fake = new Environment(out, err, Platform.WINDOWS, (o, so, se) -> new SyncResult(0, Summary.EMPTY))
 *         .withStateDir(tmp.resolve("state"));
 * }</pre>
 */
public record Environment(PrintStream out, PrintStream err, Platform platform, Runner runner, Path stateDir) {

    /**
     * The state directory of this process's environment ({@link StateDir}); of the real platform, as a
     * test that pretends to be Windows on Linux has no {@code %LOCALAPPDATA%}.
     */
    public Environment(PrintStream out, PrintStream err, Platform platform, Runner runner) {
        this(out, err, platform, runner, StateDir.resolve(System::getenv, Platform.current().windows()));
    }

    public Environment withStateDir(Path dir) {
        return new Environment(out, err, platform, runner, dir);
    }

    /** Runs one sync job: {@link SyncRunner#run} in production. */
    @FunctionalInterface
    public interface Runner {
        SyncResult run(SyncOptions options, PrintStream out, PrintStream err);

        /** Runs with a secret mask on every output line; a fake that cannot mask ignores it. */
        default SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask) {
            return run(options, out, err);
        }

        /** Runs masked and stoppable ({@code run --timeout}); a fake that cannot stop ignores the signal. */
        default SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask,
                               StopSignal stop) {
            return run(options, out, err, mask);
        }
    }

    /** The real platform and engine, writing to the given streams. */
    public static Environment system(PrintStream out, PrintStream err) {
        return new Environment(out, err, Platform.current(), new Runner() {
            @Override
            public SyncResult run(SyncOptions options, PrintStream o, PrintStream e) {
                return BlockEngine.SYSTEM.run(options, o, e);
            }

            @Override
            public SyncResult run(SyncOptions options, PrintStream o, PrintStream e, TextFilter mask) {
                return BlockEngine.SYSTEM.run(options, o, e, mask);
            }

            @Override
            public SyncResult run(SyncOptions options, PrintStream o, PrintStream e, TextFilter mask, StopSignal stop) {
                return BlockEngine.SYSTEM.run(options, o, e, mask, stop);
            }
        });
    }
}
