package dev.syncopate.execute;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;

import java.io.IOException;
import java.util.List;

/**
 * Creates a copy's destination directory on first use ({@link LazyDir}): under {@code /S} a
 * source directory with nothing to copy leaves no empty directory behind. A directory that cannot
 * be made fails the file with Robocopy's {@code Creating Destination Directory} error.
 *
 * <pre>{@code
 * Executor e = new LazyTargetDir(new KeepBackup(base, mover, errors), errors);
 * e.copy(new CopyJob(dir, copy, LazyDir.missing(dir.destination()), temp));   // mkdir, then copy
 * }</pre>
 */
final class LazyTargetDir extends ForwardingExecutor {
    private final ErrorLines errors;

    LazyTargetDir(Executor inner, ErrorLines errors) {
        super(inner);
        this.errors = errors;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        try {
            job.targetDir().ensure();
        } catch (IOException e) {
            return job.lines(Disposition.FAILED,
                    List.of(errors.of(e, "Creating Destination Directory", job.targetDir().path())));
        }
        return inner.copy(job);
    }
}
