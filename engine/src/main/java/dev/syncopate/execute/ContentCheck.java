package dev.syncopate.execute;

import dev.syncopate.classify.ContentComparison;
import dev.syncopate.classify.FileClass;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;

import java.util.List;

/**
 * {@code /CHECKSUM}: a file the planner found the same by size and time is compared by content
 * first ({@link ContentComparison#classify}), on the copy worker since it reads both files. Equal
 * content is logged as "same" and not copied; different content goes on as a {@code Changed}
 * copy. Outside dry run on purpose: {@code /L /CHECKSUM} says truthfully which files differ.
 *
 * <pre>{@code
 * Executor e = new ContentCheck(new DryRun(base), retrier);
 * e.copy(jobWithCheckContent);   // [FileLine SAME SKIPPED "same"] or the inner copy as CHANGED
 * }</pre>
 */
final class ContentCheck extends ForwardingExecutor {
    private final Retrier retrier;

    ContentCheck(Executor inner, Retrier retrier) {
        super(inner);
        this.retrier = retrier;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        if (!job.action().checkContent()) {
            return inner.copy(job);
        }
        Retrier.Outcome<FileClass> found = retrier.run("Comparing File", job.source(),
                () -> ContentComparison.classify(job.source(), job.target()));
        if (!found.succeeded()) {
            return job.lines(Disposition.FAILED, found.events());
        }
        if (found.value() == FileClass.SAME) {
            return List.of(job.line(FileClass.SAME, Disposition.SKIPPED, "same"));
        }
        return inner.copy(job.reclassified(found.value()));
    }
}
