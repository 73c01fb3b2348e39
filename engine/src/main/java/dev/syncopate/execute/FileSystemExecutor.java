package dev.syncopate.execute;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link Executor} that does the work on the destination's file system: makes directories,
 * removes stale temps, copies ({@link CopyTask}), purges ({@link ExtraTreePurge}) with retries,
 * and at the end sets directory times and empties {@code /MOVE}'s sources
 * ({@link FinishedDirectories}) and writes the {@code /VERIFY} line. It knows no switch that only
 * decides whether to do something; those are the wrappers {@link ExecuteStage} puts around it.
 *
 * <pre>{@code
 * Executor disk = new FileSystemExecutor(options, retrier, new FileCopier(), treePurge, errors);
 * disk.copy(job);   // [FileLine NEW COPIED]
 * }</pre>
 */
final class FileSystemExecutor implements Executor {
    private final SyncOptions options;
    private final Retrier retrier;
    private final ErrorLines errors;
    private final DirectoryMaker dirMaker;
    private final ExtraTreePurge treePurge;
    private final VerifyTally verifyTally = new VerifyTally();
    private final CopyTask copyTask;
    private final FinishedDirectories finished;

    FileSystemExecutor(SyncOptions options, Retrier retrier, Copier copier, ExtraTreePurge treePurge,
                       ErrorLines errors) {
        this.options = options;
        this.retrier = retrier;
        this.errors = errors;
        this.dirMaker = new DirectoryMaker(options.copying().dirs());
        this.treePurge = treePurge;
        this.copyTask = new CopyTask(options, retrier, copier, errors, verifyTally);
        this.finished = new FinishedDirectories(options, dirMaker, errors);
    }

    @Override
    public List<SyncEvent> makeDir(DirectoryContext dir, long files) {
        try {
            dirMaker.create(dir.destination());
        } catch (IOException e) {
            return List.of(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.FAILED, files),
                    errors.of(e, "Creating Destination Directory", dir.destination()));
        }
        return List.of(new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.NEW, files));
    }

    @Override
    public void clearTemps(DirectoryContext dir, TempSplit temps, List<Action> actions) {
        if (temps.temps().isEmpty()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        if (options.copying().restartable()) {
            for (Action a : actions) {
                if (a instanceof Action.CopyFile c) {
                    keep.add(temps.tempName(c));
                }
            }
        }
        try {
            TempCleaner.clean(dir.destination(), temps.temps().stream().map(Entry::name).toList(), keep);
        } catch (IOException e) {
            // A leftover temp file is harmless: it is never taken for a real file or an extra.
        }
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        return copyTask.copy(job);
    }

    @Override
    public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
        List<SyncEvent> events = new ArrayList<>();
        for (Action.Purge p : extras) {
            Path target = dir.destination().resolve(p.target().name());
            String action = p.target().isDirectory() ? "Deleting Extra Dir" : "Deleting Extra File";
            events.addAll(retrier.run(action, target, () -> {
                treePurge.purge(target, p.path(), p.target().isDirectory());
                return Boolean.TRUE;
            }).events());
        }
        return events;
    }

    @Override
    public void directoryDone(DirectoryContext dir, Entry source) {
        finished.add(dir, source);
    }

    @Override
    public List<SyncEvent> finish() {
        List<SyncEvent> events = new ArrayList<>(finished.finish());
        if (options.copying().verify()) {
            events.add(verifyTally.event());
        }
        return events;
    }
}
