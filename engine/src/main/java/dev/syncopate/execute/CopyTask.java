package dev.syncopate.execute;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Copies one file (or, under {@code /SL}, recreates one link) with retries and returns its
 * events: the file line first, then any retry and error lines and notices. A file unchanged since
 * the previous snapshot ({@code --link-dest}) is hard-linked instead. Never throws, so one bad
 * file cannot stop the run. What a switch adds around a copy (dry run, backup, lazy directory,
 * {@code /MOV}) is a wrapper in this package, not a branch here.
 *
 * <pre>{@code
 * CopyTask task = new CopyTask(options, retrier, new FileCopier(), errors, tally);   // one per run
 * List<SyncEvent> events = task.copy(job);                                           // on a worker
 * }</pre>
 */
final class CopyTask {
    private final SyncOptions options;
    private final Retrier retrier;
    private final Copier copier;
    private final LinkCopier linkCopier;
    private final LinkReference linkReference = new LinkReference();
    private final AtomicBoolean linksAnnounced = new AtomicBoolean();
    private final ErrorLines errors;
    private final VerifyTally tally;

    CopyTask(SyncOptions options, Retrier retrier, Copier copier, ErrorLines errors, VerifyTally tally) {
        this.options = options;
        this.retrier = retrier;
        this.copier = copier;
        this.linkCopier = new LinkCopier(options.copying().files());
        this.errors = errors;
        this.tally = tally;
    }

    List<SyncEvent> copy(CopyJob job) {
        Entry s = job.action().source();
        Path src = job.source();
        Path dst = job.target();
        List<SyncEvent> trailing = new ArrayList<>();
        try {
            boolean link = s.type() == EntryType.SYMLINK;
            Retrier.Outcome<CopyResult> copied = link ? copyLink(job, src, dst) : copyFile(job, src, dst);
            trailing.addAll(copied.events());
            CopyResult r = copied.value();
            if (r != null && r.linked()) {
                return List.of(job.line(FileClass.SAME, Disposition.SKIPPED, "linked"));
            }
            if (r != null && !link) {
                trailing.addAll(r.notices());
                if (options.copying().linkDest() != null && firstLinkFallback()) {
                    trailing.add(new SyncEvent.Notice("WARNING : hard links are not possible here ("
                            + linkReference.unsupportedReason() + "); unchanged files are copied instead"));
                }
                if (r.resumed()) {
                    trailing.add(new SyncEvent.Notice("\t    Resumed at " + r.resumedFrom() + " bytes: " + dst));
                }
            }
            if (!copied.succeeded()) {
                if (copied.failure() instanceof VerifyMismatchException) {
                    tally.mismatched();
                }
                return job.lines(Disposition.FAILED, trailing);
            }
            if (readBack(s)) {
                tally.verified(s.size());
            }
            return job.lines(Disposition.COPIED, trailing);
        } catch (RuntimeException e) {
            trailing.add(errors.of(new IOException(e.toString(), e), "Copying File", src));
            return job.lines(Disposition.FAILED, trailing);
        }
    }

    private Retrier.Outcome<CopyResult> copyLink(CopyJob job, Path src, Path dst) {
        return retrier.run("Copying Link", src, () -> {
            linkCopier.copy(src, dst, job.action().source().mtime(), job.tempName());
            return new CopyResult(0, 0, List.of());
        });
    }

    private Retrier.Outcome<CopyResult> copyFile(CopyJob job, Path src, Path dst) {
        Entry s = job.action().source();
        // Both mode and attributes are passed: the copier applies whichever the destination's file system has.
        CopyRequest request = CopyRequest.of(src, dst, s.size(), s.mtime(), s.mode(), s.attributes(),
                options.copying(), options.scope().create()).withTempName(job.tempName());
        // A failed /Z attempt may leave a partial file, so only the first attempt may skip looking.
        AtomicBoolean firstAttempt = new AtomicBoolean(true);
        Supplier<CopyRequest> attempt = () -> request.withNoPartial(!job.partialListed() && firstAttempt.getAndSet(false));
        Path reference = options.copying().linkDest();
        if (reference == null || options.scope().create()) {
            return retrier.run("Copying File", src, () -> copier.copy(attempt.get()));
        }
        return retrier.run("Copying File", src, () ->
                // A snapshot: a file unchanged since the previous snapshot shares its inode.
                linkReference.tryLink(reference, job.action().path(), dst, s.size(), s.mtime(), s.mode(),
                        job.tempName()) ? CopyResult.LINKED : copier.copy(attempt.get()));
    }

    /** True the first time it is called after hard links turned out impossible: say so once per run. */
    private boolean firstLinkFallback() {
        return linkReference.linksUnsupported() && !linksAnnounced.getAndSet(true);
    }

    /** /VERIFY read this copy back: only data a file copy wrote (not a link, not /CREATE's empty files). */
    private boolean readBack(Entry s) {
        return options.copying().verify() && options.copying().files().data()
                && !options.scope().create() && s.type() != EntryType.SYMLINK;
    }
}
