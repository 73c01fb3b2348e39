package dev.syncopate.cli;

import dev.syncopate.dsl.BlockEngine;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.log.TextFilter;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.robocopy.Platform;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.PrintStream;

/**
 * What the commands talk to: the two output streams, the platform and the engine. Injected so that
 * tests capture output, pretend to be Windows, and see what would have run without copying.
 *
 * <pre>{@code
 * Environment env = Environment.system(System.out, System.err);
 * Environment fake = new Environment(out, err, Platform.WINDOWS, (o, so, se) -> new SyncResult(0, Summary.EMPTY));
 * }</pre>
 */
public record Environment(PrintStream out, PrintStream err, Platform platform, Runner runner) {

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
