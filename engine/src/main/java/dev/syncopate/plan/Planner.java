package dev.syncopate.plan;

import dev.syncopate.classify.Classifier;
import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.march.MarchHandler;
import dev.syncopate.march.Marcher;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import dev.syncopate.select.Selector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns the two listings of one directory into actions: march, classify, select, and the
 * {@code filter}/{@code beforeCopy} hooks. No I/O; the hooks are the only user code it runs.
 *
 * <pre>{@code
 * List<Action> actions = planner.plan(context, sourceEntries, destEntries);
 * // or, as the walk does, the veto just before each copy is handed to a worker:
 * for (Action a : planner.candidates(context, sourceEntries, destEntries)) {
 *     if (a instanceof Action.CopyFile c) a = planner.beforeCopy(context, c);
 *     ...
 * }
 * }</pre>
 */
public final class Planner {
    /** Reason shown for files a user filter left out. */
    public static final String FILTERED = "filtered";
    /** Reason for devices, FIFOs and sockets. */
    public static final String SPECIAL = "special";

    private final SyncOptions options;
    private final Marcher marcher;
    private final Classifier classifier;
    private final Selector selector;
    private final SyncHooks hooks;
    /**
     * Set once a {@code filter} hook has thrown: the job's idea of what the source holds is then
     * unknown (a typo fails every call), so from then on no extra is purged, only reported. A
     * listing of the source that failed holds purges back the same way.
     */
    private final AtomicBoolean filterFailed = new AtomicBoolean();

    public Planner(SyncOptions options, Marcher marcher, Classifier classifier, Selector selector) {
        this.options = options;
        this.marcher = marcher;
        this.classifier = classifier;
        this.selector = selector;
        this.hooks = options.hooks();
    }

    /** The directory's actions with every {@code beforeCopy} veto already applied. */
    public List<Action> plan(DirectoryContext dir, List<Entry> source, List<Entry> destination) {
        List<Action> actions = candidates(dir, source, destination);
        actions.replaceAll(a -> a instanceof Action.CopyFile c ? beforeCopy(dir, c) : a);
        return actions;
    }

    /**
     * The directory's actions before the {@code beforeCopy} hook: each {@link Action.CopyFile} is a
     * candidate that {@link #beforeCopy} may still veto. The walk asks the hook just before it hands
     * that copy to a worker, so a slow hook delays only the copies after it: what a run stopped by
     * {@code --timeout} did before the stop was real copying, not hooks for files never copied.
     */
    public List<Action> candidates(DirectoryContext dir, List<Entry> source, List<Entry> destination) {
        List<Action> actions = new ArrayList<>(source.size() + 4);
        marcher.march(source, destination, new MarchHandler() {
            @Override
            public void sourceOnly(Entry s) {
                onSource(dir, s, null, actions);
            }

            @Override
            public void destinationOnly(Entry d) {
                onExtra(dir, d, actions);
            }

            @Override
            public void both(Entry s, Entry d) {
                onSource(dir, s, d, actions);
            }

            @Override
            public void duplicate(Entry e, Entry twin, boolean sourceSide) {
                if (sourceSide) {
                    onSourceTwin(dir, e, twin, actions);
                } else {
                    onDestinationTwin(dir, e, twin, actions);
                }
            }
        });
        if (filterFailed.get()) {
            actions.replaceAll(a -> a instanceof Action.Purge p ? new Action.Report(p.path(), p.target(), FileClass.EXTRA, true) : a);
        }
        return actions;
    }

    /** True once a {@code filter} hook has thrown in this block: its extras are no longer purged. */
    public boolean filterFailed() {
        return filterFailed.get();
    }

    private void onSource(DirectoryContext dir, Entry s, Entry d, List<Action> out) {
        String path = dir.childPath(s.name());
        if (s.isDirectory()) {
            onSourceDir(dir, path, s, d, out);
        } else if (!selector.inFileSpec(s.name())) {
            // Outside the file specs a name does not take part at all, not even as a "special" skip.
        } else if (s.type() == EntryType.OTHER) {
            out.add(new Action.Skip(path, s, d, d == null ? FileClass.NEW : FileClass.MISMATCH, Disposition.EXCLUDED,
                    SPECIAL));
        } else {
            onSourceFile(dir, path, s, d, out);
        }
    }

    private void onSourceDir(DirectoryContext dir, String path, Entry s, Entry d, List<Action> out) {
        if (!options.scope().walks(dir.depth() + 1)) {
            return;
        }
        String why = selector.excludeDir(s, path, absolute(dir.source(), s));
        if (why != null) {
            FileClass kind = d == null ? FileClass.NEW : d.isDirectory() ? FileClass.SAME : FileClass.MISMATCH;
            out.add(new Action.Skip(path, s, d, kind, Disposition.EXCLUDED, why));
        } else if (d != null && !d.isDirectory()) {
            out.add(new Action.Report(path, s, FileClass.MISMATCH, false));
        } else if (d == null && options.selection().excludeLonely()) {
            out.add(new Action.Skip(path, s, FileClass.NEW, Disposition.SKIPPED, Selector.LONELY));
        } else {
            out.add(new Action.Descend(path, s, d));
        }
    }

    private void onSourceFile(DirectoryContext dir, String path, Entry s, Entry d, List<Action> out) {
        FileClass kind = d == null ? FileClass.NEW : classifier.classify(s, d);
        // Exclusions come before the mismatch report, as /XD does for directories: a file the job
        // leaves out must not raise the mismatch bit of the exit code.
        String why = selector.excludeFile(s, path, absolute(dir.source(), s));
        try {
            if (why == null && hooks.hasFilter() && !hooks.accept(FileViews.source(dir, path, s, d, kind))) {
                why = FILTERED;
            }
        } catch (RuntimeException e) {
            filterFailed.set(true);
            out.add(hookFailed(path, s, d, kind, "filter", e));
            return;
        }
        if (why != null) {
            out.add(new Action.Skip(path, s, d, kind, Disposition.EXCLUDED, why));
            return;
        }
        if (kind == FileClass.MISMATCH) {
            out.add(new Action.Report(path, s, kind, false));
            return;
        }
        // Copying is decided on the real class (/IS must not copy a tweaked file), the log shows the effective one.
        boolean copies = selector.copies(kind);
        kind = selector.effective(kind);
        // /CHECKSUM only rescues a same-looking file that would otherwise be skipped; under /IS it is
        // copied anyway, through the beforeCopy hook like every other copy.
        boolean looksSame = kind == FileClass.SAME || kind == FileClass.TWEAKED;
        boolean checkContent = !copies && looksSame && options.selection().checksum() && s.isFile();
        if (!copies && !checkContent) {
            String reason = kind == FileClass.NEW ? Selector.LONELY : kind.name().toLowerCase(Locale.ROOT);
            out.add(new Action.Skip(path, s, d, kind, Disposition.SKIPPED, reason));
            return;
        }
        out.add(new Action.CopyFile(path, s, d, kind, checkContent));
    }

    /**
     * The {@code beforeCopy} hook's say on one candidate: the copy itself, or a skip when the hook
     * vetoes it or throws. Called on the walk's thread, also for a /CHECKSUM candidate (which then
     * copies only if its content differs): user code never runs on a copy worker.
     */
    public Action beforeCopy(DirectoryContext dir, Action.CopyFile c) {
        if (!hooks.hasBeforeCopy()) {
            return c;   // no hook to ask: no view to build for it, per file of the walk
        }
        Verdict v;
        try {
            v = hooks.beforeCopy(FileViews.source(dir, c.path(), c.source(), c.target(), c.kind()));
        } catch (RuntimeException e) {
            return hookFailed(c.path(), c.source(), c.target(), c.kind(), "beforeCopy", e);
        }
        return v.proceed() ? c
                : new Action.Skip(c.path(), c.source(), c.target(), c.kind(), Disposition.VETOED, v.reason());
    }

    private void onExtra(DirectoryContext dir, Entry d, List<Action> out) {
        String path = dir.childPath(d.name());
        if (options.selection().excludeExtra()) {
            return;
        }
        // An absolute /XF or /XD pattern names the source side; the extra is that path's copy from an
        // earlier run, so it is protected by either absolute path, not only the destination's.
        String abs = absolute(dir.destination(), d);
        String sourceAbs = absolute(dir.source(), d);
        boolean protectedExtra = d.isDirectory()
                ? selector.excludeDir(d, path, abs) != null || selector.excludeDir(d, path, sourceAbs) != null
                : selector.protectsExtraFile(d, path, abs) || selector.protectsExtraFile(d, path, sourceAbs);
        if (protectedExtra) {
            // An extra that matches an exclusion is never purged; /X still lists it.
            if (options.log().reportExtra()) {
                out.add(new Action.Report(path, d, FileClass.EXTRA, true));
            }
            return;
        }
        // An extra directory below the walk's reach (no /S, or at the /LEV limit) is reported, not
        // purged: the source side of it was never looked at.
        boolean reachable = !d.isDirectory() || options.scope().walks(dir.depth() + 1);
        // Only an incomplete source listing holds a purge back, not a failed copy (rclone skips all
        // deletes after any error; Robocopy does not): an extra is a name the source lacks, which
        // no other file's failure changes, and a failed file's old copy is matched, never extra.
        if (options.scope().purge() && dir.sourceComplete() && reachable) {
            out.add(new Action.Purge(path, d));
        } else {
            out.add(new Action.Report(path, d, FileClass.EXTRA, true));
        }
    }

    /**
     * A source entry whose twin is copied in its place: an error unless the job leaves it out
     * anyway (file specs, /XF, /XD, depth), so that no distinct source file is dropped silently.
     */
    private void onSourceTwin(DirectoryContext dir, Entry s, Entry twin, List<Action> out) {
        String path = dir.childPath(s.name());
        String why;
        if (s.isDirectory()) {
            if (!options.scope().walks(dir.depth() + 1)) {
                return;
            }
            why = selector.excludeDir(s, path, absolute(dir.source(), s));
        } else {
            if (!selector.inFileSpec(s.name())) {
                return;
            }
            why = selector.excludeFile(s, path, absolute(dir.source(), s));
        }
        out.add(why != null ? new Action.Skip(path, s, FileClass.NEW, Disposition.EXCLUDED, why)
                : new Action.Duplicate(path, s, twin, true));
    }

    /**
     * A destination entry whose twin takes part in its place is handled like any extra, except that
     * it is never purged: on a destination that looks names up ignoring case or Unicode form,
     * deleting it could delete the twin, which holds the copy. Where it would be purged, it is an error.
     */
    private void onDestinationTwin(DirectoryContext dir, Entry d, Entry twin, List<Action> out) {
        List<Action> asExtra = new ArrayList<>(1);
        onExtra(dir, d, asExtra);
        for (Action a : asExtra) {
            out.add(a instanceof Action.Purge ? new Action.Duplicate(a.path(), d, twin, false) : a);
        }
    }

    /** A hook that throws fails its file (exit bit 8), never the run. */
    private static Action hookFailed(String path, Entry s, Entry d, FileClass kind, String hook, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Action.Skip(path, s, d, kind, Disposition.FAILED, hook + " hook failed: " + message);
    }

    private static String absolute(Path dir, Entry e) {
        return dir.resolve(e.name()).toString().replace('\\', '/');
    }
}
