package dev.syncopate.execute;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;

import java.io.IOException;
import java.util.List;

/**
 * Keeps the promise that a copy never throws: a bug or an unexpected runtime failure anywhere in
 * the copy wrappers fails that one file, with a {@code Copying File} error line, instead of
 * failing the copy worker's future and with it the walk.
 *
 * <pre>{@code
 * Executor e = new FailSafeCopy(inner, errors);
 * e.copy(job);   // [FileLine FAILED, ErrorLine "Copying File"] where inner threw
 * }</pre>
 */
final class FailSafeCopy extends ForwardingExecutor {
    private final ErrorLines errors;

    FailSafeCopy(Executor inner, ErrorLines errors) {
        super(inner);
        this.errors = errors;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        try {
            return inner.copy(job);
        } catch (RuntimeException e) {
            return job.lines(Disposition.FAILED,
                    List.of(errors.of(new IOException(e.toString(), e), "Copying File", job.source())));
        }
    }
}
