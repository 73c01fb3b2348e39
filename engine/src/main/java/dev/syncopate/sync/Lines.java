package dev.syncopate.sync;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.ErrorLines;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.FileViews;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.Listing;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
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
    private final ErrorLines errors;

    Lines(Clock clock) {
        this.clock = clock;
        this.errors = new ErrorLines(clock);
    }

    List<SyncEvent> listingFailed(DirectoryContext dir, Path where, String action, Listing listing) {
        IOException e = listing.failed() ? listing.error()
                : new java.nio.file.NoSuchFileException(where.toString());
        return List.of(new SyncEvent.DirectoryLine(dir.path(), where, DirStatus.FAILED, -1),
                error(e, action, where));
    }

    SyncEvent error(IOException e, String action, Path where) {
        return errors.of(e, action, where);
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
        Path dst = FileViews.target(dir, e, s.target());
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

    /**
     * A twin the march could not pair, as a failure with Robocopy's error line: a source entry as a
     * failed copy, a destination entry as an extra whose delete failed (both exit bit 8). The
     * message names the twin that took part, and for Unicode twins (which print alike) their forms.
     */
    List<SyncEvent> duplicate(DirectoryContext dir, Action.Duplicate d) {
        Entry e = d.entry();
        String same = "The file exists. (Duplicate name: " + d.twin().name() + " differs from this name only in "
                + difference(e.name(), d.twin().name()) + ", so they count as one: ";
        if (!d.sourceSide()) {
            Path where = dir.destination().resolve(e.name());
            List<SyncEvent> out = new java.util.ArrayList<>(extra(dir, e, d.path()));
            out.add(new SyncEvent.ErrorLine(clock.instant(), ErrorCodes.FILE_EXISTS,
                    e.isDirectory() ? "Deleting Extra Dir" : "Deleting Extra File", where,
                    same + "not purged, as deleting it could delete " + d.twin().name() + ".)", false, Duration.ZERO));
            return out;
        }
        Path src = dir.source().resolve(e.name());
        String message = same + d.twin().name() + " is copied, this one is not. Rename one of them.)";
        SyncEvent line = e.isDirectory() ? new SyncEvent.DirectoryLine(d.path(), src, DirStatus.FAILED, -1)
                : new SyncEvent.FileLine(d.path(), src, dir.destination().resolve(d.twin().name()), FileClass.NEW,
                Disposition.FAILED, null, e.size(), e.modified());
        return List.of(line, new SyncEvent.ErrorLine(clock.instant(), ErrorCodes.FILE_EXISTS,
                e.isDirectory() ? "Copying Directory" : "Copying File", src, message, false, Duration.ZERO));
    }

    /** How two names with one key differ: "case", or their Unicode forms, which print alike in a log. */
    private static String difference(String name, String twin) {
        if (!Normalizer.normalize(name, Normalizer.Form.NFC).equals(Normalizer.normalize(twin, Normalizer.Form.NFC))) {
            return "case";
        }
        return "Unicode form, " + form(twin) + " against " + form(name);
    }

    private static String form(String name) {
        return Normalizer.isNormalized(name, Normalizer.Form.NFC) ? "NFC"
                : Normalizer.isNormalized(name, Normalizer.Form.NFD) ? "NFD" : "mixed";
    }

    List<SyncEvent> loop(DirectoryContext dir) {
        return List.of(new SyncEvent.Notice("WARNING : skipping " + dir.source()
                + ": symbolic link loop (it points to a directory above it)"),
                new SyncEvent.DirectoryLine(dir.path(), dir.source(), DirStatus.EXCLUDED, -1));
    }
}
