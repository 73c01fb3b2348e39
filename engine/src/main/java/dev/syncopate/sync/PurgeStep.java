package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.Retrier;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;

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

    List<SyncEvent> run(DirectoryContext dir, List<Action.Purge> purges) {
        List<SyncEvent> events = new ArrayList<>();
        for (Action.Purge p : purges) {
            Path target = dir.destination().resolve(p.target().name());
            FileView view = new FileView(p.target().name(), p.path(), p.target().size(), p.target().modified(),
                    dev.syncopate.classify.FileClass.EXTRA, null, target, p.target().isDirectory());
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
            if (!verdict.proceed()) {
                events.add(new SyncEvent.Notice("\t    kept extra: " + target + " (" + verdict.reason() + ")"));
                continue;
            }
            if (ops.options().listOnly()) {
                continue;
            }
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
        return events;
    }
}
