package dev.syncopate.cli;

import dev.syncopate.execute.StopSignal;
import dev.syncopate.settings.DurationText;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * {@code run --timeout}: when the time is up, stops the run through its {@link StopSignal} (no new
 * copies, nothing more deleted, copies in progress abandoned without a torn file); the script then
 * finishes with bit 8 and its {@code onExitCode} handlers and notifications run as usual.
 *
 * <p>A script can still hang where no stop reaches it (a hook in an endless loop, a stuck network
 * mount). Then, {@code grace} after the timeout, the process ends with 24 (failed + fatal) and a
 * line saying so, instead of holding its lock, and every later night's run, forever.
 *
 * <pre>{@code
 * try (RunDeadline d = RunDeadline.start(Duration.ofHours(4), stop, Duration.ofMinutes(1), err, Runtime.getRuntime()::halt)) {
 *     ... run the script ...
 * }
 * }</pre>
 */
final class RunDeadline implements AutoCloseable {
    /** The exit code of a run that had to be ended: failures (8) and fatal (16). */
    static final int HARD_STOP = 24;
    static final RunDeadline NONE = new RunDeadline(null, new AtomicBoolean());

    private final Thread watcher;
    private final AtomicBoolean finished;

    private RunDeadline(Thread watcher, AtomicBoolean finished) {
        this.watcher = watcher;
        this.finished = finished;
    }

    /**
     * @param limit how long the run may take
     * @param grace how long a stopped run may take to wind down before the process is ended
     * @param halt  ends the process with a code ({@code Runtime::halt}: shutdown hooks could hang too)
     */
    static RunDeadline start(Duration limit, StopSignal stop, Duration grace, PrintStream err, IntConsumer halt) {
        String why = "timed out after " + DurationText.format(limit);
        AtomicBoolean finished = new AtomicBoolean();
        Thread t = Thread.ofPlatform().daemon().name("syncopate-timeout").start(() -> {
            try {
                Thread.sleep(limit);
                stop.stop(why);
                Thread.sleep(grace);
            } catch (InterruptedException e) {
                return;   // the run ended in time
            }
            if (!finished.get()) {
                err.println("syncopate: " + why + ", and the run did not stop within " + DurationText.format(grace)
                        + " of that; ending it (exit " + HARD_STOP + "), without onExitCode or notify");
                err.flush();
                halt.accept(HARD_STOP);
            }
        });
        return new RunDeadline(t, finished);
    }

    @Override
    public void close() {
        finished.set(true);
        if (watcher != null) {
            watcher.interrupt();
        }
    }
}
