package dev.syncopate.monitor;

import dev.syncopate.execute.StopSignal;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * Robocopy's monitor mode ({@code /MON:n}, {@code /MOT:m}; {@code watch} in the DSL): run a pass,
 * watch the source, run again whenever the {@link WatchPolicy} says so, until stopped. The source is
 * watched from before the first pass, so a change made while a pass runs is never missed: it starts
 * the next one.
 *
 * <pre>{@code
 * Monitor m = new Monitor(WatchPolicy.robocopy(null, 5), source, stop, out, Clock.systemUTC());
 * int code = m.run(() -> engine.run(options, out, err, mask, stop).exitCode());
 * // from a SIGTERM handler, or any thread: m.terminate();
 * }</pre>
 *
 * <p>It ends when {@code stop} is stopped: by {@link #terminate()} (SIGTERM), by {@code --timeout}, or
 * by anything else holding the signal. A pass under way is stopped as any run is (no torn file, bit 8);
 * a monitor waiting between passes just ends. Its code is the OR of its passes' codes, plus 8 when it
 * was stopped other than by {@link #terminate()} ({@code --timeout} fails a run, as everywhere).
 */
public final class Monitor {
    /** How often the monitor looks at the stop signal while it waits for changes. */
    private static final Duration TICK = Duration.ofMillis(200);
    /** The quiet that ends a burst of changes, and the longest a burst may hold a pass back. */
    private static final Duration SETTLE = Duration.ofMillis(100);
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(2);
    /** The stop reason of a monitor ended by SIGTERM: its normal end, which fails nothing. */
    public static final String TERMINATED = "stopped by SIGTERM";

    private final WatchPolicy policy;
    private final Path source;
    private final StopSignal stop;
    private final PrintStream out;
    private final Clock clock;
    private final SourceOpener opener;
    private volatile boolean terminated;

    /** How the monitor watches a tree: {@link SourceChanges#open} in real runs, a fake in tests. */
    @FunctionalInterface
    public interface SourceOpener {
        SourceChanges open(Path root) throws IOException;
    }

    public Monitor(WatchPolicy policy, Path source, StopSignal stop, PrintStream out, Clock clock) {
        this(policy, source, stop, out, clock, SourceChanges::open);
    }

    Monitor(WatchPolicy policy, Path source, StopSignal stop, PrintStream out, Clock clock, SourceOpener opener) {
        this.policy = policy;
        this.source = source;
        this.stop = stop;
        this.out = out;
        this.clock = clock;
        this.opener = opener;
    }

    /**
     * Runs {@code pass} under a monitor on {@code source} until {@code stop} is stopped or SIGTERM comes:
     * what {@code robocopy /MON /MOT} and a DSL {@code watch} do.
     */
    public static int watch(WatchPolicy policy, Path source, StopSignal stop, PrintStream out, IntSupplier pass) {
        Monitor m = new Monitor(policy, source, stop, out, Clock.systemUTC());
        try (TermSignal term = TermSignal.onTerm(m::terminate)) {
            return m.run(pass);
        }
    }

    /**
     * {@link #watch(WatchPolicy, Path, StopSignal, PrintStream, IntSupplier)} for a run of {@code options}:
     * the passes after the first append to its log file ({@code /LOG:} would have each pass overwrite the
     * record of the one before).
     */
    public static int watch(WatchPolicy policy, SyncOptions options, StopSignal stop, PrintStream out,
                            ToIntFunction<SyncOptions> pass) {
        LogOptions log = options.log();
        SyncOptions later = log.logFile() == null || log.appendLog() ? options
                : options.toBuilder().log(log.withLogFile(log.logFile(), true)).build();
        boolean[] first = {true};
        return watch(policy, options.source(), stop, out, () -> {
            SyncOptions now = first[0] ? options : later;
            first[0] = false;
            return pass.applyAsInt(now);
        });
    }

    /** Ends the monitor cleanly, as SIGTERM does: the pass under way stops, the summary line is written. */
    public void terminate() {
        terminated = true;
        stop.stop(TERMINATED);
    }

    /**
     * Runs {@code pass} (which returns its exit code) once, and again on changes, until stopped.
     *
     * @return the OR of the passes' codes, plus 8 when stopped other than by {@link #terminate()}
     */
    public int run(IntSupplier pass) {
        SourceChanges changes;
        try {
            changes = opener.open(source);
        } catch (IOException e) {
            // The pass says what is wrong with the source in the log's own words (ERROR 2 ... Accessing
            // Source Directory); the monitor only adds that it cannot go on.
            int code = pass.getAsInt();
            return end(code | 16, 1, "cannot watch " + source + ": " + e.getMessage());
        }
        int code = 0;
        int passes = 0;
        try (changes) {
            code = pass.getAsInt();
            passes++;
            while (!stop.stopped()) {
                int seen = awaitPolicy(changes);
                if (seen < 0) {
                    break;
                }
                out.println();
                out.println("  Monitor : " + seen + (seen == 1 ? " change" : " changes") + " seen, running again");
                code |= pass.getAsInt();
                passes++;
            }
        } catch (IOException e) {
            return end(code | 16, passes, "cannot watch " + source + " any more: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return end(code | 8, passes, "interrupted");
        }
        return end(terminated ? code : code | 8, passes, stop.reason());
    }

    private int end(int code, int passes, String why) {
        out.println();
        out.println("  Monitor : ended (" + why + ") after " + passes + (passes == 1 ? " pass" : " passes")
                + ", exit code " + code);
        out.flush();
        return code;
    }

    /** Waits until the policy starts a pass: the number of changes seen, or -1 when stopped first. */
    private int awaitPolicy(SourceChanges changes) throws IOException, InterruptedException {
        Instant earliest = clock.instant().plus(policy.interval());
        Set<Path> seen = new HashSet<>();
        while (!stop.stopped()) {
            seen.addAll(changes.take(TICK));
            if (seen.size() >= policy.changes() && !clock.instant().isBefore(earliest)) {
                settle(changes, seen);
                return stop.stopped() ? -1 : seen.size();
            }
        }
        return -1;
    }

    /**
     * Lets a burst of changes end before the pass starts: a file being written sends event after event,
     * and a pass started at the first would copy it half-written and run again for the rest.
     */
    private void settle(SourceChanges changes, Set<Path> seen) throws IOException, InterruptedException {
        Instant latest = clock.instant().plus(SETTLE_AT_MOST);
        while (!stop.stopped() && clock.instant().isBefore(latest)) {
            Set<Path> more = changes.take(SETTLE);
            if (more.isEmpty()) {
                return;
            }
            seen.addAll(more);
        }
    }
}
