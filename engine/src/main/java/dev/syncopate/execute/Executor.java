package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.util.List;

/**
 * The execute stage: carries out the planned actions of one run and says what happened, as
 * events. One implementation touches the disk ({@code FileSystemExecutor}); everything a switch
 * adds to that, dry run ({@code /L}), {@code /BACKUPDIR}, {@code /MAXDEL}, the timeout stop,
 * the {@code /CHECKSUM} compare and the {@code beforeDelete} hook, is a wrapper around it, built
 * once by {@link ExecuteStage#build}. No method throws for a problem with a file: failures are
 * error lines.
 *
 * <pre>{@code
 * Executor execute = ExecuteStage.build(options, context, selector);
 * walkOutput.now(execute.makeDir(dir, 3));                              // [DirectoryLine NEW]
 * walkOutput.later(supplyAsync(() -> execute.copy(new CopyJob(dir, copy, target, temp)), pool));
 * walkOutput.step(() -> execute.purge(dir, extras));                    // after the copies above
 * execute.directoryDone(dir, sourceEntry);
 * ...
 * execute.finish().forEach(sink::accept);                               // held purges, /DCOPY:T, /MOVE
 * }</pre>
 *
 * <p>Threads: {@link #copy} runs on the copy workers, every other method on the walk's thread.
 */
public interface Executor {

    /** Creates a new destination directory now: its directory line, or the failed line and the error. */
    List<SyncEvent> makeDir(DirectoryContext dir, long files);

    /**
     * Removes the temp files of interrupted runs from a directory before its copies start, keeping
     * those that {@code /Z} is about to resume for {@code actions}.
     */
    void clearTemps(DirectoryContext dir, TempSplit temps, List<Action> actions);

    /** Copies one file: its file line first, then retry, error and notice lines. Thread-safe. */
    List<SyncEvent> copy(CopyJob job);

    /** Purges one directory's extras, after the copies of that directory have finished. */
    List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras);

    /** Says that a directory was walked; {@code source} is its source entry, null for the root. */
    void directoryDone(DirectoryContext dir, Entry source);

    /** After the walk: what had to wait for it (purges held for {@code /MAXDEL}, directory times, {@code /MOVE}). */
    List<SyncEvent> finish();
}
