package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes an extra file, link or directory tree ({@code /PURGE}, {@code /MIR}).
 *
 * <pre>{@code
 * long removed = Purger.delete(dest.resolve("old-project"));   // the whole tree
 * }</pre>
 *
 * <p>Links are never followed: deleting a link (to a file or a directory) deletes the link, and a
 * link inside a tree is removed as an entry, never walked into. A failure does not stop the
 * rest of the tree from being deleted, as {@code rm -rf} does; the first one is thrown at the
 * end, since the ones after it (parents that are still not empty) only repeat it.
 */
public final class Purger {
    private Purger() {
    }

    /**
     * Deletes {@code path} and, if it is a directory, everything in it.
     *
     * @return the number of entries deleted (files, links and directories)
     * @throws IOException the first failure, after deleting all that could be deleted
     */
    public static long delete(Path path) throws IOException {
        try {
            // Most extras are files: one delete, no stat beyond the one the JDK does itself.
            Files.delete(path);
            return 1;
        } catch (DirectoryNotEmptyException e) {
            return deleteTree(path);
        }
    }

    private static long deleteTree(Path dir) throws IOException {
        long[] deleted = {0};
        IOException[] first = {null};
        // walkFileTree without FOLLOW_LINKS reports a link through visitFile and never enters it.
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                remove(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // e.g. an unreadable subdirectory: try to remove the entry itself, keep the reason
                note(e);
                remove(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (e != null) {
                    note(e);
                }
                remove(d);
                return FileVisitResult.CONTINUE;
            }

            private void remove(Path p) {
                try {
                    Files.delete(p);
                    deleted[0]++;
                } catch (IOException e) {
                    note(e);
                }
            }

            private void note(IOException e) {
                if (first[0] == null) {
                    first[0] = e;
                }
            }
        });
        if (first[0] != null) {
            throw first[0];
        }
        return deleted[0];
    }
}
