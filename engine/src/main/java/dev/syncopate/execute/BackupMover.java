package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * {@code /BACKUPDIR}: keeps what a run is about to overwrite or purge under the backup directory,
 * at the same relative path ({@code dest/a/b.txt} → {@code backup/a/b.txt}; if that exists,
 * {@code b.txt.1}, {@code b.txt.2}, ...).
 *
 * <pre>{@code
 * BackupMover backup = new BackupMover(options.destination(), options.copying().backupDir());
 * backup.keepCopy(target);            // before the retries of an overwrite: target stays in place
 * retrier.run("Copying File", src, () -> copier.copy(request));
 *
 * backup.moveAside(extra);            // instead of Purger.delete(extra): a file or a whole tree
 * }</pre>
 *
 * <p>An overwrite uses {@link #keepCopy}, not a move: a hard link (or, across file systems, a
 * copy) leaves the target where it is, so the copy's atomic rename still replaces it in one step
 * and a copy that then fails leaves the destination as it was. Call it once per file, before the
 * retry loop, or each retry makes another numbered backup.
 *
 * <p>One run writes a backup directory at a time: the free-name search is not atomic against
 * another writer.
 */
public final class BackupMover {
    /** More numbered versions than this of one path means something is wrong, not history. */
    private static final int MAX_VERSIONS = 10_000;

    private final Path destinationRoot;
    private final Path backupDir;

    /**
     * @param destinationRoot the job's destination; relative paths are taken from here
     * @param backupDir       where backups go (created when needed); may be on another file system
     */
    public BackupMover(Path destinationRoot, Path backupDir) {
        this.destinationRoot = Objects.requireNonNull(destinationRoot, "destinationRoot");
        this.backupDir = Objects.requireNonNull(backupDir, "backupDir");
    }

    /**
     * Puts a copy of a file that is about to be overwritten in the backup directory and leaves the
     * file in place.
     *
     * @return where the backup is
     */
    public Path keepCopy(Path target) throws IOException {
        Path dest = freeName(target);
        if (sameFileSystem()) {
            try {
                // A hard link: one system call, no data copied, and the rename that follows only
                // takes the name away from the old inode, which the backup keeps.
                Files.createLink(dest, target);
                return dest;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links here, or another device under the same provider: copy instead
            }
        }
        Files.copy(target, dest, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        return dest;
    }

    /**
     * Moves a file, link or directory tree that is about to be purged into the backup directory.
     *
     * @return where it went
     */
    public Path moveAside(Path target) throws IOException {
        Path dest = freeName(target);
        if (sameFileSystem()) {
            try {
                Files.move(target, dest, StandardCopyOption.ATOMIC_MOVE);
                return dest;
            } catch (AtomicMoveNotSupportedException e) {
                // another device: copy, then delete below
            }
        }
        TreeCopy.copy(target, dest);
        Purger.delete(target);
        return dest;
    }

    private boolean sameFileSystem() {
        return destinationRoot.getFileSystem() == backupDir.getFileSystem();
    }

    /** backupDir/relative/path of target, with parents created, suffixed .1, .2 ... when taken. */
    private Path freeName(Path target) throws IOException {
        Path relative = destinationRoot.relativize(target);
        if (relative.toString().isEmpty() || relative.startsWith("..")) {
            throw new IllegalArgumentException(target + " is not inside " + destinationRoot);
        }
        Path dest = backupDir;
        for (Path name : relative) {
            dest = dest.resolve(name.toString()); // by name: backupDir may belong to another provider
        }
        Files.createDirectories(dest.getParent());
        String base = dest.getFileName().toString();
        for (int i = 0; i <= MAX_VERSIONS; i++) {
            Path candidate = i == 0 ? dest : dest.resolveSibling(base + "." + i);
            if (Files.notExists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new FileAlreadyExistsException(dest.toString(), null, "more than " + MAX_VERSIONS + " backups");
    }
}
