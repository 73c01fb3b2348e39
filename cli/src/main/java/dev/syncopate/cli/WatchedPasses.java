package dev.syncopate.cli;

import dev.syncopate.event.Summary;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.monitor.Monitor;
import dev.syncopate.monitor.WatchPolicy;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.sync.SyncResult;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A {@code robocopy /MON /MOT} run as one result: the monitor's exit code (its passes' codes together)
 * with the last pass's summary, which is what {@code /METRICS} reports of a monitor that has ended.
 *
 * <pre>{@code
 * SyncResult r = WatchedPasses.watch(inv.watch(), options, stop, out, o -> runner.run(o, out, err));
 * }</pre>
 */
final class WatchedPasses {
    private WatchedPasses() {
    }

    static SyncResult watch(WatchPolicy policy, SyncOptions options, StopSignal stop, PrintStream out,
                            Function<SyncOptions, SyncResult> pass) {
        AtomicReference<Summary> last = new AtomicReference<>(Summary.EMPTY);
        int code = Monitor.watch(policy, options, stop, out, o -> {
            SyncResult r = pass.apply(o);
            last.set(r.summary());
            return r.exitCode();
        });
        return new SyncResult(code, last.get());
    }
}
