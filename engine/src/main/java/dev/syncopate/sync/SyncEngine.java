package dev.syncopate.sync;

import dev.syncopate.classify.Classifier;
import dev.syncopate.classify.TimeComparison;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.ExecuteStage;
import dev.syncopate.execute.Executor;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.march.Marcher;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs one sync: scan → march → classify → select → plan → execute → events → summary.
 *
 * <p>The walk ({@link Walk}) is depth-first, one directory at a time, on the calling thread.
 * Listings are fetched a few directories ahead on a small pool and copies run on a pool of
 * {@code threads}; both are bounded, so memory follows the largest directory, not the tree.
 * Events reach the sink in walk order whatever order copies finish in.
 *
 * <pre>{@code
 * SyncResult r = new SyncEngine(options, EngineContext.system()).run(robocopyLog);
 * }</pre>
 */
public final class SyncEngine {
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
        // Hooks are wrapped once here, so every stage calls them the same way: not after a stop
        // (but afterCopy), and no afterCopy under /L.
        SyncHooks hooks = StoppableHooks.wrap(options.hooks(), context.stop());
        hooks = options.listOnly() ? ListOnlyHooks.wrap(hooks) : hooks;
        this.options = hooks == options.hooks() ? options : options.toBuilder().hooks(hooks).build();
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
            return finish(out, counter, true);
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
        Executor execute = ExecuteStage.build(options, selector, context.clock(), context.sleeper(), context.stop());
        Walk walk = new Walk(options, planner, selector, new Walk.Listers(sourceLister, destLister), key, execute,
                context.stop(), copyPool, listPool, new HookRunner(options.hooks(), context.clock()), out,
                new Lines(context.clock()));
        try {
            walk.run(pre.rootTask());
        } finally {
            copyPool.shutdownNow();
            listPool.shutdownNow();
        }
        return finish(out, counter, false);
    }

    /** The exit code comes from the events alone ({@link SummaryCounter#exitCode}), unless the run never started. */
    private SyncResult finish(EventSink out, SummaryCounter counter, boolean fatal) {
        Instant end = context.clock().instant();
        Summary summary = counter.summary(end);
        int code = fatal ? ExitCode.FATAL : counter.exitCode();
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
}
