package dev.syncopate.sync;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's own directories seen from inside the walk: the destination met again in the source
 * (it is never copied into itself), and the source or the backup directory met in the
 * destination (they are never extras: purging them would delete the very data the job copies
 * or keeps).
 *
 * <pre>{@code
 * OwnRoots own = OwnRoots.of(options);
 * List<Action> actions = own.withoutOwnRoots(dir, planner.candidates(dir, src, dst));
 * if (own.isDestinationRoot(child.source(), entry)) return;   // do not descend
 * }</pre>
 */
final class OwnRoots {
    private final Path destinationRoot;
    /** The source and the backup directory: when they lie inside the destination they are never extras. */
    private final List<Path> ownRoots;
    /** The destination's file key (null where the file system has none): a source link may lead to it. */
    private final Object destinationKey;

    private OwnRoots(Path destinationRoot, List<Path> ownRoots, Object destinationKey) {
        this.destinationRoot = destinationRoot;
        this.ownRoots = ownRoots;
        this.destinationKey = destinationKey;
    }

    static OwnRoots of(SyncOptions options) {
        Path destinationRoot = options.destination().toAbsolutePath().normalize();
        // Keys compare only within one file system (jimfs numbers its files from 1 in every instance).
        Object key = options.source().getFileSystem() == options.destination().getFileSystem()
                ? fileKey(destinationRoot) : null;
        Path source = options.source().toAbsolutePath().normalize();
        Path backupDir = options.copying().backupDir();
        List<Path> own = backupDir == null ? List.of(source) : List.of(source, backupDir.toAbsolutePath().normalize());
        return new OwnRoots(destinationRoot, own, key);
    }

    /** True for the source directory that is the destination, by path or, through a link, by file key. */
    boolean isDestinationRoot(Path sourceDir, Entry entry) {
        return sourceDir.toAbsolutePath().normalize().equals(destinationRoot)
                || destinationKey != null && destinationKey.equals(entry.fileKey());
    }

    private static Object fileKey(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;   // not created yet (/L): nothing in the source can lead to it
        }
    }

    /** Drops the "extras" that are, or hold, the source or the backup directory nested in the destination. */
    List<Action> withoutOwnRoots(DirectoryContext dir, List<Action> actions) {
        Path here = dir.destination().toAbsolutePath().normalize();
        if (ownRoots.stream().noneMatch(r -> r.startsWith(here))) {
            return actions;   // the usual case: nothing of ours lives below this directory
        }
        List<Action> kept = new ArrayList<>(actions.size());
        for (Action a : actions) {
            Entry extra = switch (a) {
                case Action.Purge p -> p.target();
                case Action.Report r when r.destinationSide() -> r.entry();
                default -> null;
            };
            Path where = extra == null ? null : here.resolve(extra.name());
            if (where == null || ownRoots.stream().noneMatch(r -> r.startsWith(where))) {
                kept.add(a);
            }
        }
        return kept;
    }
}
