package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LinkReferenceTest {
    private static final long MTIME = 1_700_000_000_123_456_789L;
    private static final String DATA = "unchanged since the last snapshot";
    private static final int MODE = 0640;

    /** Real hard links on the real file system (ext4 here): inodes and link counts. */
    @Nested
    class OnDisk {
        @TempDir
        Path dir;
        Path previous;
        Path current;

        @BeforeEach
        void trees() throws IOException {
            previous = reference(dir.resolve("20261107_230000"), "a/b.txt", DATA, MTIME, MODE);
            current = dir.resolve("20261108_230000");
            Files.createDirectories(current.resolve("a"));
        }

        @Test
        void anUnchangedFileIsLinkedAndTheReferenceIsUntouched() throws IOException {
            Path ref = previous.resolve("a/b.txt");
            long refMtime = mtimeNanos(ref);
            Path target = current.resolve("a/b.txt");

            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", target, DATA.length(), MTIME, MODE));

            assertEquals(ino(ref), ino(target), "one inode, two names");
            assertEquals(2, nlink(ref));
            assertEquals(DATA, Files.readString(ref));
            assertEquals(refMtime, mtimeNanos(ref), "the reference's time is not touched");
            assertEquals(MODE, mode(ref));
            assertEquals(List.of(target), list(target.getParent()), "no temp name left");
        }

        @Test
        void anExistingTargetIsReplacedInOneStep() throws IOException {
            Path target = Files.writeString(current.resolve("a/b.txt"), "an older version");

            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", target, DATA.length(), MTIME, MODE));

            assertEquals(ino(previous.resolve("a/b.txt")), ino(target));
            assertEquals(DATA, Files.readString(target));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "size differs,   1,  0,          416",
                "mtime differs,  0,  1000000000, 416",
                "mtime 1 ns,     0,  1,          416",
                "mode differs,   0,  0,          420",
        })
        void aChangedFileIsNotLinked(String why, int extraBytes, long later, int mode) throws IOException {
            Path target = current.resolve("a/b.txt");
            LinkReference links = new LinkReference();

            assertFalse(links.tryLink(previous, "a/b.txt", target, DATA.length() + extraBytes, MTIME + later, mode));

            assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS));
            assertEquals(List.of(), list(current.resolve("a")), "nothing made, not even a temp");
            assertEquals(1, nlink(previous.resolve("a/b.txt")));
            assertFalse(links.linksUnsupported(), "a changed file says nothing about links");
        }

        @Test
        void anUnknownModeMatchesAnyMode() throws IOException {
            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", current.resolve("a/b.txt"),
                    DATA.length(), MTIME, -1));
        }

        @Test
        void onlyThePermissionBitsOfTheSourceModeCount() throws IOException {
            // A caller may pass st_mode with the file type bits (0100640); the scan reads only the nine.
            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", current.resolve("a/b.txt"),
                    DATA.length(), MTIME, 0100640));
        }

        @Test
        void aReferenceWithCoarserTimesStillMatches() throws IOException {
            long wholeSeconds = MTIME - MTIME % 1_000_000_000L;
            reference(previous, "coarse.txt", DATA, wholeSeconds, MODE);

            assertTrue(new LinkReference().tryLink(previous, "coarse.txt", current.resolve("coarse.txt"),
                    DATA.length(), MTIME, MODE), "as the classifier compares: equal at the coarser resolution");
        }

        @Test
        void aMissingReferenceIsNotLinked() throws IOException {
            LinkReference links = new LinkReference();
            assertFalse(links.tryLink(previous, "a/new.txt", current.resolve("a/new.txt"), 1, MTIME, MODE));
            assertFalse(links.tryLink(dir.resolve("no-such-snapshot"), "a/b.txt", current.resolve("a/b.txt"),
                    DATA.length(), MTIME, MODE));
            assertEquals(List.of(), list(current.resolve("a")));
            assertFalse(links.linksUnsupported());
        }

        @Test
        void aReferenceThatIsALinkIsNeverUsed() throws IOException {
            // Identical content through the link, but what it points to may change under the snapshot.
            Files.createSymbolicLink(previous.resolve("a/link.txt"), Path.of("b.txt"));
            assertFalse(new LinkReference().tryLink(previous, "a/link.txt", current.resolve("a/link.txt"),
                    DATA.length(), mtimeNanos(previous.resolve("a/b.txt")), MODE));
            assertEquals(List.of(), list(current.resolve("a")));
        }

        @Test
        void aReferenceThatIsADirectoryIsNotLinked() throws IOException {
            Files.createDirectories(previous.resolve("a/d"));
            assertFalse(new LinkReference().tryLink(previous, "a/d", current.resolve("a/d"), 0,
                    mtimeNanos(previous.resolve("a/d")), -1));
        }

        @Test
        void aTempLeftByAKilledRunIsReplaced() throws IOException {
            Path target = current.resolve("a/b.txt");
            Files.writeString(TempNames.path(target, DATA.length(), MTIME), "partial");

            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", target, DATA.length(), MTIME, MODE));

            assertEquals(DATA, Files.readString(target));
            assertEquals(List.of(target), list(target.getParent()));
        }

        @Test
        void aTargetAlreadyLinkedToTheReferenceLeavesNoTemp() throws IOException {
            // rename(2) between two names of one inode does nothing and leaves the temp name behind.
            Path target = Files.createLink(current.resolve("a/b.txt"), previous.resolve("a/b.txt"));

            assertTrue(new LinkReference().tryLink(previous, "a/b.txt", target, DATA.length(), MTIME, MODE));

            assertEquals(List.of(target), list(target.getParent()));
            assertEquals(2, nlink(target));
        }

        @Test
        void aRenameThatFailsThrowsAndRemovesTheTemp() throws IOException {
            // A directory in the way: the copy would fail here too, so this is the caller's error to report.
            Path target = current.resolve("a/b.txt");
            Files.createDirectories(target.resolve("inside"));

            assertThrows(IOException.class, () -> new LinkReference().tryLink(previous, "a/b.txt", target,
                    DATA.length(), MTIME, MODE));

            assertEquals(List.of(target), list(current.resolve("a")), "the temp link is gone");
            assertEquals(1, nlink(previous.resolve("a/b.txt")));
        }

        @Test
        void anotherDeviceMeansNoLinksForTheRestOfTheRun() throws IOException {
            Path shm = Path.of("/dev/shm");
            assumeTrue(Files.isWritable(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(dir)),
                    "needs a second, writable file system");
            Path other = Files.createTempDirectory(shm, "linkref");
            try {
                reference(other, "a/b.txt", DATA, MTIME, MODE);
                LinkReference links = new LinkReference();

                assertFalse(links.tryLink(other, "a/b.txt", current.resolve("a/b.txt"), DATA.length(), MTIME, MODE));
                assertTrue(links.linksUnsupported());
                assertTrue(links.unsupportedReason().toLowerCase().contains("cross-device"),
                        links.unsupportedReason());
                assertEquals(List.of(), list(current.resolve("a")));

                // Remembered: not even tried again, although this pair could be linked.
                assertFalse(links.tryLink(previous, "a/b.txt", current.resolve("a/b.txt"), DATA.length(), MTIME, MODE));
            } finally {
                Purger.delete(other);
            }
        }

        @Test
        void anImmutableReferenceIsTakenAsNoLinksHere() throws IOException {
            // Linux answers EPERM both for this and for file systems without hard links (vfat, exFAT).
            Path ref = previous.resolve("a/b.txt");
            assumeTrue(Chattr.immutable(ref, true), "chattr not available");
            try {
                LinkReference links = new LinkReference();
                assertFalse(links.tryLink(previous, "a/b.txt", current.resolve("a/b.txt"), DATA.length(), MTIME, MODE));
                assertTrue(links.linksUnsupported());
                assertEquals("Operation not permitted", links.unsupportedReason());
                assertEquals(List.of(), list(current.resolve("a")));
            } finally {
                Chattr.immutable(ref, false);
            }
        }

        @Test
        void manyWorkersLinkAtOnce() throws Exception {
            int files = 400;
            for (int i = 0; i < files; i++) {
                reference(previous, "many/f" + i, "file " + i, MTIME + i, MODE);
            }
            Files.createDirectories(current.resolve("many"));
            LinkReference links = new LinkReference();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < files; i++) {
                    int n = i;
                    results.add(pool.submit(() -> links.tryLink(previous, "many/f" + n,
                            current.resolve("many/f" + n), ("file " + n).length(), MTIME + n, MODE)));
                }
                for (Future<Boolean> r : results) {
                    assertTrue(r.get());
                }
            } finally {
                pool.shutdown();
                assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            }
            for (int i = 0; i < files; i++) {
                assertEquals(ino(previous.resolve("many/f" + i)), ino(current.resolve("many/f" + i)));
            }
            assertEquals(files, list(current.resolve("many")).size(), "no temps left");
            assertFalse(links.linksUnsupported());
        }
    }

    /** The same on jimfs, and the paths where links are impossible. */
    @Nested
    class InMemory {
        /** jimfs's unix preset has hard links but only the basic attribute view; this one also has modes. */
        private static final Configuration POSIX = Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix").build();

        @Test
        void jimfsUnixHasHardLinks() throws IOException {
            try (FileSystem fs = Jimfs.newFileSystem(POSIX)) {
                Path previous = reference(fs.getPath("/snap/1"), "a/b.txt", DATA, MTIME, MODE);
                Path target = Files.createDirectories(fs.getPath("/snap/2/a")).resolve("b.txt");

                assertTrue(new LinkReference().tryLink(previous, "a/b.txt", target, DATA.length(), MTIME, MODE));

                assertTrue(Files.isSameFile(previous.resolve("a/b.txt"), target));
                assertEquals(2, nlink(target));
                assertEquals(List.of(target), list(target.getParent()));
                assertFalse(new LinkReference().tryLink(previous, "a/b.txt", target.resolveSibling("c"),
                        DATA.length() + 1, MTIME, MODE));
                assertFalse(new LinkReference().tryLink(previous, "a/b.txt", target.resolveSibling("d"),
                        DATA.length(), MTIME, 0644), "mode differs");
            }
        }

        @Test
        void withoutModesOnTheReferenceSideTheModeIsNotCompared() throws IOException {
            try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
                Path previous = reference(fs.getPath("/snap/1"), "b.txt", DATA, MTIME, MODE);
                Path target = Files.createDirectories(fs.getPath("/snap/2")).resolve("b.txt");

                assertTrue(new LinkReference().tryLink(previous, "b.txt", target, DATA.length(), MTIME, 0755));
                assertTrue(Files.isSameFile(previous.resolve("b.txt"), target));
            }
        }

        @Test
        void aFileSystemWithoutHardLinksIsReportedOnceAndNotTriedAgain() throws Exception {
            Configuration noLinks = Configuration.unix().toBuilder()
                    .setSupportedFeatures(Feature.SYMBOLIC_LINKS, Feature.FILE_CHANNEL).build();
            try (FileSystem fs = Jimfs.newFileSystem(noLinks)) {
                Path previous = reference(fs.getPath("/snap/1"), "a/b.txt", DATA, MTIME, MODE);
                Path target = Files.createDirectories(fs.getPath("/snap/2/a")).resolve("b.txt");
                LinkReference links = new LinkReference();
                assertFalse(links.linksUnsupported());
                assertNull(links.unsupportedReason());

                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Boolean>> results = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        results.add(pool.submit(() -> links.tryLink(previous, "a/b.txt", target,
                                DATA.length(), MTIME, MODE)));
                    }
                    for (Future<Boolean> r : results) {
                        assertFalse(r.get());
                    }
                } finally {
                    pool.shutdown();
                }
                assertTrue(links.linksUnsupported());
                assertNotEquals(null, links.unsupportedReason());
                assertEquals(List.of(), list(target.getParent()), "nothing made");
            }
        }

        @Test
        void aReferenceInAnotherFileSystemCannotBeLinked(@TempDir Path disk) throws IOException {
            try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
                Path previous = reference(fs.getPath("/snap/1"), "b.txt", DATA, MTIME, MODE);
                LinkReference links = new LinkReference();

                assertFalse(links.tryLink(previous, "b.txt", disk.resolve("b.txt"), DATA.length(), MTIME, MODE));

                assertTrue(links.linksUnsupported());
                assertEquals(List.of(), list(disk));
            }
        }
    }

    /** How refusals of link(2) are told apart: this file only, or this place. */
    @Nested
    class Refusals {
        @ParameterizedTest(name = "{0} -> run-wide {1}")
        @CsvSource({
                "Invalid cross-device link, true",
                "Cross-device link, true",
                "Operation not supported, true",
                "Operation not permitted, true",
                "The system cannot move the file to a different disk drive, true",
                "Incorrect function, true",
                "Too many links, false",
                "No space left on device, false",
        })
        void reasons(String reason, boolean runWide, @TempDir Path dir) throws IOException {
            Path previous = reference(dir.resolve("1"), "b.txt", DATA, MTIME, MODE);
            Path target = Files.createDirectories(dir.resolve("2")).resolve("b.txt");
            LinkReference links = new LinkReference((link, existing) -> {
                throw new FileSystemException(link.toString(), existing.toString(), reason);
            });

            assertFalse(links.tryLink(previous, "b.txt", target, DATA.length(), MTIME, MODE));

            assertEquals(runWide, links.linksUnsupported());
            assertEquals(runWide ? reason : null, links.unsupportedReason());
        }

        @Test
        void accessDeniedConcernsOneFile(@TempDir Path dir) throws IOException {
            Path previous = reference(dir.resolve("1"), "b.txt", DATA, MTIME, MODE);
            Path target = Files.createDirectories(dir.resolve("2")).resolve("b.txt");
            LinkReference links = new LinkReference((link, existing) -> {
                throw new AccessDeniedException(link.toString());
            });

            assertFalse(links.tryLink(previous, "b.txt", target, DATA.length(), MTIME, MODE));
            assertFalse(links.linksUnsupported());
        }
    }

    static Path reference(Path root, String rel, String data, long mtimeNanos, int mode) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, data);
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, Metadata.permissions(mode));
        }
        Files.setLastModifiedTime(p, FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS));
        return root;
    }

    private static long ino(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    private static int nlink(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode") & 07777;
    }

    private static long mtimeNanos(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
