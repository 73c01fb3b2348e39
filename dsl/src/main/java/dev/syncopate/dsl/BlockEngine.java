package dev.syncopate.dsl;

import dev.syncopate.execute.StopSignal;
import dev.syncopate.log.LogTargets;
import dev.syncopate.log.TextFilter;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.sync.EngineContext;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.PrintStream;

/**
 * Runs one {@code sync} block's options: {@link SyncRunner#run(SyncOptions, PrintStream, PrintStream)} in
 * production, the launcher's injected runner in tests. The masked variant gets the run's secret mask, so
 * that the block's log file, console lines and JSON report never show a registered secret; engines that
 * cannot mask (test fakes) ignore it.
 *
 * <pre>{@code
 * BlockEngine engine = BlockEngine.SYSTEM;
 * engine.run(options, out, err, secrets.asFilter());
 * }</pre>
 */
@FunctionalInterface
public interface BlockEngine {
    /** The real engine, masking with the filter it is given. */
    BlockEngine SYSTEM = new BlockEngine() {
        @Override
        public SyncResult run(SyncOptions options, PrintStream out, PrintStream err) {
            return SyncRunner.run(options, out, err);
        }

        @Override
        public SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask) {
            return run(options, out, err, mask, new StopSignal());
        }

        @Override
        public SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask, StopSignal stop) {
            return SyncRunner.run(options, out, err, EngineContext.system().withStop(stop),
                    LogTargets.consoleIsInteractive(), mask);
        }
    };

    SyncResult run(SyncOptions options, PrintStream out, PrintStream err);

    /** Runs with every log line and report string passed through {@code mask}. */
    default SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask) {
        return run(options, out, err);
    }

    /** Runs masked, stopping early when {@code stop} says so ({@code --timeout}); fakes ignore it. */
    default SyncResult run(SyncOptions options, PrintStream out, PrintStream err, TextFilter mask, StopSignal stop) {
        return run(options, out, err, mask);
    }
}
