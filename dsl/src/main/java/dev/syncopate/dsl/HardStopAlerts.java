package dev.syncopate.dsl;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts of a run that has to be ended ({@code run --timeout}, and the script did not stop:
 * a hook in an endless loop): the {@code onExitCode} handlers and the {@code notify {}}
 * notifications still run, with exit 24 and a line saying why, before the process ends. The
 * run's own thread is stuck, so they run here, on the caller's thread (the deadline's), each on a
 * thread of its own that is abandoned when its time is up: they are user code and network calls,
 * and may hang too.
 *
 * <pre>{@code
 * HardStopAlerts alerts = new HardStopAlerts();
 * new ScriptRunner(settings, alerts).run(file);        // attaches the run while it goes on
 * // on the deadline's thread, when the run did not stop:
 * alerts.send(24, "ended after --timeout 4h: the run did not stop within 1m of it");
 * }</pre>
 *
 * <p>Only what the script declared before the line where it hung is known: {@code notify {}} and
 * {@code onExitCode} belong before the {@code sync} blocks.
 *
 * <p>Bounds: the handlers together {@code handlers} (10 s), each notification {@code each}
 * (10 s), everything {@code total} (30 s). Handlers or notifications the stuck run had already
 * started are not run again. An {@code exit(n)} in a handler does not change the 24.
 */
public final class HardStopAlerts {
    static final Duration HANDLERS = Duration.ofSeconds(10);
    static final Duration EACH = Duration.ofSeconds(10);
    static final Duration TOTAL = Duration.ofSeconds(30);

    private final Duration handlers;
    private final Duration each;
    private final Duration total;
    private volatile ScriptContext context;

    public HardStopAlerts() {
        this(HANDLERS, EACH, TOTAL);
    }

    HardStopAlerts(Duration handlers, Duration each, Duration total) {
        this.handlers = handlers;
        this.each = each;
        this.total = total;
    }

    void attach(ScriptContext c) {
        context = c;
    }

    void detach(ScriptContext c) {
        if (context == c) {
            context = null;
        }
    }

    /**
     * Runs the handlers and notifications the run has not started, with {@code code}, and returns
     * within the bounds; {@code reason} is in every alert (email body, webhook, command environment)
     * and on stderr. Nothing to do when no script is running.
     */
    public void send(int code, String reason) {
        ScriptContext c = context;
        if (c == null) {
            return;
        }
        c.endedBecause(reason);
        // A local file, written at once: the run that had to be ended is what the metrics must show.
        c.metrics().write(c, code);
        if (!c.hasExitHandlers() && c.notifications().isEmpty()) {
            // Alerts declared below the line where the run hung were never reached.
            problem(c, "no onExitCode or notify alert was declared before the run hung; declare them before"
                    + " the sync blocks to be told when a run has to be ended");
            return;
        }
        long end = System.nanoTime() + total.toNanos();
        if (c.claimExitHandlers()) {
            // Its exit(n) is ignored: the process ends with the code of a run that had to be ended.
            within(c, "onExitCode", handlers, end, () -> c.runClaimedExitHandlers(code));
        }
        c.forceFinalCode(code);
        for (NotifyBlock.Rule r : new ArrayList<>(c.notifications())) {
            within(c, "a notification", each, end, () -> NotifyBlock.send(List.of(r), code));
        }
        c.out().flush();
        c.settings().err().flush();
    }

    /** Runs {@code work} on its own daemon thread; waits at most {@code budget}, and never past {@code end}. */
    private static void within(ScriptContext c, String what, Duration budget, long end, Runnable work) {
        long left = Math.min(budget.toNanos(), end - System.nanoTime());
        if (left <= 0) {
            problem(c, what + " was not run: the time for the alerts of a run that had to be ended is up");
            return;
        }
        Thread t = Thread.ofPlatform().daemon().name("syncopate-alert").start(() -> {
            try {
                work.run();
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                problem(c, what + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        });
        try {
            if (!t.join(Duration.ofNanos(left))) {
                problem(c, what + " did not finish within " + Math.max(1, Duration.ofNanos(left).toSeconds())
                        + "s; not waiting for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void problem(ScriptContext c, String message) {
        PrintStream err = c.settings().err();
        err.println("syncopate: " + c.alerting().secrets().mask(message));
        err.flush();
    }
}
