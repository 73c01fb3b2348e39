package dev.syncopate.execute;

import dev.syncopate.fs.NativeCode;
import dev.syncopate.options.CopyFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Linux copy through FFM ({@code LinuxFileCopy}) writes what {@link FileCopier} writes, on the real
 * disk, and where it cannot finish it leaves nothing behind and hands the file back (null).
 */
class NativeFileCopyTest {
    @TempDir
    Path dir;

    private static NativeFileCopy fast() {
        NativeFileCopy fast = NativeFileCopy.deferred(0).get(0);
        // on Linux with JDK 22+ it must really be there, or this test would compare nothing
        assertEquals(NativeCode.enabled(), fast != null, "native copy loaded");
        assumeTrue(fast != null, "no native copy on this platform");
        return fast;
    }

    private CopyRequest request(String name, byte[] data, String perms, long mtimeNanos, String flags) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Path s = Files.write(src.resolve(name), data);
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString(perms));
        Files.setLastModifiedTime(s, FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS));
        int mode = (int) Files.getAttribute(s, "unix:mode") & 07777;
        Path out = Files.createDirectories(dir.resolve("out-" + flags));
        return new CopyRequest(s, out.resolve(name), data.length, mtimeNanos, mode, -1, CopyFlags.parse(flags),
                false, false, false);
    }

    private static Map<String, Object> written(Path p) throws IOException {
        return Map.of("bytes", List.of(Files.readAllBytes(p)).stream().map(java.util.Arrays::toString).toList(),
                "mode", Files.getAttribute(p, "unix:mode"),
                "mtime", Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS));
    }

    @ParameterizedTest(name = "{0} bytes, {1}, mtime {2}, /COPY:{3}")
    @CsvSource({
        "5,       rw-r--r--, 1700000000123456789,  DAT",
        "0,       rw-------, 1700000000000000000,  DAT",
        "200000,  rwxr-x---, 1600000000999999999,  DAT",
        "7,       r--r--r--, -86400000000123,      DAT",   // before 1970, with a fraction
        "7,       rwx------, 1700000000123456789,  D",     // data only: the creation mode and the time of writing
        "3,       rw-r-----, 1700000000123456789,  DT",
    })
    void writesWhatThePortableCopierWrites(int size, String perms, long mtime, String flags) throws IOException {
        NativeFileCopy fast = fast();
        byte[] data = new byte[size];
        new java.util.Random(size).nextBytes(data);
        CopyRequest r = request("f.bin", data, perms, mtime, flags);
        CopyResult n = fast.tryCopy(r);
        assertNotNull(n);
        assertEquals(size, n.bytesWritten());
        Path portableTarget = r.target().resolveSibling("portable.bin");
        new FileCopier().copy(new CopyRequest(r.source(), portableTarget, r.size(), r.mtimeNanos(), r.mode(), -1, r.flags(),
                false, false, false));
        assertArrayEquals(data, Files.readAllBytes(r.target()));
        Map<String, Object> mine = written(r.target());
        Map<String, Object> theirs = written(portableTarget);
        assertEquals(theirs.get("bytes"), mine.get("bytes"));
        assertEquals(theirs.get("mode"), mine.get("mode"));
        if (r.flags().times()) {
            assertEquals(theirs.get("mtime"), mine.get("mtime"));
            assertEquals(mtime, mine.get("mtime"));
        }
        try (Stream<Path> left = Files.list(r.target().getParent())) {
            assertEquals(List.of("f.bin", "portable.bin"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temp file left");
        }
    }

    @Test
    void aFileThatGrewSinceItWasListedIsCopiedToItsEnd() throws IOException {
        NativeFileCopy fast = fast();
        CopyRequest r = request("grew", "12345".getBytes(), "rw-r--r--", 1_700_000_000_000_000_000L, "DAT");
        Files.writeString(r.source(), "1234567890");
        assertEquals(10, fast.tryCopy(r).bytesWritten());
        assertEquals("1234567890", Files.readString(r.target()));
    }

    /** What it cannot do comes back as null, with no temp and the target as it was. */
    @Test
    void whatFailsLeavesNothingBehindAndIsHandedBack() throws IOException {
        NativeFileCopy fast = fast();
        CopyRequest vanished = request("gone", "x".getBytes(), "rw-r--r--", 1_700_000_000_000_000_000L, "DAT");
        Files.delete(vanished.source());
        assertNull(fast.tryCopy(vanished));
        assertFalse(Files.exists(vanished.temp(), LinkOption.NOFOLLOW_LINKS));

        CopyRequest overDir = request("isdir", "x".getBytes(), "rw-r--r--", 1_700_000_000_000_000_000L, "DAT");
        Files.createDirectories(overDir.target().resolve("inside"));
        assertNull(fast.tryCopy(overDir), "a directory where the file goes");
        assertTrue(Files.isDirectory(overDir.target().resolve("inside")));
        assertFalse(Files.exists(overDir.temp(), LinkOption.NOFOLLOW_LINKS));

        CopyRequest planted = request("planted", "x".getBytes(), "rw-r--r--", 1_700_000_000_000_000_000L, "DAT");
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Files.createSymbolicLink(planted.temp(), victim);
        assertNull(fast.tryCopy(planted), "a link under the temp name is never written through");
        assertEquals("keep", Files.readString(victim));
        assertFalse(Files.exists(planted.target()));

        CopyRequest noDir = new CopyRequest(vanished.source().resolveSibling("isdir"), dir.resolve("missing/x"), 1,
                0, 0644, -1, CopyFlags.DEFAULT_FILES, false, false, false);
        assertNull(fast.tryCopy(noDir), "no destination directory");
    }

    /** Through the execute stage's copier: the portable copier then reports the failure in its words. */
    @Test
    void aFailedFastAttemptIsCopiedOrReportedThePortableWay() throws IOException {
        NativeFileCopy fast = fast();
        CopyRequest vanished = request("gone", "x".getBytes(), "rw-r--r--", 1_700_000_000_000_000_000L, "DAT");
        Files.delete(vanished.source());
        Copier copier = new FastFirstCopier(fast, new FileCopier());
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> copier.copy(vanished));
        assertEquals(java.nio.file.NoSuchFileException.class, e.getClass());
        assertEquals(vanished.source().toString(), e.getMessage());
    }
}
