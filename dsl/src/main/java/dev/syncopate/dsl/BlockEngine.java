package dev.syncopate.dsl;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.PrintStream;

/**
 * Runs one {@code sync} block's options: {@link SyncRunner#run(SyncOptions, PrintStream, PrintStream)} in
 * production, the launcher's injected runner in tests.
 *
 * <pre>{@code
 * BlockEngine engine = SyncRunner::run;
 * }</pre>
 */
@FunctionalInterface
public interface BlockEngine {
    SyncResult run(SyncOptions options, PrintStream out, PrintStream err);
}
