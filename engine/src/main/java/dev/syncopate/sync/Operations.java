package dev.syncopate.sync;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.BackupMover;
import dev.syncopate.execute.DirectoryMaker;
import dev.syncopate.execute.FileCopier;
import dev.syncopate.execute.LinkCopier;
import dev.syncopate.execute.LinkReference;
import dev.syncopate.execute.Retrier;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.execute.TempCleaner;
import dev.syncopate.options.Selection;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.select.Selector;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;
import dev.syncopate.summary.ExitCode;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The execute stage's services for one run, shared by the walk, the copy workers and the purge
 * steps: copier, retrier, backup, and the directory work done on the walk's thread.
 *
 * <pre>{@code
 * Operations ops = new Operations(options, EngineContext.system(), selector);
 * LazyDir target = ops.enterDirectory(dir, DirStatus.NEW, 3, false, output);
 * }</pre>
 */
final class Operations {
    private final SyncOptions options;
    private final Lines lines;
    private final HookRunner hookRunner;
    private final Retrier retrier;
    private final FileCopier copier = new FileCopier();
    private final LinkReference linkReference = new LinkReference();
    private final LinkCopier linkCopier;
    private final DirectoryMaker dirMaker;
    private final BackupMover backup;
    private final ExtraTreePurge extraTreePurge;
    private final java.util.concurrent.atomic.AtomicBoolean linksAnnounced = new java.util.concurrent.atomic.AtomicBoolean();
    private final Path destinationRoot;
    /** The source and the backup directory: when they lie inside the destination they are never extras. */
    private final List<Path> ownRoots;
    /** The destination's file key (null where the file system has none): a source link may lead to it. */
    private final Object destinationKey;
    private final AtomicInteger failures = new AtomicInteger();
    private final VerifyTally verifyTally = new VerifyTally();
    private final StopSignal stop;

    Operations(SyncOptions options, EngineContext context, Selector selector) {
        this.options = options;
        this.stop = context.stop();
        this.lines = new Lines(context.clock());
        this.hookRunner = new HookRunner(options.hooks(), options.listOnly(), context.clock());
        this.retrier = new Retrier(options.retries(), options.waitTime(), context.clock(), context.sleeper());
        this.linkCopier = new LinkCopier(options.copying().files());
        this.dirMaker = new DirectoryMaker(options.copying().dirs());
        Path backupDir = options.copying().backupDir();
        this.backup = backupDir == null ? null : new BackupMover(options.destination(), backupDir);
        Selection sel = options.selection();
        boolean selective = !sel.excludeFiles().isEmpty() || !sel.excludeDirs().isEmpty() || !sel.filePatterns().isEmpty();
        this.extraTreePurge = new ExtraTreePurge(selector, backup, selective);
        this.destinationRoot = options.destination().toAbsolutePath().normalize();
        // Keys compare only within one file system (jimfs numbers its files from 1 in every instance).
        this.destinationKey = options.source().getFileSystem() == options.destination().getFileSystem()
                ? fileKey(destinationRoot) : null;
        this.ownRoots = backupDir == null ? List.of(options.source().toAbsolutePath().normalize())
                : List.of(options.source().toAbsolutePath().normalize(), backupDir.toAbsolutePath().normalize());
    }

    SyncOptions options() { return options; }
    Lines lines() { return lines; }
    Retrier retrier() { return retrier; }
    FileCopier copier() { return copier; }
    LinkCopier linkCopier() { return linkCopier; }
    LinkReference linkReference() { return linkReference; }
    BackupMover backup() { return backup; }
    ExtraTreePurge extraTreePurge() { return extraTreePurge; }
    StopSignal stop() { return stop; }
    VerifyTally verifyTally() { return verifyTally; }

    /** True the first time it is called after hard links turned out impossible: say so once per run. */
    boolean firstLinkFallback() {
        return linkReference.linksUnsupported() && !linksAnnounced.getAndSet(true);
    }

    /** Counts a failure that has no file line of its own (a delete, a hook), for exit bit 8. */
    void failed() {
        failures.incrementAndGet();
    }

    int extraBits() {
        return failures.get() > 0 ? ExitCode.FAILURES : 0;
    }

    void emit(List<SyncEvent> events, EventSink out) {
        hookRunner.emit(events, out);
    }

    Supplier<List<SyncEvent>> copy(DirectoryContext dir, Action.CopyFile c, LazyDir target, String tempName) {
        return new CopyTask(this, dir, c, target, tempName);
    }

    List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> purges) {
        return new PurgeStep(this).run(dir, purges);
    }

    /** True for the source directory that is the destination, by path or, through a link, by file key. */
    boolean isDestinationRoot(Path sourceDir, Entry entry) {
        return sourceDir.toAbsolutePath().normalize().equals(destinationRoot)
                || destinationKey != null && destinationKey.equals(entry.fileKey());
    }

    private static Object fileKey(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;   // not created yet (/L): nothing in the source can lead to it
        }
    }

    /**
     * Drops the "extras" that are, or hold, the source or the backup directory nested in the
     * destination: purging them would delete the very data the job copies or keeps.
     */
    List<Action> withoutOwnRoots(DirectoryContext dir, List<Action> actions) {
        Path here = dir.destination().toAbsolutePath().normalize();
        if (ownRoots.stream().noneMatch(r -> r.startsWith(here))) {
            return actions;   // the usual case: nothing of ours lives below this directory
        }
        List<Action> kept = new ArrayList<>(actions.size());
        for (Action a : actions) {
            Entry extra = switch (a) {
                case Action.Purge p -> p.target();
                case Action.Report r when r.destinationSide() -> r.entry();
                default -> null;
            };
            Path where = extra == null ? null : here.resolve(extra.name());
            if (where == null || ownRoots.stream().noneMatch(r -> r.startsWith(where))) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * Writes the directory's line and prepares its destination: created now under {@code /E} (or
     * for the root), on first use under {@code /S}. Returns null when it could not be created.
     */
    LazyDir enterDirectory(DirectoryContext dir, DirStatus status, long files, boolean hasChildren,
                           OrderedOutput output) {
        Path dst = dir.destination();
        if (status != DirStatus.NEW) {
            output.now(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.EXISTING, files));
            return LazyDir.existing(dst);
        }
        boolean eager = options.scope().emptyDirs() || dir.depth() == 0;
        if (!eager && files == 0 && !hasChildren) {
            return LazyDir.missing(dst);   // /S leaves empty directories out, silently, as Robocopy does
        }
        if (eager && !options.listOnly()) {
            try {
                dirMaker.create(dst);
            } catch (IOException e) {
                output.now(List.of(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.FAILED, files),
                        lines.error(e, "Creating Destination Directory", dst)));
                return null;
            }
        }
        output.now(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.NEW, files));
        return eager || options.listOnly() ? LazyDir.existing(dst) : LazyDir.missing(dst);
    }

    /** Removes temp files of interrupted runs, keeping those that {@code /Z} is about to resume. */
    void cleanTemps(DirectoryContext dir, TempSplit split, List<Action> actions) {
        if (split.temps().isEmpty() || options.listOnly()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        if (options.copying().restartable()) {
            for (Action a : actions) {
                if (a instanceof Action.CopyFile c) {
                    keep.add(split.tempName(c));
                }
            }
        }
        try {
            TempCleaner.clean(dir.destination(), split.temps().stream().map(Entry::name).toList(), keep);
        } catch (IOException e) {
            // A leftover temp file is harmless: it is never taken for a real file or an extra.
        }
    }

    /** How many entries an extra directory holds at any depth, or -1 when it cannot be walked. */
    long entriesInside(DirectoryContext dir, Action.Purge p) {
        try (Stream<Path> s = Files.walk(dir.destination().resolve(p.target().name()))) {
            return s.count() - 1;   // the walk includes the directory itself
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    List<SyncEvent> copyDirectoryTimes(DirTask t) {
        Path dst = t.context().destination();
        if (!Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            Entry e = t.source();
            if (e == null) {
                BasicFileAttributes a = Files.readAttributes(t.context().source(), BasicFileAttributes.class);
                java.time.Instant m = a.lastModifiedTime().toInstant();
                dirMaker.finish(dst, m.getEpochSecond() * 1_000_000_000L + m.getNano(), -1, -1);
            } else {
                dirMaker.finish(dst, e.mtime(), e.mode(), e.mode() >= 0 ? -1 : e.attributes());
            }
            return List.of();
        } catch (IOException e) {
            return List.of(new SyncEvent.Notice("WARNING : could not set the times of " + dst + ": " + e.getMessage()));
        }
    }

    /**
     * /MOVE: a source directory goes once it is empty and its copy exists; one that still holds
     * files stays, and so does one that was never copied (an empty directory under /S).
     */
    List<SyncEvent> removeSourceDirectory(DirectoryContext dir) {
        if (!Files.isDirectory(dir.destination())) {
            return List.of();
        }
        try {
            Files.delete(dir.source());
            return List.of();
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            failed();
            return List.of(lines.error(e, "Deleting Source Directory", dir.source()));
        }
    }
}
