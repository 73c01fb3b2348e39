package dev.syncopate.scan;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static dev.syncopate.scan.JimfsTrees.T;
import static dev.syncopate.scan.JimfsTrees.T_NANOS;
import static dev.syncopate.scan.JimfsTrees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeReaderTest {
    static final int R = Attribute.READ_ONLY.bit(), A = Attribute.ARCHIVE.bit(), S = Attribute.SYSTEM.bit(),
            H = Attribute.HIDDEN.bit();

    FileSystem fs;

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    /** POSIX: mode bits; archive always set, hidden by a leading dot, read-only without owner write. */
    @Nested
    class Posix {
        Path work;
        AttributeReader reader;

        Posix() throws IOException {
            fs = JimfsTrees.unix();
            work = JimfsTrees.work(fs);
            reader = AttributeReader.forFileSystem(fs);
        }

        @ParameterizedTest(name = "{0} {1} -> mode {2} attributes {3}")
        @CsvSource(delimiter = '|', textBlock = """
                a.txt     | rw-r--r-- | 0644 | A
                a.txt     | rw-r----- | 0640 | A
                a.sh      | rwxr-x--x | 0751 | A
                all       | rwxrwxrwx | 0777 | A
                none      | --------- | 0000 | AR
                ro.txt    | r--r--r-- | 0444 | AR
                w-only    | -w------- | 0200 | A
                .profile  | rw------- | 0600 | AH
                .ro       | r-------- | 0400 | ARH
                """)
        void fileAttributes(String name, String permissions, String mode, String attributes) throws IOException {
            Path p = JimfsTrees.file(work, name, "hello", T);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
            Entry e = reader.read(p, name, true);
            assertEquals(new Entry(name, EntryType.FILE, 5, T_NANOS, Integer.parseInt(mode, 8),
                    Attribute.parseMask(attributes), false, null), e);   // a plain file's key is never asked
            assertEquals(T, e.modified());
        }

        @Test
        void directory() throws IOException {
            Path d = Files.createDirectory(work.resolve(".git"));
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setLastModifiedTime(d, FileTime.from(T));
            Entry e = reader.read(d, ".git", true);
            assertEquals(EntryType.DIRECTORY, e.type());
            assertTrue(e.isDirectory());
            assertEquals(0, e.size());
            assertEquals(0755, e.mode());
            assertEquals(A | H, e.attributes());
            assertEquals(T_NANOS, e.mtime());
            assertFalse(e.link());
        }

        @Test
        void linkToFileFollowed() throws IOException {
            Path target = file(work, "target.txt", "0123456789", T);
            Path link = Files.createSymbolicLink(work.resolve("link"), target);
            Entry e = reader.read(link, "link", true);
            assertEquals(EntryType.FILE, e.type());
            assertEquals(10, e.size());
            assertEquals(T_NANOS, e.mtime());
            assertTrue(e.link());
            assertNotNull(e.fileKey());
            assertEquals(Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                    e.fileKey());
        }

        @Test
        void linkToFileKept() throws IOException {
            Path target = file(work, "target.txt", "0123456789", T);
            Path link = Files.createSymbolicLink(work.resolve("link"), target);
            Entry e = reader.read(link, "link", false);
            assertEquals(EntryType.SYMLINK, e.type());
            assertEquals(0, e.size());
            assertTrue(e.link());
            assertNull(e.fileKey());
            long linkTime = Files.getLastModifiedTime(link, LinkOption.NOFOLLOW_LINKS).toInstant().toEpochMilli();
            assertEquals(linkTime, e.modified().toEpochMilli());
        }

        @Test
        void linkToDirectoryFollowedAndKept() throws IOException {
            Path target = Files.createDirectory(work.resolve("real"));
            Path link = Files.createSymbolicLink(work.resolve("alias"), target);
            Entry followed = reader.read(link, "alias", true);
            assertEquals(EntryType.DIRECTORY, followed.type());
            assertTrue(followed.link());
            assertEquals(reader.read(target, "real", true).fileKey(), followed.fileKey());
            Entry kept = reader.read(link, "alias", false);
            assertEquals(EntryType.SYMLINK, kept.type());
            assertFalse(kept.isDirectory());
        }

        @Test
        void danglingLinkIsALinkEvenWhenFollowing() throws IOException {
            Path link = Files.createSymbolicLink(work.resolve("dangling"), work.resolve("missing"));
            for (boolean follow : new boolean[] {true, false}) {
                Entry e = reader.read(link, "dangling", follow);
                assertEquals(EntryType.SYMLINK, e.type(), "follow=" + follow);
                assertTrue(e.link());
                assertEquals(0, e.size());
            }
        }

        @Test
        void missingFileThrowsNoSuchFile() {
            assertThrows(NoSuchFileException.class, () -> reader.read(work.resolve("gone"), "gone", true));
        }

        @Test
        void negativeTimes() throws IOException {
            Instant before1970 = Instant.parse("1969-07-20T20:17:40.500Z");
            Path p = file(work, "apollo", "x", before1970);
            Entry e = reader.read(p, "apollo", true);
            assertEquals(-14_182_939_500_000_000L, e.mtime());
            assertEquals(before1970, e.modified());
        }

        @Test
        void timesBeyondTheNanosecondRangeAreClamped() throws IOException {
            Path future = file(work, "future", "x", Instant.parse("3000-01-01T00:00:00Z"));
            Path past = file(work, "past", "x", Instant.parse("1600-01-01T00:00:00Z"));
            assertEquals(Long.MAX_VALUE, reader.read(future, "future", true).mtime());
            assertEquals(Long.MIN_VALUE, reader.read(past, "past", true).mtime());
        }
    }

    /** Windows: no mode (-1), the RASH letters from the DOS view, dot-names are not hidden. */
    @Nested
    class Dos {
        Path work;
        AttributeReader reader;

        Dos() throws IOException {
            fs = JimfsTrees.windows();
            work = JimfsTrees.work(fs);
            reader = AttributeReader.forFileSystem(fs);
        }

        @ParameterizedTest(name = "{0} with {1} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                plain.txt | ''
                a.txt     | A
                ro.txt    | R
                ro.txt    | RA
                h.txt     | H
                sys.dll   | S
                all.txt   | RASH
                .profile  | A
                """)
        void fileAttributes(String name, String rash) throws IOException {
            Path p = JimfsTrees.file(work, name, "hello", T);
            Files.setAttribute(p, "dos:readonly", rash.contains("R"));
            Files.setAttribute(p, "dos:archive", rash.contains("A"));
            Files.setAttribute(p, "dos:system", rash.contains("S"));
            Files.setAttribute(p, "dos:hidden", rash.contains("H"));
            Entry e = reader.read(p, name, true);
            assertEquals(new Entry(name, EntryType.FILE, 5, T_NANOS, -1, Attribute.parseMask(rash), false,
                    e.fileKey()), e);
        }

        @Test
        void directory() throws IOException {
            Path d = Files.createDirectory(work.resolve("Docs"));
            Files.setAttribute(d, "dos:hidden", true);
            Entry e = reader.read(d, "Docs", true);
            assertEquals(EntryType.DIRECTORY, e.type());
            assertEquals(-1, e.mode());
            assertEquals(H, e.attributes());
        }

        @Test
        void linksFollowedAndKept() throws IOException {
            Path target = file(work, "target.txt", "abc", T);
            Path link = Files.createSymbolicLink(work.resolve("link.txt"), target);
            Entry followed = reader.read(link, "link.txt", true);
            assertEquals(EntryType.FILE, followed.type());
            assertEquals(3, followed.size());
            assertTrue(followed.link());
            Entry kept = reader.read(link, "link.txt", false);
            assertEquals(EntryType.SYMLINK, kept.type());
            assertEquals(-1, kept.mode());
        }
    }

    /** A file system with only the basic view: no mode, archive always, hidden by a dot. */
    @Test
    void basicView() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        Path work = JimfsTrees.work(fs);
        AttributeReader reader = AttributeReader.forFileSystem(fs);
        Entry plain = reader.read(file(work, "a", "xy", T), "a", true);
        assertEquals(new Entry("a", EntryType.FILE, 2, T_NANOS, -1, A, false, plain.fileKey()), plain);
        assertEquals(A | H, reader.read(file(work, ".b", "", T), ".b", true).attributes());
    }

    @Test
    void windowsPresetWithoutDosViewIsBasic() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.windows());
        Path work = JimfsTrees.work(fs);
        Entry e = AttributeReader.forFileSystem(fs).read(file(work, "a", "", T), "a", true);
        assertEquals(-1, e.mode());
        assertEquals(A, e.attributes());
    }
}
