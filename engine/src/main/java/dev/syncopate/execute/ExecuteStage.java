package dev.syncopate.execute;

import dev.syncopate.execute.throttle.PaceClock;
import dev.syncopate.execute.throttle.Throttle;
import dev.syncopate.options.Selection;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.select.Selector;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Builds a run's {@link Executor}: the file system one, and around it one wrapper per switch
 * that adds to it, from the inside out:
 *
 * <pre>
 * FileSystemExecutor      copy, link, purge, mkdir, directory times, /VERIFY line
 *   KeepBackup            /BACKUPDIR: keep the old version before an overwrite
 *   LazyTargetDir         /S: create a directory when its first file needs it
 *   SourceAfterCopy       /MOV, /M: delete the source (or clear its archive bit) once copied
 *   DryRun                /L: do none of the above
 *   ContentCheck          /CHECKSUM: compare content before copying a same-looking file
 *   FailSafeCopy          a copy that throws fails its file, not the run
 *   Stoppable             --timeout: start nothing more once stopped
 *   MaxDeleteGuard.Limit  /MAXDEL: count what the hook approved, delete all or nothing
 *   BeforeDelete          beforeDelete hook
 *   MaxDeleteGuard.Hold   /MAXDEL: hold every purge until the walk is over
 * </pre>
 *
 * <p>A switch that is off adds no wrapper. {@code afterCopy} and {@code onError} are not here:
 * they run as the events are written, in log order on the walk's thread, not on a copy worker.
 *
 * <pre>{@code
 * Executor execute = ExecuteStage.build(options, selector, clock, sleeper, stop);
 * Executor swapped = ExecuteStage.build(options, selector, clock, sleeper, stop, myCopier);
 * }</pre>
 */
public final class ExecuteStage {
    private ExecuteStage() {
    }

    /**
     * The run's executor, copying with {@link FileCopier} (through {@link NativeFileCopy} first where it
     * applies), or, with a bandwidth limit, with a FileCopier writing through the run's one {@link Throttle}.
     */
    public static Executor build(SyncOptions options, Selector selector, Clock clock, Sleeper sleeper,
                                 StopSignal stop) {
        Throttle throttle = Throttle.of(options.copying().bandwidth(), PaceClock.SYSTEM);
        // copy_file_range copies a whole file in one call that nothing can pace: no fast path under a limit.
        Copier copier = throttle.limits() ? new FileCopier(throttle) : FastFirstCopier.around(new FileCopier());
        return build(options, selector, clock, sleeper, stop, copier);
    }

    /** The run's executor, copying regular files with {@code copier}. */
    public static Executor build(SyncOptions options, Selector selector, Clock clock, Sleeper sleeper,
                                 StopSignal stop, Copier copier) {
        ErrorLines errors = new ErrorLines(clock);
        Retrier retrier = new Retrier(options.retries(), options.waitTime(), clock, sleeper);
        Path backupDir = options.copying().backupDir();
        BackupMover backup = backupDir == null ? null : new BackupMover(options.destination(), backupDir);
        Selection sel = options.selection();
        boolean selective = !sel.excludeFiles().isEmpty() || !sel.excludeDirs().isEmpty()
                || !sel.filePatterns().isEmpty();
        Executor e = new FileSystemExecutor(options, retrier, copier, new ExtraTreePurge(selector, backup, selective),
                errors);
        if (backup != null) {
            e = new KeepBackup(e, backup, errors);
        }
        e = new LazyTargetDir(e, errors);
        if (options.scope().moveFiles() || options.selection().resetArchive()) {
            e = new SourceAfterCopy(e, options, errors);
        }
        if (options.listOnly()) {
            e = new DryRun(e);
        }
        e = new ContentCheck(e, retrier);
        e = new FailSafeCopy(e, errors);
        e = new Stoppable(e, stop);
        UnaryOperator<Executor> hooks = inner -> new BeforeDelete(inner, options.hooks(), stop);
        return options.maxDelete() >= 0 ? MaxDeleteGuard.around(options.maxDelete(), e, hooks) : hooks.apply(e);
    }
}
