package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;

import java.util.List;

/**
 * What one successful {@link FileCopier#copy} did.
 *
 * <pre>{@code
 * CopyResult r = copier.copy(request);
 * progress.add(r.bytesWritten());
 * r.notices().forEach(events::add);   // e.g. the one-time warning that owners cannot be copied
 * }</pre>
 *
 * @param bytesWritten data bytes written by this attempt (0 for /CREATE and metadata-only fixes)
 * @param resumedFrom  where a /Z resume started, 0 when the copy started from the beginning
 * @param notices      warnings to log once, in order; usually empty
 */
public record CopyResult(long bytesWritten, long resumedFrom, List<SyncEvent.Notice> notices) {

    public CopyResult {
        notices = List.copyOf(notices);
    }

    /** True when an earlier partial copy was continued instead of started over. */
    public boolean resumed() {
        return resumedFrom > 0;
    }
}
