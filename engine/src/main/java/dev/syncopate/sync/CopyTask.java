package dev.syncopate.sync;

import dev.syncopate.classify.ContentComparison;
import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.CopyRequest;
import dev.syncopate.execute.CopyResult;
import dev.syncopate.execute.Retrier;
import dev.syncopate.execute.VerifyMismatchException;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.FileViews;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Copies one file on a worker thread and returns its events: the file line first, then any
 * retry and error lines. Never throws, so one bad file cannot stop the run.
 *
 * <pre>{@code
 * CompletableFuture.supplyAsync(new CopyTask(ops, dir, copyAction, targetDir, split.tempName(copyAction)), pool);
 * }</pre>
 */
final class CopyTask implements Supplier<List<SyncEvent>> {
    private final Operations ops;
    private final DirectoryContext dir;
    private final Action.CopyFile action;
    private final LazyDir targetDir;
    /** The temp name beside the target to write to ({@link TempSplit#tempName}). */
    private final String tempName;

    CopyTask(Operations ops, DirectoryContext dir, Action.CopyFile action, LazyDir targetDir, String tempName) {
        this.ops = ops;
        this.dir = dir;
        this.action = action;
        this.targetDir = targetDir;
        this.tempName = tempName;
    }

    /** No line for a copy that was never started: the run was stopped before its turn came. */
    @Override
    public List<SyncEvent> get() {
        if (ops.stop().stopped()) {
            return List.of();
        }
        return ops.stop().interruptible(this::copyFile);
    }

    private List<SyncEvent> copyFile() {
        Entry s = action.source();
        Path src = dir.source().resolve(s.name());
        Path dst = FileViews.target(dir, s, action.target());
        List<SyncEvent> trailing = new ArrayList<>();
        try {
            FileClass kind = action.kind();
            if (action.checkContent()) {
                Retrier.Outcome<Boolean> same = ops.retrier().run("Comparing File", src,
                        () -> ContentComparison.same(src, dst));
                if (!same.succeeded()) {
                    return lines(src, dst, kind, Disposition.FAILED, same.events());
                }
                if (same.value()) {
                    return List.of(line(src, dst, FileClass.SAME, Disposition.SKIPPED, "same"));
                }
                kind = FileClass.CHANGED;
            }
            if (ops.options().listOnly()) {
                return List.of(line(src, dst, kind, Disposition.COPIED, null));
            }
            try {
                targetDir.ensure();
            } catch (IOException e) {
                return lines(src, dst, kind, Disposition.FAILED,
                        List.of(ops.lines().error(e, "Creating Destination Directory", targetDir.path())));
            }
            if (ops.backup() != null && action.target() != null && !action.target().isDirectory()) {
                try {
                    ops.backup().keepCopy(dst);
                } catch (IOException e) {
                    // Without its backup the old version would be lost: do not overwrite it.
                    return lines(src, dst, kind, Disposition.FAILED,
                            List.of(ops.lines().error(e, "Backing Up File", dst)));
                }
            }
            Retrier.Outcome<?> copied = copy(s, src, dst);
            trailing.addAll(copied.events());
            if (copied.value() instanceof CopyResult r) {
                trailing.addAll(r.notices());
                if (ops.options().copying().linkDest() != null && ops.firstLinkFallback()) {
                    trailing.add(new SyncEvent.Notice("WARNING : hard links are not possible here ("
                            + ops.linkReference().unsupportedReason() + "); unchanged files are copied instead"));
                }
                if (r.resumed()) {
                    trailing.add(new SyncEvent.Notice("\t    Resumed at " + r.resumedFrom() + " bytes: " + dst));
                }
            } else if (copied.value() == LINKED) {
                return List.of(line(src, dst, FileClass.SAME, Disposition.SKIPPED, "linked"));
            }
            if (!copied.succeeded()) {
                if (copied.failure() instanceof VerifyMismatchException) {
                    ops.verifyTally().mismatched();
                }
                return lines(src, dst, kind, Disposition.FAILED, trailing);
            }
            if (readBack(s)) {
                ops.verifyTally().verified(s.size());
            }
            Disposition result = afterCopy(src, trailing) ? Disposition.COPIED : Disposition.FAILED;
            return lines(src, dst, kind, result, trailing);
        } catch (RuntimeException e) {
            trailing.add(ops.lines().error(new IOException(e.toString(), e), "Copying File", src));
            return lines(src, dst, action.kind(), Disposition.FAILED, trailing);
        }
    }

    private Retrier.Outcome<?> copy(Entry s, Path src, Path dst) {
        if (s.type() == EntryType.SYMLINK) {
            return ops.retrier().run("Copying Link", src, () -> {
                ops.linkCopier().copy(src, dst, s.mtime(), tempName);
                return Boolean.TRUE;
            });
        }
        // Both are passed: the copier applies whichever the destination's file system has.
        CopyRequest request = CopyRequest.of(src, dst, s.size(), s.mtime(), s.mode(), s.attributes(),
                ops.options().copying(), ops.options().scope().create()).withTempName(tempName);
        Path reference = ops.options().copying().linkDest();
        if (reference != null && !ops.options().scope().create()) {
            return ops.retrier().run("Copying File", src, () -> {
                // A snapshot: a file unchanged since the previous snapshot shares its inode.
                if (ops.linkReference().tryLink(reference, action.path(), dst, s.size(), s.mtime(), s.mode(), tempName)) {
                    return LINKED;
                }
                return ops.copier().copy(request);
            });
        }
        return ops.retrier().run("Copying File", src, () -> ops.copier().copy(request));
    }

    /** /VERIFY read this copy back: only data a file copy wrote (not a link, not /CREATE's empty files). */
    private boolean readBack(Entry s) {
        return ops.options().copying().verify() && ops.options().copying().files().data()
                && !ops.options().scope().create() && s.type() != EntryType.SYMLINK;
    }

    /** The outcome of a snapshot's hard link: counted as an unchanged ("same") file, not a copy. */
    private static final Object LINKED = new Object();

    /**
     * /MOV and /M work on the source once the copy is safely in place. /MOV deletes only a source
     * whose data was written: under /CREATE or a /COPY without D the destination does not hold it.
     */
    private boolean afterCopy(Path src, List<SyncEvent> trailing) {
        boolean dataWritten = ops.options().copying().files().data() && !ops.options().scope().create();
        if (ops.options().scope().moveFiles() && (dataWritten || action.source().type() == EntryType.SYMLINK)) {
            try {
                Files.delete(src);
            } catch (IOException e) {
                trailing.add(ops.lines().error(e, "Deleting Source File", src));
                return false;
            }
        } else if (ops.options().selection().resetArchive() && (action.source().mode() < 0)) {
            try {
                Files.setAttribute(src, "dos:archive", false);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                trailing.add(new SyncEvent.Notice("WARNING : could not clear the archive attribute of " + src));
            }
        }
        return true;
    }

    private List<SyncEvent> lines(Path src, Path dst, FileClass kind, Disposition d, List<SyncEvent> trailing) {
        List<SyncEvent> all = new ArrayList<>(trailing.size() + 1);
        all.add(line(src, dst, kind, d, null));
        all.addAll(trailing);
        return all;
    }

    private SyncEvent.FileLine line(Path src, Path dst, FileClass kind, Disposition d, String reason) {
        Entry s = action.source();
        return new SyncEvent.FileLine(action.path(), src, dst, kind, d, reason, s.size(), s.modified());
    }
}
