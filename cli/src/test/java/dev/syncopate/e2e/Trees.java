package dev.syncopate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Real directory trees for the end-to-end tests: build them, and compare them as text maps.
 *
 * <pre>{@code
 * Trees.file(src, "docs/a.txt", "alpha");
 * assertEquals(Trees.snapshot(src), Trees.snapshot(dst));
 * // {"docs"="dir", "docs/a.txt"="file 5 crc=1f0e... mtime=1763777700000"}
 * }</pre>
 */
final class Trees {
    private Trees() {
    }

    /**
     * Every entry below {@code root} by relative path with '/': {@code dir}, {@code file <size> crc=..
     * mtime=<ms>} or {@code link -> target}. Milliseconds, because that is what every file system the
     * tests meet keeps. An absent root is an empty map.
     */
    static SortedMap<String, String> snapshot(Path root) {
        SortedMap<String, String> m = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.equals(root)) {
                    m.put(root.relativize(p).toString().replace('\\', '/'), describe(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The snapshot without the given relative paths and everything below them. */
    static SortedMap<String, String> without(SortedMap<String, String> tree, String... paths) {
        SortedMap<String, String> m = new TreeMap<>(tree);
        for (String p : paths) {
            m.keySet().removeIf(k -> k.equals(p) || k.startsWith(p + "/"));
        }
        return m;
    }

    /** Writes a UTF-8 file, creating its directories. */
    static Path file(Path root, String relative, String content) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Like {@link #file}, with a given modification time. */
    static Path file(Path root, String relative, String content, Instant mtime) {
        Path p = file(root, relative, content);
        touch(p, mtime);
        return p;
    }

    static Path dir(Path root, String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touch(Path p, Instant mtime) {
        try {
            Files.setLastModifiedTime(p, FileTime.from(mtime));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(p);
        }
        if (a.isDirectory()) {
            return "dir";
        }
        CRC32C crc = new CRC32C();
        crc.update(Files.readAllBytes(p));
        return "file " + a.size() + " crc=" + Long.toHexString(crc.getValue()) + " mtime="
                + a.lastModifiedTime().toMillis();
    }
}
