package dev.syncopate.cli;

import dev.syncopate.execute.StopSignal;
import dev.syncopate.settings.DurationText;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * {@code run --timeout}: when the time is up, stops the run through its {@link StopSignal} (no new
 * copies, nothing more deleted, copies in progress abandoned without a torn file); the script then
 * finishes with bit 8 and its {@code onExitCode} handlers and notifications run as usual.
 *
 * <p>A script can still hang where no stop reaches it (a hook in an endless loop, a stuck network
 * mount). Then, {@code grace} after the timeout, the run is ended with 24 (failed + fatal) and a
 * line saying so, instead of holding its lock, and every later night's run, forever. Before the
 * process ends, {@code alerts} is given the reason: the run's alerts go out with 24 and that line
 * (the caller bounds how long they take), so the worst failure is not the silent one.
 *
 * <pre>{@code
 * try (RunDeadline d = RunDeadline.start(Duration.ofHours(4), stop, Duration.ofMinutes(1), err,
 *         why -> hardStopAlerts.send(24, why), Runtime.getRuntime()::halt)) {
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
     * @param limit  how long the run may take
     * @param grace  how long a stopped run may take to wind down before the process is ended
     * @param alerts sends the run's alerts for a hard stop, given the reason; returns in bounded time
     * @param halt   ends the process with a code ({@code Runtime::halt}: shutdown hooks could hang too)
     */
    static RunDeadline start(Duration limit, StopSignal stop, Duration grace, PrintStream err,
                             Consumer<String> alerts, IntConsumer halt) {
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
                        + " of that; ending it (exit " + HARD_STOP + ") after its onExitCode and notify alerts");
                err.flush();
                try {
                    alerts.accept(reason(limit, grace));
                } finally {
                    halt.accept(HARD_STOP);
                }
            }
        });
        return new RunDeadline(t, finished);
    }

    /** The line every alert of a hard stop carries. */
    static String reason(Duration limit, Duration grace) {
        return "ended after --timeout " + DurationText.format(limit) + ": the run did not stop within "
                + DurationText.format(grace) + " of the timeout (a hook or the script did not return); exit "
                + HARD_STOP;
    }

    @Override
    public void close() {
        finished.set(true);
        if (watcher != null) {
            watcher.interrupt();
        }
    }
}
