package dev.syncopate.execute;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.FileViews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One planned copy handed to the {@link Executor}: the action, where it happens, and the two
 * things the walk knows about the destination directory.
 *
 * <pre>{@code
 * CopyJob job = new CopyJob(dir, copyAction, LazyDir.existing(dir.destination()), split.tempName(copyAction));
 * job.target();                                     // dst/report.txt: the destination's own spelling
 * job.line(FileClass.NEWER, Disposition.COPIED);    // the file line for it
 * }</pre>
 *
 * @param dir       the directory the file is in
 * @param action    the copy
 * @param targetDir the destination directory, created on first use under {@code /S}
 * @param tempName  the temp name beside the target to write to ({@link TempSplit#tempName})
 * @param partialListed false when the destination's listing held nothing under {@code tempName}, so
 *                  there is no partial file for {@code /Z} to resume ({@link TempSplit#listed})
 */
public record CopyJob(DirectoryContext dir, Action.CopyFile action, LazyDir targetDir, String tempName,
                      boolean partialListed) {

    /** A job that does not know the destination's temps: a {@code /Z} copy looks for a partial file. */
    public CopyJob(DirectoryContext dir, Action.CopyFile action, LazyDir targetDir, String tempName) {
        this(dir, action, targetDir, tempName, true);
    }

    public Path source() {
        return dir.source().resolve(action.source().name());
    }

    /** Where the copy goes: the name hooks are shown too. */
    public Path target() {
        return FileViews.target(dir, action.source(), action.target());
    }

    /** The same job with the class a content compare found, and no compare left to do. */
    CopyJob reclassified(FileClass kind) {
        Action.CopyFile a = action;
        return new CopyJob(dir, new Action.CopyFile(a.path(), a.source(), a.target(), kind, false), targetDir, tempName,
                partialListed);
    }

    /** This file's line. */
    SyncEvent.FileLine line(FileClass kind, Disposition d) {
        return line(kind, d, null);
    }

    SyncEvent.FileLine line(FileClass kind, Disposition d, String reason) {
        return new SyncEvent.FileLine(action.path(), source(), target(), kind, d, reason, action.source().size(),
                action.source().modified());
    }

    /** The file line with {@code d} and the action's class, then {@code trailing}. */
    List<SyncEvent> lines(Disposition d, List<SyncEvent> trailing) {
        List<SyncEvent> all = new ArrayList<>(trailing.size() + 1);
        all.add(line(action.kind(), d));
        all.addAll(trailing);
        return all;
    }
}
