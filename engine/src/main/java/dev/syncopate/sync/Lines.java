package dev.syncopate.sync;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.Listing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Makes the events for actions that need no I/O: skips, reports, extras and failed listings.
 *
 * <pre>{@code
 * output.now(lines.skip(dir, skipAction));
 * }</pre>
 */
final class Lines {
    private final Clock clock;

    Lines(Clock clock) {
        this.clock = clock;
    }

    List<SyncEvent> listingFailed(DirectoryContext dir, Path where, String action, Listing listing) {
        IOException e = listing.failed() ? listing.error()
                : new java.nio.file.NoSuchFileException(where.toString());
        return List.of(new SyncEvent.DirectoryLine(dir.path(), where, DirStatus.FAILED, -1),
                error(e, action, where));
    }

    SyncEvent error(IOException e, String action, Path where) {
        ErrorCodes.Code c = ErrorCodes.of(e);
        return new SyncEvent.ErrorLine(clock.instant(), c.code(), action, where, c.message(), false, Duration.ZERO);
    }

    /** The line for an extra about to be purged (or reported). */
    List<SyncEvent> extra(DirectoryContext dir, Entry target, String path) {
        Path where = dir.destination().resolve(target.name());
        if (target.isDirectory()) {
            return List.of(new SyncEvent.DirectoryLine(path, where, DirStatus.EXTRA, -1));
        }
        return List.of(new SyncEvent.FileLine(path, null, where, FileClass.EXTRA, Disposition.EXTRA, null,
                target.size(), target.modified()));
    }

    List<SyncEvent> skip(DirectoryContext dir, Action.Skip s) {
        Entry e = s.source();
        Path src = dir.source().resolve(e.name());
        Path dst = dir.destination().resolve(e.name());
        if (e.isDirectory()) {
            DirStatus status = s.disposition() == Disposition.FAILED ? DirStatus.FAILED : DirStatus.EXCLUDED;
            return List.of(new SyncEvent.DirectoryLine(s.path(), src, status, -1));
        }
        SyncEvent line = new SyncEvent.FileLine(s.path(), src, dst, s.kind(), s.disposition(), s.reason(),
                e.size(), e.modified());
        if (s.disposition() == Disposition.FAILED) {
            return List.of(line, new SyncEvent.ErrorLine(clock.instant(), 1, "Copying File", src, s.reason(), false,
                    Duration.ZERO));
        }
        return List.of(line);
    }

    List<SyncEvent> report(DirectoryContext dir, Action.Report r) {
        Entry e = r.entry();
        if (r.kind() == FileClass.EXTRA) {
            return extra(dir, e, r.path());
        }
        Path src = dir.source().resolve(e.name());
        if (e.isDirectory()) {
            return List.of(new SyncEvent.DirectoryLine(r.path(), src, DirStatus.MISMATCH, -1));
        }
        return List.of(new SyncEvent.FileLine(r.path(), src, dir.destination().resolve(e.name()), FileClass.MISMATCH,
                Disposition.MISMATCH, null, e.size(), e.modified()));
    }

    List<SyncEvent> loop(DirectoryContext dir) {
        return List.of(new SyncEvent.Notice("WARNING : skipping " + dir.source()
                + ": symbolic link loop (it points to a directory above it)"),
                new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.EXCLUDED, -1));
    }
}
