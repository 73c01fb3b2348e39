package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.FileViews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code beforeDelete} hook: asked about each extra of a directory before any of them goes,
 * also under {@code /L} so a dry run shows what a hook would keep. What it keeps is said in the
 * log and is not deleted; a hook that throws keeps its extra too and is a failure (exit bit 8).
 * A stopped run asks no more. {@code /MAXDEL} counts only what this lets through, so a folder a
 * hook protects never trips it.
 *
 * <pre>{@code
 * Executor e = new BeforeDelete(inner, options.hooks(), stop);
 * e.purge(dir, extras);   // [Notice "\t    kept extra: /dst/keep.db (kept by policy)", ...inner's events]
 * }</pre>
 */
final class BeforeDelete extends ForwardingExecutor {
    private final SyncHooks hooks;
    private final StopSignal stop;

    BeforeDelete(Executor inner, SyncHooks hooks, StopSignal stop) {
        super(inner);
        this.hooks = hooks;
        this.stop = stop;
    }

    @Override
    public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
        List<SyncEvent> events = new ArrayList<>();
        List<Action.Purge> approved = new ArrayList<>(extras.size());
        for (Action.Purge p : extras) {
            if (stop.stopped()) {
                break;
            }
            Path target = dir.destination().resolve(p.target().name());
            Verdict verdict;
            try {
                verdict = hooks.beforeDelete(FileViews.extra(dir, p.path(), p.target()));
            } catch (RuntimeException e) {
                events.add(SyncEvent.Notice.ofFailure("ERROR : beforeDelete hook failed for " + target + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + "; not deleted"));
                continue;
            }
            if (verdict.proceed()) {
                approved.add(p);
            } else {
                events.add(new SyncEvent.Notice("\t    kept extra: " + target + " (" + verdict.reason() + ")"));
            }
        }
        events.addAll(inner.purge(dir, approved));
        return events;
    }
}
