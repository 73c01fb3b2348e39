package dev.syncopate.remote.smb;

import dev.syncopate.execute.TempNames;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.SambaServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.Stream;

import static dev.syncopate.remote.EngineRun.TO_100_NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real engine copying and mirroring between a local disk and a real smbd share, both ways. */
class SmbSyncTest {
    @RegisterExtension
    static final SambaServer smb = SambaServer.onLoopback();

    @TempDir
    Path local;

    static RemoteRoot open(String share, String path) throws IOException {
        return new SmbOpener().open(smb.location(share, path), smb.login(Duration.ofSeconds(10)));
    }

    /** A tree with subdirectories, an empty one, an empty file and a 5 MB one; odd nanoseconds on purpose. */
    static Path tree(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.createDirectories(dir.resolve("empty-dir"));
        Files.writeString(dir.resolve("a.txt"), "alpha");
        Files.write(dir.resolve("zero.bin"), new byte[0]);
        byte[] big = new byte[5 * 1024 * 1024 + 17];
        new Random(42).nextBytes(big);
        Files.write(dir.resolve("sub/big.bin"), big);
        Files.writeString(dir.resolve("sub/deeper/c.txt"), "gamma");
        Files.writeString(dir.resolve("Name With Spaces ä.txt"), "unicode");
        long i = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2024-03-01T10:00:00Z")
                        .plusNanos(123_456_789L + (i++) * 1_000_000_007L)));
            }
        }
        return dir;
    }

    private static void assertNoTemps(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> TempNames.isTemp(p.getFileName().toString())).toList());
        }
    }

    @Test
    void mirrorsToTheShareAndASecondRunCopiesNothing() throws IOException {
        Path src = tree(local.resolve("src"));
        Path server = smb.dir(SambaServer.DATA).resolve("up");
        try (RemoteRoot root = open(SambaServer.DATA, "up")) {
            EngineRun first = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
            assertEquals(1, first.exitCode(), first.log());
            assertEquals(Trees.contents(src, TO_100_NS), Trees.contents(server, TO_100_NS));
            assertNoTemps(server);

            EngineRun second = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
            assertEquals(0, second.exitCode(), second.log());
            assertTrue(second.log().contains("NOTE : modification times are compared to within 100 ns: smb://127.0.0.1:"
                    + smb.port() + "/data keeps times in 100 ns steps (NTFS)."), second.log());
        }
    }

    @Test
    void mirrorsFromTheShareToLocal() throws IOException {
        Path server = tree(smb.dir(SambaServer.DATA).resolve("down"));
        Path dst = local.resolve("dst");
        Files.createDirectories(dst.resolve("extra-dir/inner"));
        Files.writeString(dst.resolve("extra.txt"), "extra");
        try (RemoteRoot root = open(SambaServer.DATA, "down")) {
            EngineRun r = EngineRun.of(SyncOptions.builder(root.path(), dst).mirror(), root);
            assertEquals(3, r.exitCode(), r.log());   // copied and extras deleted
            assertEquals(Trees.contents(server, TO_100_NS), Trees.contents(dst, TO_100_NS));

            EngineRun again = EngineRun.of(SyncOptions.builder(root.path(), dst).mirror(), root);
            assertEquals(0, again.exitCode(), again.log());
        }
    }

    @Test
    void mirrorDeletesExtrasOnTheShareAndNothingElse() throws IOException {
        Path src = tree(local.resolve("src"));
        Path server = smb.dir(SambaServer.DATA).resolve("extras");
        try (RemoteRoot root = open(SambaServer.DATA, "extras")) {
            assertEquals(1, EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root).exitCode());
            Files.createDirectories(server.resolve("sub/old-dir/inner"));
            Files.writeString(server.resolve("sub/old-dir/inner/x.txt"), "x");
            Files.writeString(server.resolve("old.txt"), "old");

            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
            assertEquals(2, r.exitCode(), r.log());
            assertEquals(Trees.contents(src, TO_100_NS), Trees.contents(server, TO_100_NS));
        }
    }

    @Test
    void anUpdatedFileReplacesTheOldOneThroughARename() throws IOException {
        Path src = tree(local.resolve("src"));
        Path server = smb.dir(SambaServer.DATA).resolve("replace");
        try (RemoteRoot root = open(SambaServer.DATA, "replace")) {
            assertEquals(1, EngineRun.of(SyncOptions.builder(src, root.path()).subdirs(), root).exitCode());
            Object before = Files.readAttributes(server.resolve("a.txt"),
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            Files.writeString(src.resolve("a.txt"), "alpha, second version");
            Files.setLastModifiedTime(src.resolve("a.txt"), FileTime.from(Instant.parse("2025-01-02T03:04:05.000000700Z")));

            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).subdirs(), root);
            assertEquals(1, r.exitCode(), r.log());
            assertEquals("alpha, second version", Files.readString(server.resolve("a.txt")));
            assertEquals(FileTime.from(Instant.parse("2025-01-02T03:04:05.000000700Z")),
                    Files.getLastModifiedTime(server.resolve("a.txt")));
            // A new inode: the file was renamed into place, not rewritten where it stood.
            assertNotEquals(before, Files.readAttributes(server.resolve("a.txt"),
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            assertNoTemps(server);
        }
    }

    @Test
    void namesDifferingOnlyInCaseAreOneFileOnTheShare() throws IOException {
        Path src = Files.createDirectories(local.resolve("src"));
        Files.writeString(src.resolve("Report.TXT"), "new content");
        Path server = Files.createDirectories(smb.dir(SambaServer.DATA).resolve("case"));
        Files.writeString(server.resolve("report.txt"), "old");
        try (RemoteRoot root = open(SambaServer.DATA, "case")) {
            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
            assertEquals(1, r.exitCode(), r.log());   // one changed file, no extra: the mirror must not delete it
        }
        try (Stream<Path> s = Files.list(server)) {
            List<Path> files = s.toList();
            assertEquals(1, files.size(), files.toString());
            assertEquals("new content", Files.readString(files.get(0)));
        }
    }

    @Test
    void writingToAReadOnlyShareFailsAndChangesNothing() throws IOException {
        Path src = tree(local.resolve("src"));
        Path server = smb.dir(SambaServer.READ_ONLY).resolve("target");
        Files.createDirectories(server);
        Files.writeString(server.resolve("keep.txt"), "keep");
        SortedMap<String, String> before = Trees.contents(server, TO_100_NS);
        try (RemoteRoot root = open(SambaServer.READ_ONLY, "target")) {
            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).mirror().retries(0), root);
            assertTrue((r.exitCode() & 8) != 0, r.log());
            assertTrue(r.log().contains("Access is denied."), r.log());
            assertTrue(r.log().contains(smb.url(SambaServer.READ_ONLY, "target/")), r.log());
        }
        assertEquals(before, Trees.contents(server, TO_100_NS));
        assertFalse(Files.exists(server.resolve("a.txt")));
    }
}
