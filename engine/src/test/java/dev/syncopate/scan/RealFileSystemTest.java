package dev.syncopate.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The default file system (ext4 on the build machine): nanosecond times and real mode bits. */
class RealFileSystemTest {

    @Test
    void nanosecondTimesAndModeBits(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path f = Files.writeString(dir.resolve("data.bin"), "twelve bytes");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochSecond(1_700_000_000L, 123_456_789)));
        // Some file systems (tmpfs on old kernels, overlay on odd setups) keep less than nanoseconds.
        long stored = Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        assumeTrue(stored == 1_700_000_000_123_456_789L, "the file system keeps nanoseconds");

        Entry e = AttributeReader.forFileSystem(dir.getFileSystem()).read(f, "data.bin", true);
        assertEquals(EntryType.FILE, e.type());
        assertEquals(12, e.size());
        assertEquals(1_700_000_000_123_456_789L, e.mtime());
        assertEquals(0750, e.mode());
        assertEquals(Attribute.ARCHIVE.bit(), e.attributes());

        Files.createSymbolicLink(dir.resolve("link"), f);
        Listing l = new DirectoryLister(AttributeReader.forFileSystem(dir.getFileSystem()), NameKey.exact(), true)
                .list(dir);
        assertEquals(List.of("data.bin", "link"), l.entries().stream().map(Entry::name).toList());
        assertEquals(e.mtime(), l.entries().get(1).mtime());
        assertEquals(0750, l.entries().get(1).mode());
    }

    /** Listing stats relative to the open directory; every kind of entry must read as a path-based stat does. */
    @Test
    void directoryRelativeStatsMatchPathStats(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.writeString(dir.resolve("file"), "abc");
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("to-file"), dir.resolve("file"));
        Files.createSymbolicLink(dir.resolve("to-sub"), dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));
        AttributeReader reader = AttributeReader.forFileSystem(dir.getFileSystem());
        for (boolean follow : new boolean[] {true, false}) {
            Listing l = new DirectoryLister(reader, NameKey.exact(), follow).list(dir);
            assertEquals(5, l.entries().size());
            for (Entry listed : l.entries()) {
                Entry byPath = reader.read(dir.resolve(listed.name()), listed.name(), follow);
                assertEquals(byPath, listed, listed.name() + " follow=" + follow);
            }
        }
    }
}
