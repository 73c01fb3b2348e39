package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Copies a file, link or tree to another place, possibly on another file system, keeping links
 * as links and times as they were: the slow half of a move that cannot be a rename.
 */
final class TreeCopy {
    private TreeCopy() {
    }

    static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.copy(dir, target(dir), StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path t = target(file);
                if (attrs.isSymbolicLink()) {
                    // Files.copy cannot copy a link to another provider: recreate it from its text.
                    Files.createSymbolicLink(t, t.getFileSystem().getPath(Files.readSymbolicLink(file).toString()));
                } else {
                    Files.copy(file, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                // Its entries changed the directory's mtime: put the original back.
                Files.setLastModifiedTime(target(dir), Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS));
                return FileVisitResult.CONTINUE;
            }

            private Path target(Path p) {
                Path t = to;
                for (Path name : from.relativize(p)) {
                    if (!name.toString().isEmpty()) {
                        t = t.resolve(name.toString());
                    }
                }
                return t;
            }
        });
    }
}
