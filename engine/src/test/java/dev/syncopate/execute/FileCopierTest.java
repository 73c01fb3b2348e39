package dev.syncopate.execute;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.options.CopyFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** FileCopier on the real file system (ext4 here): kernel copy, nanosecond times, modes, owners. */
class FileCopierTest {
    private static final long MTIME = 1_700_000_000_123_456_789L;

    @TempDir
    Path dir;

    @Test
    void copiesDataTimesAndModeAndLeavesNoTemp() throws IOException {
        byte[] data = bytes(10_000, 1);
        Path src = write("a.bin", data);
        Path dst = dir.resolve("out").resolve("a.bin");
        Files.createDirectories(dst.getParent());

        CopyResult r = new FileCopier().copy(request(src, dst, data.length).withAttributes(0100640, -1));

        assertArrayEquals(data, Files.readAllBytes(dst));
        assertEquals(data.length, r.bytesWritten());
        assertFalse(r.resumed());
        assertEquals(MTIME, mtimeNanos(dst), "all nine digits survive on ext4");
        assertEquals(0640, mode(dst));
        assertEquals(List.of(dst), list(dst.getParent()), "no temp file left");
    }

    @Test
    void keepsSetuidAndStickyBits() throws IOException {
        Path src = write("tool", bytes(10, 2));
        Path dst = dir.resolve("tool.copy");
        new FileCopier().copy(request(src, dst, 10).withAttributes(04755, -1));
        assertEquals(04755, mode(dst));
    }

    @Test
    void withoutTimesOrAttributesTheCopyIsJustData() throws IOException {
        Path src = write("a", bytes(10, 3));
        Path dst = dir.resolve("b");
        new FileCopier().copy(request(src, dst, 10).withAttributes(0600, -1).withFlags(CopyFlags.parse("D")));
        assertTrue(Math.abs(Files.getLastModifiedTime(dst).toMillis() - System.currentTimeMillis()) < 60_000);
        assertNotEquals(0600, mode(dst), "the new file's default mode, not the source's");
    }

    @Test
    void replacesAtomicallyTheOldContentStaysUntilTheRename() throws IOException {
        Path src = write("a", "new content".getBytes());
        Path dst = write("b", "old".getBytes());
        String[] seen = new String[2];
        FileCopier copier = new FileCopier(temp -> {
            seen[0] = Files.readString(dst);
            seen[1] = Files.readString(temp);
        });

        copier.copy(request(src, dst, 11));

        assertEquals("old", seen[0], "a reader sees the old file while the new one is written");
        assertEquals("new content", seen[1]);
        assertEquals("new content", Files.readString(dst));
    }

    @Test
    void aVanishedSourceLeavesNoTempAndTheTargetAlone() throws IOException {
        Path dst = write("b", "old".getBytes());
        Path src = dir.resolve("gone");

        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new FileCopier().copy(request(src, dst, 5)));

        assertEquals(src.toString(), e.getFile(), "so the Retrier knows not to retry");
        assertEquals("old", Files.readString(dst));
        assertEquals(List.of(dst), list(dir));
    }

    @Test
    void aFailureMidwayDeletesTheTempAndLeavesNoTornTarget() throws IOException {
        Path src = write("a", bytes(50_000, 4));
        Path dst = write("b", "old".getBytes());
        FileCopier failing = new FileCopier(temp -> {
            throw new IOException("disk pulled");
        });

        assertThrows(IOException.class, () -> failing.copy(request(src, dst, 50_000)));

        assertEquals("old", Files.readString(dst));
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void aTargetThatIsANonEmptyDirectoryFailsCleanly() throws IOException {
        Path src = write("a", bytes(100, 5));
        Path dst = dir.resolve("b");
        Files.createDirectories(dst.resolve("inside"));

        assertThrows(FileSystemException.class, () -> new FileCopier().copy(request(src, dst, 100)));

        assertTrue(Files.isDirectory(dst.resolve("inside")));
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void aDestinationDirectoryThatRefusesWritesFailsWithAccessDenied() throws IOException {
        Path src = write("a", bytes(100, 6));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path dst = Files.write(out.resolve("b"), "old".getBytes());
        assumeTrue(Chattr.immutable(out, true), "chattr +i unavailable");
        try {
            IOException e = assertThrows(IOException.class, () -> new FileCopier().copy(request(src, dst, 100)));
            assertEquals(ErrorCodes.ACCESS_DENIED, ErrorCodes.of(e).code());
        } finally {
            Chattr.immutable(out, false);
        }
        assertEquals("old", Files.readString(dst));
        assertEquals(List.of(dst), list(out));
    }

    @Test
    void restartableResumesAHalfWrittenTempAndWritesOnlyTheRest() throws IOException {
        byte[] data = bytes(1 << 20, 7);
        Path src = write("big", data);
        Path dst = dir.resolve("big.copy");
        int half = data.length / 2;
        Files.write(TempNames.path(dst, data.length, MTIME), Arrays.copyOf(data, half)); // a killed run's leftovers

        CopyResult r = new FileCopier().copy(request(src, dst, data.length).withRestartable(true));

        assertArrayEquals(data, Files.readAllBytes(dst));
        assertEquals(half, r.resumedFrom());
        assertEquals(data.length - half, r.bytesWritten());
        assertEquals(MTIME, mtimeNanos(dst));
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void restartableTrustsTheBytesAlreadyWrittenAndVerifyCatchesBadOnes() throws IOException {
        byte[] data = bytes(64 * 1024, 8);
        Path src = write("f", data);
        Path dst = write("f.copy", "old".getBytes());
        Path temp = TempNames.path(dst, data.length, MTIME);
        byte[] marked = Arrays.copyOf(data, 1000);
        Arrays.fill(marked, 0, 10, (byte) 'X');
        Files.write(temp, marked);

        // Without /VERIFY the prefix is kept as it is: proof that it was not written again.
        new FileCopier().copy(request(src, dst, data.length).withRestartable(true));
        byte[] got = Files.readAllBytes(dst);
        assertEquals("XXXXXXXXXX", new String(got, 0, 10));
        assertArrayEquals(Arrays.copyOfRange(data, 10, data.length), Arrays.copyOfRange(got, 10, got.length));

        // With /VERIFY the same leftovers are caught, deleted (even under /Z) and the target kept.
        Files.write(dst, "old".getBytes());
        Files.write(temp, marked);
        VerifyMismatchException e = assertThrows(VerifyMismatchException.class, () ->
                new FileCopier().copy(request(src, dst, data.length).withRestartable(true).withVerify(true)));
        assertEquals(ErrorCodes.DATA_ERROR, ErrorCodes.of(e).code());
        assertFalse(Files.exists(temp));
        assertEquals("old", Files.readString(dst));
    }

    @Test
    void restartableKeepsThePartialFileWhenAnAttemptFails() throws IOException {
        byte[] data = bytes(30_000, 9);
        Path src = write("f", data);
        Path dst = dir.resolve("f.copy");
        FileCopier failing = new FileCopier(temp -> {
            throw new IOException("network gone");
        });

        assertThrows(IOException.class, () -> failing.copy(request(src, dst, data.length).withRestartable(true)));
        assertTrue(Files.exists(TempNames.path(dst, data.length, MTIME)), "kept for the next try");

        CopyResult r = new FileCopier().copy(request(src, dst, data.length).withRestartable(true));
        assertEquals(data.length, r.resumedFrom());
        assertEquals(0, r.bytesWritten(), "nothing left to copy, only to rename");
        assertArrayEquals(data, Files.readAllBytes(dst));
    }

    @Test
    void restartableStartsOverWhenTheTempIsLongerThanTheSource() throws IOException {
        byte[] data = bytes(1000, 10);
        Path src = write("f", data);
        Path dst = dir.resolve("f.copy");
        Files.write(TempNames.path(dst, data.length, MTIME), bytes(5000, 11));

        CopyResult r = new FileCopier().copy(request(src, dst, data.length).withRestartable(true));

        assertEquals(0, r.resumedFrom());
        assertArrayEquals(data, Files.readAllBytes(dst));
    }

    @Test
    void withoutRestartableALeftoverTempIsOverwritten() throws IOException {
        byte[] data = bytes(1000, 12);
        Path src = write("f", data);
        Path dst = dir.resolve("f.copy");
        Files.write(TempNames.path(dst, data.length, MTIME), bytes(500, 13));

        CopyResult r = new FileCopier().copy(request(src, dst, data.length));

        assertEquals(0, r.resumedFrom());
        assertArrayEquals(data, Files.readAllBytes(dst));
    }

    @Test
    void verifyPassesAGoodCopyAndCatchesACorruptedOne() throws IOException {
        byte[] data = bytes(200_000, 14);
        Path src = write("f", data);
        Path dst = write("f.copy", "old".getBytes());
        new FileCopier().copy(request(src, dst, data.length).withVerify(true));
        assertArrayEquals(data, Files.readAllBytes(dst));

        Files.write(dst, "old".getBytes());
        FileCopier corrupting = new FileCopier(temp -> {
            byte[] b = Files.readAllBytes(temp);
            b[123_456] ^= 1; // one flipped bit
            Files.write(temp, b);
        });
        VerifyMismatchException e = assertThrows(VerifyMismatchException.class,
                () -> corrupting.copy(request(src, dst, data.length).withVerify(true)));
        assertTrue(e.errorMessage().startsWith("Data error (cyclic redundancy check). The copy does not match"),
                e.errorMessage());
        assertEquals("old", Files.readString(dst));
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void aFileThatGrewSinceTheListingIsCopiedWhole() throws IOException {
        byte[] data = bytes(70_000, 15);
        Path src = write("log", data);
        Path dst = dir.resolve("log.copy");
        CopyResult r = new FileCopier().copy(request(src, dst, 40_000)); // listed when it was smaller
        assertArrayEquals(data, Files.readAllBytes(dst));
        assertEquals(data.length, r.bytesWritten());
    }

    @Test
    void aFileThatShrankIsCopiedAsItIsNow() throws IOException {
        byte[] data = bytes(1000, 16);
        Path src = write("f", data);
        Path dst = dir.resolve("f.copy");
        CopyResult r = new FileCopier().copy(request(src, dst, 5000));
        assertArrayEquals(data, Files.readAllBytes(dst));
        assertEquals(1000, r.bytesWritten());
    }

    @Test
    void emptyAndLargeFiles() throws IOException {
        Path empty = write("empty", new byte[0]);
        new FileCopier().copy(request(empty, dir.resolve("empty.copy"), 0));
        assertEquals(0, Files.size(dir.resolve("empty.copy")));

        byte[] big = bytes(24 << 20, 17);
        Path src = write("big", big);
        new FileCopier().copy(request(src, dir.resolve("big.copy"), big.length).withVerify(true));
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.copy")));
    }

    @Test
    void noDataFlagFixesTimesAndModeOfAnExistingTargetInPlace() throws IOException {
        Path src = write("a", "source".getBytes());
        Path dst = write("b", "target keeps its data".getBytes());
        Files.setAttribute(dst, "unix:mode", 0600);

        CopyResult r = new FileCopier().copy(request(src, dst, 6).withAttributes(0644, -1)
                .withFlags(CopyFlags.parse("AT")));

        assertEquals("target keeps its data", Files.readString(dst));
        assertEquals(MTIME, mtimeNanos(dst));
        assertEquals(0644, mode(dst));
        assertEquals(0, r.bytesWritten());
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void noDataFlagNeverCreatesAMissingTarget() throws IOException {
        Path src = write("a", "source".getBytes());
        Path dst = dir.resolve("b");
        new FileCopier().copy(request(src, dst, 6).withFlags(CopyFlags.parse("T")));
        new FileCopier().copy(request(src, dst, 6).withFlags(CopyFlags.NONE));
        assertFalse(Files.exists(dst));
    }

    @Test
    void createWritesAnEmptyFileWithTheSourceTime() throws IOException {
        Path src = write("a", bytes(5000, 18));
        Path dst = write("b", "old".getBytes());
        CopyResult r = new FileCopier().copy(request(src, dst, 5000).withZeroLength(true));
        assertEquals(0, Files.size(dst));
        assertEquals(MTIME, mtimeNanos(dst));
        assertEquals(0, r.bytesWritten());
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void ownersAreCopiedWithTheOFlag() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "chown needs root");
        Path src = write("a", bytes(10, 19));
        Files.setAttribute(src, "unix:uid", 65534);
        Files.setAttribute(src, "unix:gid", 65534);
        Path withO = dir.resolve("with-o");
        Path without = dir.resolve("without");

        CopyResult r = new FileCopier().copy(request(src, withO, 10).withFlags(CopyFlags.parse("DATO")));
        new FileCopier().copy(request(src, without, 10));

        assertEquals(List.of(), r.notices());
        assertEquals(65534, Files.getAttribute(withO, "unix:uid"));
        assertEquals(65534, Files.getAttribute(withO, "unix:gid"));
        assertEquals(0, Files.getAttribute(without, "unix:uid"));
    }

    @Test
    void aLinkPlantedUnderTheTempNameIsNeverWrittenThrough() throws IOException {
        Path victim = write("victim", "precious".getBytes());
        Path src = write("a", "payload".getBytes());
        Path dst = dir.resolve("b");
        Path temp = TempNames.path(dst, 7, MTIME);

        Files.createSymbolicLink(temp, victim);
        assertThrows(IOException.class, () -> new FileCopier().copy(request(src, dst, 7)));
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.exists(temp, LinkOption.NOFOLLOW_LINKS), "the planted link is removed");
        new FileCopier().copy(request(src, dst, 7)); // so the retry works
        assertEquals("payload", Files.readString(dst));

        Files.createSymbolicLink(temp, victim); // under /Z the leftover is checked before it is opened
        new FileCopier().copy(request(src, dir.resolve("b"), 7).withRestartable(true));
        assertEquals("precious", Files.readString(victim));
    }

    private CopyRequest request(Path src, Path dst, long size) {
        return CopyRequest.of(src, dst, size, MTIME);
    }

    private Path write(String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static long mtimeNanos(Path p) throws IOException {
        FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        return t.to(TimeUnit.NANOSECONDS);
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode") & 07777;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
