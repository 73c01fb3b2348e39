package dev.syncopate.execute;

import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import dev.syncopate.select.Selector;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Purges an extra file or directory tree. When the run has exclusions or file specs, an extra
 * directory is walked instead of deleted whole: what {@code /XF}, {@code /XD} or the file specs
 * protect stays, with the directories that hold it, because an excluded extra is never purged.
 *
 * <pre>{@code
 * new ExtraTreePurge(selector, backup, true).purge(dst.resolve("old"), "docs/old", true);
 * }</pre>
 */
final class ExtraTreePurge {
    private final Selector selector;
    private final BackupMover backup;
    private final boolean selective;

    ExtraTreePurge(Selector selector, BackupMover backup, boolean selective) {
        this.selector = selector;
        this.backup = backup;
        this.selective = selective;
    }

    void purge(Path target, String relativePath, boolean directory) throws IOException {
        if (!directory || !selective) {
            remove(target);
            return;
        }
        Path root = target;
        IOException[] first = new IOException[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                if (d.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                return selector.excludeDir(entry(d, a), rel(d), abs(d)) != null
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                if (!selector.protectsExtraFile(entry(f, a), rel(f), abs(f))) {
                    try {
                        remove(f);
                    } catch (IOException e) {
                        first[0] = first[0] == null ? e : first[0];
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                first[0] = first[0] == null ? e : first[0];
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                try {
                    Files.delete(d);   // only when nothing protected is left inside
                } catch (DirectoryNotEmptyException kept) {
                    // holds an excluded entry: it stays
                } catch (IOException x) {
                    first[0] = first[0] == null ? x : first[0];
                }
                return FileVisitResult.CONTINUE;
            }

            private String rel(Path p) {
                return relativePath + "/" + root.relativize(p).toString().replace('\\', '/');
            }
        });
        if (first[0] != null) {
            throw first[0];
        }
    }

    private void remove(Path p) throws IOException {
        if (backup != null) {
            backup.moveAside(p);
        } else {
            Purger.delete(p);
        }
    }

    private static String abs(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static Entry entry(Path p, BasicFileAttributes a) {
        EntryType type = a.isDirectory() ? EntryType.DIRECTORY : a.isSymbolicLink() ? EntryType.SYMLINK : EntryType.FILE;
        return new Entry(p.getFileName().toString(), type, a.size(), 0, -1, 0, a.isSymbolicLink(), null);
    }
}
