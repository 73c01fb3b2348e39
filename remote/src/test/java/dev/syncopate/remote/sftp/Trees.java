package dev.syncopate.remote.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The small file trees the SFTP tests copy, and the comparison that says whether a copy is faithful.
 *
 * <pre>{@code
 * Trees.sample(local);                 // a.txt (0 bytes), b.bin, sub/c.bin, sub/deeper/d.bin (5 MiB), empty/
 * Trees.assertSame(local, remoteDir);  // same names, bytes and mtimes (to the second)
 * }</pre>
 */
final class Trees {
    /** Nanoseconds on purpose: SFTP v3 keeps seconds, and a second run must still copy nothing. */
    static final long MTIME_NANOS = 1_700_000_000_123_456_789L;

    private Trees() {
    }

    static void sample(Path root) throws IOException {
        file(root.resolve("a.txt"), 0, 1);
        file(root.resolve("b.bin"), 1024, 2);
        file(root.resolve("sub/c.bin"), 100 * 1024 + 7, 3);
        file(root.resolve("sub/deeper/d.bin"), 5 * 1024 * 1024 + 3, 4);
        Files.createDirectories(root.resolve("empty"));
    }

    /** A file of random bytes with a fixed modification time (plus {@code seed} seconds). */
    static Path file(Path p, int size, int seed) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        Files.write(p, b);
        Files.setLastModifiedTime(p, FileTime.from(MTIME_NANOS + seed * 1_000_000_000L, TimeUnit.NANOSECONDS));
        return p;
    }

    /** Same relative names and types, same bytes, and mtimes equal to the whole second. */
    static void assertSame(Path expected, Path actual) throws IOException {
        assertEquals(describe(expected), describe(actual));
    }

    private static TreeMap<String, String> describe(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(rel + "/", "dir");
                } else {
                    long seconds = Files.getLastModifiedTime(p).to(TimeUnit.SECONDS);
                    out.put(rel, Files.size(p) + " bytes, crc " + crc(p) + ", mtime " + seconds);
                }
            }
        }
        return out;
    }

    static long crc(Path p) throws IOException {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                c.update(buf, 0, n);
            }
        }
        return c.getValue();
    }
}
