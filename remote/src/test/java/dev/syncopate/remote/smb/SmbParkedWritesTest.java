package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.SambaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the engine does with a new file on a share (write, close, set times, rename) when the data
 * handle is parked for the last two ({@link ParkedFiles}), and large files written several chunks at
 * a time ({@link PipelinedWrites}); checked in the share's directory on the server's disk.
 */
class SmbParkedWritesTest extends SmbShareFixture {
    @TempDir
    Path local;

    private static void write(Path p, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(p, WRITE, CREATE, TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void timesSetOnTheWritingHandleSurviveItsCloseAfterTheRename() throws IOException {
        Files.writeString(server("report.txt"), "old version");
        Path temp = root.path().resolve(".report.txt.tmp");
        Path target = root.path().resolve("report.txt");
        FileTime mtime = FileTime.from(Instant.parse("2024-05-06T07:08:09Z"));

        write(temp, "new version, longer");
        Files.getFileAttributeView(temp, BasicFileAttributeView.class).setTimes(mtime, null, null);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertEquals("new version, longer", Files.readString(server("report.txt")));
        assertEquals(mtime, Files.getLastModifiedTime(server("report.txt")));
        assertFalse(Files.exists(server(".report.txt.tmp")));
        // and through the share: what the next run compares with
        assertEquals(mtime, Files.getLastModifiedTime(target));
    }

    @Test
    void anyOtherOperationOnAParkedFileClosesItFirst() throws IOException {
        Path p = root.path().resolve("parked.txt");
        write(p, "first");
        assertEquals(5, Files.size(p));                     // a stat
        write(p, "second");                                  // reopened while (re)parked
        try (FileChannel ch = FileChannel.open(p, READ)) {   // a read
            ByteBuffer b = ByteBuffer.allocate(16);
            ch.read(b);
            assertEquals("second", new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
        }
        write(p, "third");
        Files.delete(p);                                     // a delete of a parked file
        assertFalse(Files.exists(server("parked.txt")));

        // a time set on a parked file, which another connection reads while we still hold it open
        Path q = root.path().resolve("kept.txt");
        write(q, "kept");
        FileTime mtime = FileTime.from(Instant.parse("2023-01-02T03:04:05Z"));
        Files.getFileAttributeView(q, BasicFileAttributeView.class).setTimes(mtime, null, null);
        try (RemoteRoot other = new SmbOpener().open(smb.location(SambaServer.DATA, ""), smb.login(Duration.ofSeconds(10)))) {
            assertEquals("kept", Files.readString(other.path().resolve("kept.txt")));
        }
        assertEquals(mtime, Files.getLastModifiedTime(q));   // settles it: the close kept the time
        assertEquals(mtime, Files.getLastModifiedTime(server("kept.txt")));
    }

    @Test
    void aLargeFileInSmallWritesArrivesWholeWithSeveralChunksInFlight() throws IOException {
        byte[] data = new byte[9 * (1 << 20) + 12_345];
        new Random(7).nextBytes(data);
        Path source = local.resolve("large.bin");
        Files.write(source, data);
        Path p = root.path().resolve("large.bin");
        try (FileChannel in = FileChannel.open(source, READ);
             FileChannel out = FileChannel.open(p, WRITE, CREATE, TRUNCATE_EXISTING)) {
            long half = data.length / 2;
            in.transferTo(0, half, out);        // the JDK hands a foreign channel 8 KiB at a time
            assertEquals(half, out.size());     // waits for every write on the wire first
            in.transferTo(half, data.length - half, out);
        }
        assertArrayEquals(data, Files.readAllBytes(server("large.bin")));
    }
}
