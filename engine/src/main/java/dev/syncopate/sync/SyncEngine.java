package dev.syncopate.sync;

import dev.syncopate.classify.Classifier;
import dev.syncopate.classify.TimeComparison;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.march.Marcher;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.Planner;
import dev.syncopate.scan.AttributeReader;
import dev.syncopate.scan.DirectoryLister;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.Listing;
import dev.syncopate.scan.NameKey;
import dev.syncopate.select.Selector;
import dev.syncopate.summary.ExitCode;
import dev.syncopate.summary.SummaryCounter;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs one sync: scan → march → classify → select → plan → execute → events → summary.
 *
 * <p>The walk is depth-first, one directory at a time, on the calling thread. Listings are fetched
 * a few directories ahead on a small pool and copies run on a pool of {@code threads}; both are
 * bounded, so memory follows the largest directory, not the tree. Events reach the sink in walk
 * order whatever order copies finish in.
 *
 * <pre>{@code
 * SyncResult r = new SyncEngine(options, EngineContext.system()).run(robocopyLog);
 * }</pre>
 */
public final class SyncEngine {
    private static final int PREFETCH = 8;

    /** Said once, when the first filter failure turns this block's purges into reports. */
    static final String FILTER_FAILED = "WARNING : a filter hook failed, so from here on extras are listed but"
            + " not deleted: what the filter would have kept is not known.";

    private final SyncOptions options;
    private final EngineContext context;
    private final DirectoryLister sourceLister;
    private final DirectoryLister destLister;
    private final Planner planner;
    private final Selector selector;
    private final NameKey key;

    public SyncEngine(SyncOptions options, EngineContext context) {
        this.options = options.hooks() == SyncHooks.NONE ? options
                : options.toBuilder().hooks(StoppableHooks.wrap(options.hooks(), context.stop())).build();
        this.context = context;
        this.key = NameKey.forFileSystems(options.source().getFileSystem(), options.destination().getFileSystem());
        boolean follow = !options.copying().copyLinks();
        this.sourceLister = new DirectoryLister(AttributeReader.forFileSystem(options.source().getFileSystem()), key, follow);
        this.destLister = new DirectoryLister(AttributeReader.forFileSystem(options.destination().getFileSystem()), key, false);
        Instant start = context.clock().instant();
        this.selector = new Selector(options.selection(), start, context.zone());
        Classifier classifier = new Classifier(new TimeComparison(options.selection().fatTimes(),
                options.selection().dstTolerance(), options.selection().timeGranularity().nanos()));
        this.planner = new Planner(this.options, new Marcher(key), classifier, selector);
    }

    /** Runs the job, reporting to {@code sink}; never throws for problems with files. */
    public SyncResult run(EventSink sink) {
        SummaryCounter counter = new SummaryCounter();
        EventSink out = EventSink.all(counter, sink);
        Instant start = context.clock().instant();
        out.accept(new SyncEvent.JobStarted(options, start));
        TimeGranularity g = options.selection().timeGranularity();
        if (g.nanos() > 0) {
            out.accept(new SyncEvent.Notice("NOTE : modification times are compared to within "
                    + g.text() + ": " + g.reason() + "."));
        }

        Preflight.Outcome pre = new Preflight(options, context).check(sourceLister);
        pre.events().forEach(out::accept);
        if (pre.fatal()) {
            return finish(out, counter, ExitCode.FATAL);
        }
        if (options.scope().recurse()) {
            // Said once here rather than never: a silently missing directory would look like a lost one.
            EndpointCheck.skippedDestination(options).ifPresent(rel -> out.accept(new SyncEvent.Notice(
                    "NOTE : the destination is inside the source, so the source's " + rel
                            + " is left out (never copied into itself).")));
        }
        ExecutorService copyPool = Executors.newFixedThreadPool(options.threads(), daemon("syncopate-copy"));
        ExecutorService listPool = Executors.newFixedThreadPool(Math.min(4, Math.max(2, options.threads())),
                daemon("syncopate-list"));
        Operations ops = new Operations(options, context, selector);
        Walk walk = new Walk(ops, copyPool, listPool, out);
        try {
            walk.run(pre.rootTask());
        } finally {
            copyPool.shutdownNow();
            listPool.shutdownNow();
        }
        if (options.copying().verify() && !options.listOnly()) {
            out.accept(new SyncEvent.Notice(ops.verifyTally().line(options.log().bytes())));
        }
        int bits = walk.extraBits() | ops.extraBits();
        if (context.stop().stopped()) {
            out.accept(new SyncEvent.Notice("ERROR : Stopped (" + context.stop().reason() + "): no new copies were"
                    + " started and nothing more was deleted; the next run copies the rest."));
            bits |= ExitCode.FAILURES;
        }
        return finish(out, counter, bits);
    }

    private SyncResult finish(EventSink out, SummaryCounter counter, int extraBits) {
        Instant end = context.clock().instant();
        Summary summary = counter.summary(end);
        int code = extraBits == ExitCode.FATAL ? ExitCode.FATAL : ExitCode.of(summary) | extraBits;
        out.accept(new SyncEvent.JobFinished(summary, end, code));
        out.close();
        return new SyncResult(code, summary);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The walk itself: a stack of directories, each planned and handed to the pools. */
    private final class Walk {
        private final Operations ops;
        private final ExecutorService copyPool;
        private final ExecutorService listPool;
        private final EventSink out;
        private final OrderedOutput output;
        private final ArrayDeque<DirTask> stack = new ArrayDeque<>();
        private final Finishing finishing;
        private boolean filterFailureTold;

        Walk(Operations ops, ExecutorService copyPool, ExecutorService listPool, EventSink out) {
            this.ops = ops;
            this.copyPool = copyPool;
            this.listPool = listPool;
            this.out = out;
            this.finishing = new Finishing(options, ops);
            this.output = new OrderedOutput(this::emit, Math.max(64, options.threads() * 32));
        }

        int extraBits() {
            return finishing.extraBits();
        }

        void run(DirTask root) {
            stack.push(root);
            while (!stack.isEmpty() && !context.stop().stopped()) {
                DirTask task = stack.pop();
                prefetchAhead();
                visit(task, task.await(this::list));
                output.drainReady();
            }
            output.drainAll();
            finishing.finish().forEach(out::accept);
        }

        private void prefetchAhead() {
            Iterator<DirTask> it = stack.iterator();
            for (int i = 0; i < PREFETCH && it.hasNext(); i++) {
                it.next().prefetch(listPool, this::list);
            }
        }

        private DirTask.Listings list(DirTask t) {
            Listing src = sourceLister.list(t.context().source());
            Listing dst = t.status() == DirStatus.NEW ? Listing.ABSENT : destLister.list(t.context().destination());
            return new DirTask.Listings(src, dst);
        }

        private void emit(List<SyncEvent> events) {
            ops.emit(events, out);
        }

        private void visit(DirTask task, DirTask.Listings l) {
            DirectoryContext dir = task.context();
            if (l.source().failed() || !l.source().exists()) {
                output.now(ops.lines().listingFailed(dir, dir.source(), "Scanning Source Directory", l.source()));
                return;
            }
            if (l.destination().failed()) {
                output.now(ops.lines().listingFailed(dir, dir.destination(), "Scanning Destination Directory", l.destination()));
                return;
            }
            List<Entry> src = l.source().entries();
            TempSplit dst = TempSplit.of(l.destination().entries(), src, key);
            List<Action> actions = ops.withoutOwnRoots(dir, planner.candidates(dir, src, dst.entries()));
            long files = src.stream().filter(e -> !e.isDirectory() && selector.inFileSpec(e.name())).count();
            boolean hasChildren = actions.stream().anyMatch(a -> a instanceof Action.Descend);
            LazyDir target = ops.enterDirectory(dir, task.status(), files, hasChildren, output);
            if (target == null) {
                return;
            }
            ops.cleanTemps(dir, dst, actions);
            if (planner.filterFailed() && options.scope().purge() && !filterFailureTold) {
                filterFailureTold = true;
                output.now(new SyncEvent.Notice(FILTER_FAILED));
            }
            List<Action.Purge> purges = new ArrayList<>();
            List<DirTask> children = new ArrayList<>();
            for (Action candidate : LogOrder.extrasFirst(actions)) {
                // beforeCopy just before its copy is handed over: hooks and copies interleave.
                Action a = candidate instanceof Action.CopyFile c ? planner.beforeCopy(dir, c) : candidate;
                switch (a) {
                    case Action.CopyFile c -> output.later(CompletableFuture.supplyAsync(
                            ops.copy(dir, c, target, dst.tempName(c)), copyPool));
                    case Action.Descend d -> descend(task, d, children);
                    case Action.Purge p -> {
                        output.now(ops.lines().extra(dir, p.target(), p.path()));
                        purges.add(p);
                    }
                    case Action.Skip s -> output.now(ops.lines().skip(dir, s));
                    case Action.Report r -> output.now(ops.lines().report(dir, r));
                    case Action.Duplicate x -> output.now(ops.lines().duplicate(dir, x));
                }
            }
            if (!purges.isEmpty()) {
                if (options.maxDelete() >= 0) {
                    finishing.deferPurges(dir, purges);
                } else {
                    output.step(() -> ops.purge(dir, purges));
                }
            }
            finishing.directoryDone(task);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }

        private void descend(DirTask parent, Action.Descend d, List<DirTask> children) {
            DirectoryContext child = parent.context().child(d.source().name());
            if (d.target() != null && !d.target().name().equals(d.source().name())) {
                // Joined by case or Unicode form: walk into the destination's own spelling, not a twin.
                child = new DirectoryContext(child.path(), child.source(),
                        parent.context().destination().resolve(d.target().name()), child.depth(), child.sourceComplete());
            }
            if (ops.isDestinationRoot(child.source(), d.source())) {
                return;   // the destination lives inside the source (or a link leads to it): never copy it into itself
            }
            if (d.source().link() && parent.ancestors().with(parent.sourceKey()).contains(d.source().fileKey())) {
                output.now(ops.lines().loop(child));
                return;
            }
            DirStatus status = d.target() == null ? DirStatus.NEW : DirStatus.EXISTING;
            children.add(DirTask.of(child, status, parent.ancestors().with(parent.sourceKey()), d.source()));
        }
    }
}
