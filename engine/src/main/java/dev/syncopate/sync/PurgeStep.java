package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.Retrier;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.FileViews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes (or, with {@code /BACKUPDIR}, moves away) the extras of one directory. It runs on the
 * walk's thread after the copies of that directory have finished, and asks {@code beforeDelete}
 * first, also under {@code /L} so a dry run shows what a hook would keep.
 *
 * <pre>{@code
 * output.step(() -> new PurgeStep(ops).run(dir, purges));
 * }</pre>
 */
final class PurgeStep {
    private final Operations ops;

    PurgeStep(Operations ops) {
        this.ops = ops;
    }

    /** Asks {@code beforeDelete} about each extra, then deletes those it lets go. */
    List<SyncEvent> run(DirectoryContext dir, List<Action.Purge> purges) {
        List<SyncEvent> events = new ArrayList<>();
        delete(dir, approve(dir, purges, events), events);
        return events;
    }

    /**
     * The extras {@code beforeDelete} lets go; a veto or a failing hook is reported in
     * {@code events}. {@code /MAXDEL} counts only these, so a folder a hook protects never trips it.
     */
    List<Action.Purge> approve(DirectoryContext dir, List<Action.Purge> purges, List<SyncEvent> events) {
        List<Action.Purge> approved = new ArrayList<>(purges.size());
        for (Action.Purge p : purges) {
            if (ops.stop().stopped()) {
                break;
            }
            Path target = dir.destination().resolve(p.target().name());
            FileView view = FileViews.extra(dir, p.path(), p.target());
            Verdict verdict;
            try {
                verdict = ops.options().hooks().beforeDelete(view);
            } catch (RuntimeException e) {
                ops.failed();
                events.add(new SyncEvent.Notice("ERROR : beforeDelete hook failed for " + target + ": "
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
        return approved;
    }

    /** Deletes approved extras (nothing under {@code /L}), with retries; failures go to {@code events}. */
    void delete(DirectoryContext dir, List<Action.Purge> approved, List<SyncEvent> events) {
        if (ops.options().listOnly()) {
            return;
        }
        for (Action.Purge p : approved) {
            if (ops.stop().stopped()) {
                return;   // a stopped run deletes nothing more (the final notice says so)
            }
            Path target = dir.destination().resolve(p.target().name());
            String action = p.target().isDirectory() ? "Deleting Extra Dir" : "Deleting Extra File";
            Retrier.Outcome<?> done = ops.retrier().run(action, target, () -> {
                ops.extraTreePurge().purge(target, p.path(), p.target().isDirectory());
                return Boolean.TRUE;
            });
            if (!done.succeeded()) {
                ops.failed();
            }
            events.addAll(done.events());
        }
    }
}
