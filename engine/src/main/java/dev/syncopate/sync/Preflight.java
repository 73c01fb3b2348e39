package dev.syncopate.sync;

import dev.syncopate.event.DirStatus;
import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.DirectoryLister;
import dev.syncopate.scan.Listing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that make a run fatal (exit 16) before anything is touched: endpoints that are empty,
 * the same or overlapping ({@link EndpointCheck}), an unreadable source, a destination that is a file
 * or cannot be created, and the empty-source guard that stops an unmounted share from wiping the backup.
 *
 * <pre>{@code
 * Preflight.Outcome o = new Preflight(options, context).check(sourceLister);
 * if (o.fatal()) return 16;
 * }</pre>
 */
final class Preflight {
    record Outcome(boolean fatal, List<SyncEvent> events, DirTask rootTask) {
    }

    private final SyncOptions options;
    private final EngineContext context;
    private final List<SyncEvent> events = new ArrayList<>();

    Preflight(SyncOptions options, EngineContext context) {
        this.options = options;
        this.context = context;
    }

    Outcome check(DirectoryLister sourceLister) {
        // Before the paths are made absolute: an empty one would become the current directory.
        var refusal = EndpointCheck.refusal(options);
        if (refusal.isPresent()) {
            return fatal(new SyncEvent.Notice("ERROR : " + refusal.get()));
        }
        // Absolute from here on: the log shows full paths, as Robocopy does.
        Path src = options.source().toAbsolutePath().normalize();
        Path dst = options.destination().toAbsolutePath().normalize();
        BasicFileAttributes srcAttrs;
        try {
            srcAttrs = Files.readAttributes(src, BasicFileAttributes.class);
            if (!srcAttrs.isDirectory()) {
                throw new NotDirectoryException(src.toString());
            }
            requireListable(src);
        } catch (IOException e) {
            return fatal(error(e, "Accessing Source Directory", src));
        }
        boolean destExists;
        try {
            BasicFileAttributes d = Files.readAttributes(dst, BasicFileAttributes.class);
            if (!d.isDirectory()) {
                return fatal(error(new NotDirectoryException(dst.toString()), "Accessing Destination Directory", dst));
            }
            destExists = true;
        } catch (NoSuchFileException e) {
            destExists = false;
        } catch (IOException e) {
            return fatal(error(e, "Accessing Destination Directory", dst));
        }
        if (options.scope().purge() && !options.allowEmptySource() && destExists) {
            Listing rootListing = sourceLister.list(src);
            if (rootListing.failed()) {
                return fatal(error(rootListing.error(), "Accessing Source Directory", src));
            }
            if (rootListing.entries().isEmpty()
                    && !isEmpty(dst)) {
                return fatal(new SyncEvent.Notice("ERROR : The source " + src + " is empty but the destination "
                        + dst + " is not; refusing to purge it (is a share unmounted?). "
                        + "Use /ALLOWEMPTYSOURCE (allowEmptySource()) if this is intended."));
            }
        }
        if (!destExists && !options.listOnly()) {
            try {
                Files.createDirectories(dst);
            } catch (IOException e) {
                return fatal(error(e, "Creating Destination Directory", dst));
            }
        }
        DirectoryContext root = new DirectoryContext("", src, dst, 0, true);
        DirTask task = DirTask.of(root, destExists ? DirStatus.EXISTING : DirStatus.NEW,
                DirTask.KeyChain.EMPTY.with(srcAttrs.fileKey()), null);
        return new Outcome(false, events, task);
    }

    /**
     * Opens the source root and reads its first entry: a root that exists but cannot be listed
     * (no read permission) is as fatal as a missing one, as in Robocopy (16, not a failed
     * directory's 8), and stops the run before the destination is created or touched.
     */
    private static void requireListable(Path dir) throws IOException {
        try (var s = Files.newDirectoryStream(dir)) {
            s.iterator().hasNext();
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!dev.syncopate.execute.TempNames.isTemp(p.getFileName().toString())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private SyncEvent error(IOException e, String action, Path path) {
        ErrorCodes.Code c = ErrorCodes.of(e);
        return new SyncEvent.ErrorLine(context.clock().instant(), c.code(), action, path, c.message(), false,
                java.time.Duration.ZERO);
    }

    private Outcome fatal(SyncEvent e) {
        events.add(e);
        return new Outcome(true, events, null);
    }
}
