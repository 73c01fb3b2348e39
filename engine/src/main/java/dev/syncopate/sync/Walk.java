package dev.syncopate.sync;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.CopyJob;
import dev.syncopate.execute.Executor;
import dev.syncopate.execute.LazyDir;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.execute.TempSplit;
import dev.syncopate.scan.NameKey;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.Planner;
import dev.syncopate.scan.DirectoryLister;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.Listing;
import dev.syncopate.select.Selector;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The walk itself: a stack of directories, each listed, planned and handed to the
 * {@link Executor}, whose events reach the sink in walk order through {@link OrderedOutput}.
 * Depth-first, one directory at a time, on the calling thread; listings are fetched a few
 * directories ahead on the listing pool and copies run on the copy pool.
 *
 * <pre>{@code
 * new Walk(options, planner, selector, listers, key, execute, stop, copyPool, listPool, hookRunner, out)
 *         .run(rootTask);   // ends with execute.finish()
 * }</pre>
 */
final class Walk {
    private static final int PREFETCH = 8;

    /** The two listers: the source's follows links unless /SL, the destination's never does. */
    record Listers(DirectoryLister source, DirectoryLister destination) {
    }

    private final SyncOptions options;
    private final Planner planner;
    private final Selector selector;
    private final Listers listers;
    private final NameKey key;
    private final Executor execute;
    private final StopSignal stop;
    private final ExecutorService listPool;
    private final EventSink out;
    private final Lines lines;
    private final OwnRoots ownRoots;
    private final OrderedOutput output;
    private final CopyBatches copies;
    private final ArrayDeque<DirTask> stack = new ArrayDeque<>();
    private boolean filterFailureTold;

    Walk(SyncOptions options, Planner planner, Selector selector, Listers listers, NameKey key, Executor execute,
         StopSignal stop, ExecutorService copyPool, ExecutorService listPool, HookRunner hooks, EventSink out,
         Lines lines) {
        this.options = options;
        this.planner = planner;
        this.selector = selector;
        this.listers = listers;
        this.key = key;
        this.execute = execute;
        this.stop = stop;
        this.listPool = listPool;
        this.out = out;
        this.lines = lines;
        this.ownRoots = OwnRoots.of(options);
        this.output = new OrderedOutput(events -> hooks.emit(events, out), Math.max(64, options.threads() * 32));
        this.copies = new CopyBatches(execute, copyPool, output, !options.hooks().hasBeforeCopy());
    }

    void run(DirTask root) {
        stack.push(root);
        while (!stack.isEmpty() && !stop.stopped()) {
            DirTask task = stack.pop();
            prefetchAhead();
            visit(task, task.await(this::list));
            output.drainReady();
        }
        output.drainAll();
        execute.finish().forEach(out::accept);
    }

    private void prefetchAhead() {
        Iterator<DirTask> it = stack.iterator();
        for (int i = 0; i < PREFETCH && it.hasNext(); i++) {
            it.next().prefetch(listPool, this::list);
        }
    }

    private DirTask.Listings list(DirTask t) {
        Listing src = listers.source().list(t.context().source());
        Listing dst = t.status() == DirStatus.NEW ? Listing.ABSENT : listers.destination().list(t.context().destination());
        return new DirTask.Listings(src, dst);
    }

    private void visit(DirTask task, DirTask.Listings l) {
        DirectoryContext dir = task.context();
        if (l.source().failed() || !l.source().exists()) {
            output.now(lines.listingFailed(dir, dir.source(), "Scanning Source Directory", l.source()));
            return;
        }
        if (l.destination().failed()) {
            output.now(lines.listingFailed(dir, dir.destination(), "Scanning Destination Directory", l.destination()));
            return;
        }
        List<Entry> src = l.source().entries();
        TempSplit dst = TempSplit.of(l.destination().entries(), src, key);
        List<Action> actions = ownRoots.withoutOwnRoots(dir, planner.candidates(dir, src, dst.entries()));
        long files = src.stream().filter(e -> !e.isDirectory() && selector.inFileSpec(e.name())).count();
        boolean hasChildren = actions.stream().anyMatch(a -> a instanceof Action.Descend);
        LazyDir target = enter(dir, task.status(), files, hasChildren);
        if (target == null) {
            return;
        }
        execute.clearTemps(dir, dst, actions);
        if (planner.filterFailed() && options.scope().purge() && !filterFailureTold) {
            filterFailureTold = true;
            output.now(new SyncEvent.Notice(SyncEngine.FILTER_FAILED));
        }
        List<Action.Purge> purges = new ArrayList<>();
        List<DirTask> children = new ArrayList<>();
        for (Action candidate : LogOrder.extrasFirst(actions)) {
            // beforeCopy just before its copy is handed over: hooks and copies interleave.
            Action a = candidate instanceof Action.CopyFile c ? planner.beforeCopy(dir, c) : candidate;
            if (!(a instanceof Action.CopyFile)) {
                copies.flush();   // this action's lines come after the copies before it
            }
            switch (a) {
                case Action.CopyFile c -> {
                    String temp = dst.tempName(c);
                    copies.add(new CopyJob(dir, c, target, temp, dst.listed(temp)));
                }
                case Action.Descend d -> descend(task, d, children);
                case Action.Purge p -> {
                    output.now(lines.extra(dir, p.target(), p.path()));
                    purges.add(p);
                }
                case Action.Skip s -> output.now(lines.skip(dir, s));
                case Action.Report r -> output.now(lines.report(dir, r));
                case Action.Duplicate x -> output.now(lines.duplicate(dir, x));
            }
        }
        copies.flush();
        if (!purges.isEmpty()) {
            // Deletes last: after the copies of this directory, which the output has queued before it.
            output.step(() -> execute.purge(dir, purges));
        }
        execute.directoryDone(dir, task.source());
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    /**
     * Writes the directory's line and prepares its destination: created now under {@code /E} (or
     * for the root), on first use under {@code /S}. Returns null when it could not be created.
     */
    private LazyDir enter(DirectoryContext dir, DirStatus status, long files, boolean hasChildren) {
        Path dst = dir.destination();
        if (status != DirStatus.NEW) {
            output.now(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.EXISTING, files));
            return LazyDir.existing(dst);
        }
        boolean eager = options.scope().emptyDirs() || dir.depth() == 0;
        if (eager) {
            List<SyncEvent> made = execute.makeDir(dir, files);
            output.now(made);
            boolean failed = made.getFirst() instanceof SyncEvent.DirectoryLine d && d.status() == DirStatus.FAILED;
            return failed ? null : LazyDir.existing(dst);
        }
        if (files == 0 && !hasChildren) {
            return LazyDir.missing(dst);   // /S leaves empty directories out, silently, as Robocopy does
        }
        output.now(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.NEW, files));
        return LazyDir.missing(dst);
    }

    private void descend(DirTask parent, Action.Descend d, List<DirTask> children) {
        DirectoryContext child = parent.context().child(d.source().name());
        if (d.target() != null && !d.target().name().equals(d.source().name())) {
            // Joined by case or Unicode form: walk into the destination's own spelling, not a twin.
            child = new DirectoryContext(child.path(), child.source(),
                    parent.context().destination().resolve(d.target().name()), child.depth(), child.sourceComplete());
        }
        if (ownRoots.isDestinationRoot(child.source(), d.source())) {
            return;   // the destination lives inside the source (or a link leads to it): never copy it into itself
        }
        if (d.source().link() && parent.ancestors().with(parent.sourceKey()).contains(d.source().fileKey())) {
            output.now(lines.loop(child));
            return;
        }
        DirStatus status = d.target() == null ? DirStatus.NEW : DirStatus.EXISTING;
        children.add(DirTask.of(child, status, parent.ancestors().with(parent.sourceKey()), d.source()));
    }
}
