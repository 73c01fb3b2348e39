package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeout stop ({@code syncopate run --timeout}, {@link StopSignal}): once the run is
 * stopped no new copy starts and nothing more is deleted, and copies in progress are interrupted
 * (their temp files go, or stay for {@code /Z}). A copy that never started has no line at all.
 * The end of the run says once that it was stopped, as a failure (exit bit 8).
 *
 * <pre>{@code
 * Executor e = new Stoppable(inner, stop);
 * stop.stop("timed out after 4h");
 * e.copy(job);        // []
 * e.finish();         // [..., Notice "ERROR : Stopped (timed out after 4h): ..." (a failure)]
 * }</pre>
 */
final class Stoppable extends ForwardingExecutor {
    private final StopSignal stop;

    Stoppable(Executor inner, StopSignal stop) {
        super(inner);
        this.stop = stop;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        if (stop.stopped()) {
            return List.of();
        }
        return stop.interruptible(() -> inner.copy(job));
    }

    /** One extra at a time, so a stop between two of them deletes nothing more. */
    @Override
    public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
        List<SyncEvent> events = new ArrayList<>();
        for (Action.Purge p : extras) {
            if (stop.stopped()) {
                break;
            }
            events.addAll(inner.purge(dir, List.of(p)));
        }
        return events;
    }

    @Override
    public List<SyncEvent> finish() {
        List<SyncEvent> events = new ArrayList<>(inner.finish());
        if (stop.stopped()) {
            events.add(SyncEvent.Notice.ofFailure("ERROR : Stopped (" + stop.reason() + "): no new copies were"
                    + " started and nothing more was deleted; the next run copies the rest."));
        }
        return events;
    }
}
