package dev.syncopate.execute;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.EntryType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /MOV} and {@code /M}: work on the source once its copy is safely in place. {@code /MOV}
 * deletes only a source whose data was written (under {@code /CREATE} or a {@code /COPY} without
 * D the destination does not hold it); a source that cannot be deleted fails its file.
 * {@code /M} clears the archive attribute, and only warns when it cannot.
 *
 * <pre>{@code
 * Executor e = new SourceAfterCopy(base, options, errors);
 * e.copy(job);   // [FileLine COPIED], and the source is gone
 * }</pre>
 */
final class SourceAfterCopy extends ForwardingExecutor {
    private final SyncOptions options;
    private final ErrorLines errors;

    SourceAfterCopy(Executor inner, SyncOptions options, ErrorLines errors) {
        super(inner);
        this.options = options;
        this.errors = errors;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        List<SyncEvent> events = inner.copy(job);
        if (!(events.getFirst() instanceof SyncEvent.FileLine f) || f.disposition() != Disposition.COPIED) {
            return events;
        }
        List<SyncEvent> out = new ArrayList<>(events);
        Path src = job.source();
        try {
            if (!afterCopy(job, src, out)) {
                out.set(0, job.line(job.action().kind(), Disposition.FAILED));
            }
        } catch (RuntimeException e) {
            out.set(0, job.line(job.action().kind(), Disposition.FAILED));
            out.add(errors.of(new IOException(e.toString(), e), "Copying File", src));
        }
        return out;
    }

    /** False when the copy must count as failed: its source was to go and could not. */
    private boolean afterCopy(CopyJob job, Path src, List<SyncEvent> out) {
        boolean dataWritten = options.copying().files().data() && !options.scope().create();
        boolean link = job.action().source().type() == EntryType.SYMLINK;
        if (options.scope().moveFiles() && (dataWritten || link)) {
            try {
                Files.delete(src);
            } catch (IOException e) {
                out.add(errors.of(e, "Deleting Source File", src));
                return false;
            }
        } else if (options.selection().resetArchive() && job.action().source().mode() < 0) {
            try {
                Files.setAttribute(src, "dos:archive", false);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                out.add(new SyncEvent.Notice("WARNING : could not clear the archive attribute of " + src));
            }
        }
        return true;
    }
}
