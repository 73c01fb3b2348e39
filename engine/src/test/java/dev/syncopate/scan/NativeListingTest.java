package dev.syncopate.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Linux listing through FFM ({@code LinuxListing}) gives exactly the portable listing, on the real
 * disk, for every kind of entry, and hands back (null) what it cannot answer the same way.
 */
class NativeListingTest {
    @TempDir
    Path dir;

    private static NativeListing fast() {
        NativeListing fast = NativeListing.deferred(0).get(0);
        boolean expected = dev.syncopate.fs.NativeCode.enabled();
        // on Linux with JDK 22+ the fast path must really be there, or these tests would compare the portable path with itself
        assertEquals(expected, fast != null, "native listing loaded");
        assumeTrue(fast != null, "no native listing on this platform");
        return fast;
    }

    private static DirectoryLister lister(NativeListing fast, boolean follow) {
        return new DirectoryLister(AttributeReader.forFileSystem(FileSystems.getDefault()), NameKey.exact(), follow, fast);
    }

    private static List<String> comparable(Listing l) {
        return l.entries().stream().map(Entry::toString).toList();
    }

    private void world() throws Exception {
        Files.writeString(dir.resolve("plain.txt"), "hello");
        Files.write(dir.resolve("big.bin"), new byte[70_000]);
        Files.writeString(dir.resolve(".hidden"), "h");
        Path ro = Files.writeString(dir.resolve("readonly.txt"), "r");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r-----"));
        Files.writeString(dir.resolve("caf\u00e9.txt"), "nfc");
        Files.writeString(dir.resolve("cafe\u0301.txt"), "nfd");
        Files.writeString(dir.resolve("\u65e5\u672c.txt"), "cjk");
        Files.createFile(dir.resolve("empty"));
        Files.setLastModifiedTime(dir.resolve("plain.txt"), FileTime.from(Instant.parse("2024-03-01T10:00:00.123456789Z")));
        Files.setLastModifiedTime(dir.resolve("empty"), FileTime.from(-86_400_000_000_123L, TimeUnit.NANOSECONDS));
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.createSymbolicLink(dir.resolve("link-to-file"), dir.resolve("plain.txt"));
        Files.createSymbolicLink(dir.resolve("link-to-dir"), dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).inheritIO().start().waitFor();
        for (int i = 0; i < 3000; i++) {   // more than one 64 KiB getdents64 buffer
            Files.createFile(dir.resolve("n" + i + "-" + "x".repeat(i % 40)));
        }
    }

    @ParameterizedTest(name = "follow links {0}")
    @ValueSource(booleans = {true, false})
    void sameEntriesAsThePortableListing(boolean follow) throws Exception {
        NativeListing fast = fast();
        world();
        Listing n = lister(fast, follow).list(dir);
        Listing p = lister(null, follow).list(dir);
        assertFalse(p.failed());
        assertEquals(3013, p.entries().size());
        assertEquals(comparable(p), comparable(n));
        assertNull(fast.list(dir.resolve("plain.txt"), name -> null), "not a directory: the portable path says so");
    }

    @Test
    void whatItCannotOpenIsListedThePortableWayWithTheSameOutcome() throws Exception {
        NativeListing fast = fast();
        Files.writeString(dir.resolve("file"), "x");
        assertNull(fast.list(dir.resolve("absent"), name -> null));
        assertEquals(Listing.ABSENT, lister(fast, true).list(dir.resolve("absent")));
        Listing n = lister(fast, true).list(dir.resolve("file"));
        Listing p = lister(null, true).list(dir.resolve("file"));
        assertTrue(n.failed());
        assertEquals(p.error().toString(), n.error().toString());
    }

    @Test
    void aNameThatIsNotValidInTheCharsetIsLeftToThePortablePath() throws Exception {
        NativeListing fast = fast();
        Files.writeString(dir.resolve("fine"), "x");
        // a name of raw bytes that are not UTF-8, as another system may have written it
        Process p = new ProcessBuilder("sh", "-c", "touch \"$1\"/\"$(printf 'bad\\377name')\"", "sh", dir.toString()).start();
        assertEquals(0, p.waitFor());
        assertNull(fast.list(dir, name -> null));
        assertEquals(2, lister(fast, true).list(dir).entries().size());
    }

    @Test
    void aDirectoryDeletedWhileItIsReadLosesOnlyTheVanishedEntries() throws Exception {
        NativeListing fast = fast();
        Files.writeString(dir.resolve("stays"), "x");
        Files.createDirectory(dir.resolve("goes"));
        List<Entry> entries = fast.list(dir, name -> {
            throw new java.nio.file.NoSuchFileException(name);   // the directory vanished before its stat
        });
        assertNotNull(entries);
        assertEquals(List.of("stays"), entries.stream().map(Entry::name).toList());
    }
}
