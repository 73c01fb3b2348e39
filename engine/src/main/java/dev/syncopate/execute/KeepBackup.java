package dev.syncopate.execute;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;

import java.io.IOException;
import java.util.List;

/**
 * {@code /BACKUPDIR} for overwrites: the destination file a copy is about to replace is kept in
 * the backup directory first, once, before the copy's retries (see {@link BackupMover#keepCopy}).
 * Purged extras are moved there instead of deleted by the purge itself ({@link ExtraTreePurge}),
 * since a selective purge decides per entry inside the tree what goes.
 *
 * <pre>{@code
 * Executor e = new KeepBackup(base, new BackupMover(destination, backupDir), errors);
 * e.copy(job);   // backup/a/b.txt now holds the old b.txt; dst/a/b.txt the new one
 * }</pre>
 */
final class KeepBackup extends ForwardingExecutor {
    private final BackupMover backup;
    private final ErrorLines errors;

    KeepBackup(Executor inner, BackupMover backup, ErrorLines errors) {
        super(inner);
        this.backup = backup;
        this.errors = errors;
    }

    @Override
    public List<SyncEvent> copy(CopyJob job) {
        if (job.action().target() != null && !job.action().target().isDirectory()) {
            try {
                backup.keepCopy(job.target());
            } catch (IOException e) {
                // Without its backup the old version would be lost: do not overwrite it.
                return job.lines(Disposition.FAILED, List.of(errors.of(e, "Backing Up File", job.target())));
            }
        }
        return inner.copy(job);
    }
}
