package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * DESIGN.md §3 "Atomic writes": {@code kill -9} in the middle of a copy never leaves a torn file
 * under a real name, and the next run removes the temporary file, or with /Z resumes it.
 *
 * <p>How the kill lands mid-file every time: the source is four 256 MiB files (about a second of
 * copying here), and the destination is on tmpfs (/dev/shm) when it has room, because on a file
 * system that clones (XFS, Btrfs) copy_file_range would finish a same-disk copy at once. The test
 * polls the destination; when a temporary file holds data it freezes the run (SIGSTOP) and looks
 * again: a temporary file still partly written gets the run SIGKILLed right there; a file that
 * completed meanwhile lets it go on (SIGCONT) to the next. The pid is the JVM's: the launcher execs it.
 */
class KillMidCopyIT {
    private static final List<String> NAMES = List.of("f1.bin", "f2.bin", "f3.bin", "f4.bin");
    private static final long FILE_SIZE = 256L << 20;
    private static final long SOME_DATA = 1 << 20;
    private static final Pattern TEMP = Pattern.compile("\\.syncopate\\.(f\\d\\.bin)\\.[0-9a-z]+-[0-9a-z]+\\.part");
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final String OLD = "OLD VERSION\n";

    @TempDir
    static Path sourceRoot;
    private static Path src;

    @TempDir
    Path tmp;
    private Path dstRoot;
    private Path dst;

    /** The temporary file a killed run left, and the name of the file it was writing. */
    record Caught(Path temp, String name) {
    }

    @BeforeAll
    static void writeLargeSourceFiles() throws IOException {
        src = Files.createDirectories(sourceRoot.resolve("src"));
        byte[] chunk = new byte[8 << 20];
        new Random(42).nextBytes(chunk);
        for (int f = 0; f < NAMES.size(); f++) {
            try (FileChannel out = FileChannel.open(src.resolve(NAMES.get(f)), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                for (long i = 0; i < FILE_SIZE / chunk.length; i++) {
                    ByteBuffer b = ByteBuffer.wrap(chunk);
                    b.putLong(0, ((long) f << 32) | i);   // no two chunks alike
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
            }
        }
    }

    @BeforeEach
    void destinationOnTmpfsWhenItHasRoom() throws IOException {
        Path shm = Path.of("/dev/shm");
        boolean tmpfs = Files.isDirectory(shm) && Files.isWritable(shm)
                && Files.getFileStore(shm).getUsableSpace() > 3 * NAMES.size() * FILE_SIZE;
        dstRoot = tmpfs ? Files.createTempDirectory(shm, "syncopate-e2e-") : tmp;
        dst = dstRoot.resolve("dst");
    }

    @AfterEach
    void removeTmpfsDestination() throws IOException {
        if (!dstRoot.equals(tmp)) {
            try (Stream<Path> s = Files.walk(dstRoot)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void killedCopyLeavesNoTornFileAndTheNextRunCompletesAndRemovesTheTempFile() throws Exception {
        Caught c = killMidCopy("/E");
        assertFalse(Files.exists(dst.resolve(c.name())), "nothing under the real name of the file being written");
        assertOnlyWholeFilesAnd(c, null);
        Path held = holdInode(c.temp());

        Path log = tmp.resolve("second.log");
        robocopy("/E", "/V", "/X", "/LOG:" + log).assertExit(1);

        assertCompleteAndClean(log);
        assertNotEquals(inode(held), inode(dst.resolve(c.name())), "without /Z the partial data is not reused");
    }

    @Test
    void killedUpdateKeepsTheOldVersionIntactAndTheNextRunReplacesIt() throws Exception {
        NAMES.forEach(n -> Trees.file(dst, n, OLD, Instant.parse("2020-01-01T00:00:00Z")));
        Caught c = killMidCopy("/E");
        assertEquals(OLD, Trees.read(dst.resolve(c.name())), "the old file is intact");
        assertOnlyWholeFilesAnd(c, OLD);

        Path log = tmp.resolve("second.log");
        robocopy("/E", "/V", "/X", "/LOG:" + log).assertExit(1);

        assertCompleteAndClean(log);
    }

    @Test
    void restartableRunResumesTheTempFileTheKilledRunLeft() throws Exception {
        Caught c = killMidCopy("/E", "/Z");
        Path held = holdInode(c.temp());

        Path log = tmp.resolve("second.log");
        robocopy("/E", "/Z", "/V", "/X", "/LOG:" + log).assertExit(1);

        assertCompleteAndClean(log);
        assertEquals(inode(held), inode(dst.resolve(c.name())),
                "the killed run's temp file was continued and renamed into place, not written anew");
    }

    /** Starts a copy and kills it while a file is partly written; see the class comment. */
    private Caught killMidCopy(String... switches) throws Exception {
        Launcher.Running p = launcher(switches).timeout(DEADLINE).start();
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                p.kill9();
                fail("the run was never caught writing a file; " + p.await());
            }
            if (partialTemp() != null) {
                p.stop();
                Caught c = partialTemp();
                if (c != null) {
                    assertTrue(p.executable().endsWith("/java"), "the launcher exec'd the JVM: " + p.executable());
                    p.kill9();
                    Launcher.Result killed = p.await();
                    assertEquals(137, killed.exitCode(), () -> "killed by SIGKILL; " + killed);
                    return c;
                }
                p.resume();
            }
            Thread.sleep(2);   // polling the directory; each file takes a quarter of a second or more
        }
    }

    /** A temp file with some data but not all of it, or null. */
    private Caught partialTemp() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dst)) {
            for (Path p : s) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches()) {
                    long size = Files.size(p);
                    if (size >= SOME_DATA && size < FILE_SIZE) {
                        return new Caught(p, m.group(1));
                    }
                }
            }
        } catch (NoSuchFileException notYet) {
            return null;   // the directory or the temp file is not there (any more)
        }
        return null;
    }

    /** Every real name holds a whole copy of its source or {@code before}; the only temp file is the caught one. */
    private void assertOnlyWholeFilesAnd(Caught c, String before) throws IOException {
        for (String n : NAMES) {
            Path f = dst.resolve(n);
            if (Files.exists(f) && Files.mismatch(src.resolve(n), f) != -1) {
                assertEquals(before, Trees.read(f), n + " is neither the old nor the new version");
            }
        }
        assertEquals(List.of(c.temp().getFileName().toString()),
                names(dst).stream().filter(n -> TEMP.matcher(n).matches()).toList());
    }

    private void assertCompleteAndClean(Path log) throws IOException {
        for (String n : NAMES) {
            assertEquals(-1, Files.mismatch(src.resolve(n), dst.resolve(n)), n + " is a byte-identical copy");
        }
        assertEquals(NAMES, names(dst), "no temp file left");
        String text = Trees.read(log);
        assertFalse(text.contains(".syncopate."), () -> "the temp file shows in the log:\n" + text);
        assertFalse(text.contains("*EXTRA"), () -> "an extra in the log:\n" + text);
        assertEquals(0, LogTable.last(text, "Files")[LogTable.FAILED], text);
    }

    /** A hard link beside the destination keeps the temp file's inode alive, so it cannot be reused. */
    private Path holdInode(Path temp) throws IOException {
        return Files.createLink(dstRoot.resolve("held.part"), temp);
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino");
    }

    private Launcher.Result robocopy(String... switches) {
        return launcher(switches).timeout(DEADLINE).run();
    }

    private Launcher launcher(String... switches) {
        List<String> args = new ArrayList<>(List.of("robocopy", src.toString(), dst.toString()));
        args.addAll(List.of(switches));
        return Launcher.syncopate(args.toArray(String[]::new)).in(tmp);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
