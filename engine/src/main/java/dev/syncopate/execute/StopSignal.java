package dev.syncopate.execute;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Asks a running job to stop, e.g. when {@code syncopate run --timeout} is reached: the walk visits
 * no more directories, no new copy starts, nothing more is deleted, and copies in progress are
 * interrupted. An interrupted copy never leaves a torn file: it was writing a temp file, which is
 * deleted (or kept for {@code /Z} to resume), and the target keeps its old version.
 *
 * <pre>{@code
 * StopSignal stop = new StopSignal();
 * EngineContext context = EngineContext.system().withStop(stop);
 * // on another thread, when time is up:
 * stop.stop("timed out after 4h");
 * // in a worker: blocking I/O inside is interrupted by stop()
 * List<SyncEvent> events = stop.interruptible(() -> copy(file));
 * }</pre>
 *
 * <p>Thread-safe. The first reason given wins; later calls change nothing.
 */
public final class StopSignal {
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private volatile String reason;

    /** Asks the job to stop and interrupts the work running under {@link #interruptible}. */
    public void stop(String why) {
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
        }
        workers.forEach(Thread::interrupt);
    }

    public boolean stopped() {
        return reason != null;
    }

    /** Why the job was stopped, or null while it was not. */
    public String reason() {
        return reason;
    }

    /**
     * Runs {@code work} on this thread so that {@link #stop} interrupts it: channel I/O then fails
     * with {@code ClosedByInterruptException} and sleeps end. The thread's interrupt flag is
     * cleared afterwards, so a pool thread takes no stale interrupt to its next task.
     */
    public <T> T interruptible(Supplier<T> work) {
        Thread me = Thread.currentThread();
        workers.add(me);
        try {
            if (stopped()) {
                me.interrupt();   // stop() may have run just before we registered
            }
            return work.get();
        } finally {
            workers.remove(me);
            Thread.interrupted();
        }
    }
}
