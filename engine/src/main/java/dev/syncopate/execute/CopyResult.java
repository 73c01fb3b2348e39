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
 * @param linked       true when a snapshot's hard link ({@code --link-dest}) was made instead of a
 *                     copy: the file is logged as unchanged ("same"), not as copied
 */
public record CopyResult(long bytesWritten, long resumedFrom, List<SyncEvent.Notice> notices, boolean linked) {
    /** The result of linking to the previous snapshot's copy. */
    public static final CopyResult LINKED = new CopyResult(0, 0, List.of(), true);

    public CopyResult {
        notices = List.copyOf(notices);
    }

    /** A copy that wrote the file (or fixed its metadata). */
    public CopyResult(long bytesWritten, long resumedFrom, List<SyncEvent.Notice> notices) {
        this(bytesWritten, resumedFrom, notices, false);
    }

    /** True when an earlier partial copy was continued instead of started over. */
    public boolean resumed() {
        return resumedFrom > 0;
    }
}
