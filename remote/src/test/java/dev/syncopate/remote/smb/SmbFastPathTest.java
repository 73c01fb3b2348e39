package dev.syncopate.remote.smb;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortcuts of the copy path against a real smbd: answers from {@link FreshDirs} without a
 * request, reused write-behind buffers ({@link ChunkPool}), times and renames whose handles close
 * without waiting ({@link LateClose}). Every request stays signed as smbj signs it: turning signing
 * off where the server does not demand it was faster, but a backup's integrity on the wire is worth
 * more than the CPU, and it needed a private field of smbj's.
 */
class SmbFastPathTest extends SmbShareFixture {
    @Test
    void aDirectoryWeCreatedKnowsWhatIsNotInIt() throws IOException {
        Path dir = root.path().resolve("fresh");
        Files.createDirectory(dir);
        FreshDirs fresh = ((SmbPath) dir).getFileSystem().fresh();
        Path temp = dir.resolve(".syn-temp");
        assertTrue(fresh.surelyAbsent((SmbPath) temp));
        assertThrows(NoSuchFileException.class, () -> Files.readAttributes(temp, BasicFileAttributes.class));

        write(temp, new byte[] {1, 2, 3});
        assertFalse(fresh.surelyAbsent((SmbPath) temp), "a name once created may exist");
        assertEquals(3, Files.readAttributes(temp, BasicFileAttributes.class).size());
        Path target = dir.resolve("Target.dat");
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertFalse(fresh.surelyAbsent((SmbPath) dir.resolve("TARGET.DAT")), "names fold case as the share does");
        assertEquals(3, Files.size(target));

        Files.createDirectory(dir.resolve("sub"));
        assertTrue(Files.isDirectory(dir.resolve("SUB")));
    }

    @Test
    void whatAListingShowsExistsEvenInADirectoryWeCreated() throws IOException {
        Path dir = root.path().resolve("fresh-then-theirs");
        Files.createDirectory(dir);
        Files.writeString(server("fresh-then-theirs").resolve("theirs.txt"), "t");
        Path theirs = dir.resolve("theirs.txt");
        assertTrue(((SmbPath) theirs).getFileSystem().fresh().surelyAbsent((SmbPath) theirs), "not seen yet");
        try (var listing = Files.newDirectoryStream(dir)) {
            listing.forEach(p -> { });
        }
        assertEquals(1, Files.size(theirs));
        Files.createDirectories(server("fresh-then-theirs").resolve("their-dir"));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> Files.createDirectory(dir.resolve("their-dir")));
        assertTrue(Files.isDirectory(dir.resolve("their-dir")), "a refused mkdir shows the name exists");
    }

    @Test
    void aDirectoryWeDidNotCreateIsAlwaysAsked() throws IOException {
        Files.createDirectories(server("existing"));
        Files.write(server("existing").resolve("theirs.txt"), new byte[] {7});
        Path theirs = root.path().resolve("existing/theirs.txt");
        assertFalse(((SmbPath) theirs).getFileSystem().fresh().surelyAbsent((SmbPath) theirs));
        assertEquals(1, Files.size(theirs));
    }

    @Test
    void reusedBuffersCarryNothingOver() throws IOException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'x');
        byte[] small = "short".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path a = root.path().resolve("pool-a.bin");
        Path b = root.path().resolve("pool-b.bin");
        write(a, big);
        write(b, small);   // most likely the same buffer as a's
        assertArrayEquals(big, Files.readAllBytes(server("pool-a.bin")));
        assertArrayEquals(small, Files.readAllBytes(server("pool-b.bin")));
    }

    @Test
    void timesSetThroughALateClosedHandleStickAcrossTheRename() throws IOException {
        Path temp = root.path().resolve(".syn-times");
        Path target = root.path().resolve("times.dat");
        write(temp, new byte[70_000]);
        FileTime mtime = FileTime.from(1_704_067_200_123_456_700L, TimeUnit.NANOSECONDS);
        Files.getFileAttributeView(temp, BasicFileAttributeView.class).setTimes(mtime, null, null);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(mtime, Files.getLastModifiedTime(server("times.dat")));
        assertFalse(Files.exists(server(".syn-times")));
    }

    /** As the engine writes a temp: 8 KiB relative writes into a channel opened with CREATE, TRUNCATE. */
    private static void write(Path p, byte[] data) throws IOException {
        try (FileChannel ch = FileChannel.open(p, WRITE, CREATE, TRUNCATE_EXISTING)) {
            for (int at = 0; at < data.length; at += 8192) {
                ch.write(ByteBuffer.wrap(data, at, Math.min(8192, data.length - at)));
            }
        }
    }
}
