package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is done to directories once the whole walk is over, deepest first: their times and
 * attributes ({@code /DCOPY:T}, set last because creating entries changes them), then, under
 * {@code /MOVE}, removing the source directories that are now empty.
 *
 * <pre>{@code
 * FinishedDirectories done = new FinishedDirectories(options, new DirectoryMaker(dirFlags), errors);
 * done.add(dir, sourceEntry);   // as the walk leaves each directory
 * done.finish();                // at the end: warnings and errors, usually none
 * }</pre>
 */
final class FinishedDirectories {
    private record Done(DirectoryContext dir, Entry source) {
    }

    private final SyncOptions options;
    private final DirectoryMaker dirMaker;
    private final ErrorLines errors;
    /** Only where each is and its source entry: memory grows with the tree, so nothing more. */
    private final List<Done> done = new ArrayList<>();

    FinishedDirectories(SyncOptions options, DirectoryMaker dirMaker, ErrorLines errors) {
        this.options = options;
        this.dirMaker = dirMaker;
        this.errors = errors;
    }

    void add(DirectoryContext dir, Entry source) {
        if (options.copying().dirs().times() || options.scope().moveDirs()) {
            done.add(new Done(dir, source));
        }
    }

    List<SyncEvent> finish() {
        List<SyncEvent> events = new ArrayList<>();
        if (options.copying().dirs().times()) {
            for (int i = done.size() - 1; i >= 0; i--) {
                events.addAll(copyTimes(done.get(i)));
            }
        }
        if (options.scope().moveDirs()) {
            for (int i = done.size() - 1; i >= 0; i--) {
                events.addAll(removeSource(done.get(i).dir()));
            }
        }
        return events;
    }

    private List<SyncEvent> copyTimes(Done d) {
        Path dst = d.dir().destination();
        if (!Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            Entry e = d.source();
            if (e == null) {
                Instant m = Files.readAttributes(d.dir().source(), BasicFileAttributes.class).lastModifiedTime()
                        .toInstant();
                dirMaker.finish(dst, m.getEpochSecond() * 1_000_000_000L + m.getNano(), -1, -1);
            } else {
                dirMaker.finish(dst, e.mtime(), e.mode(), e.mode() >= 0 ? -1 : e.attributes());
            }
            return List.of();
        } catch (IOException e) {
            return List.of(new SyncEvent.Notice("WARNING : could not set the times of " + dst + ": " + e.getMessage()));
        }
    }

    /**
     * /MOVE: a source directory goes once it is empty and its copy exists; one that still holds
     * files stays, and so does one that was never copied (an empty directory under /S).
     */
    private List<SyncEvent> removeSource(DirectoryContext dir) {
        if (!Files.isDirectory(dir.destination())) {
            return List.of();
        }
        try {
            Files.delete(dir.source());
            return List.of();
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of(errors.of(e, "Deleting Source Directory", dir.source()));
        }
    }
}
