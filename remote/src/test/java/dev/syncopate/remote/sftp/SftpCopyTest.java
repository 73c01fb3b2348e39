package dev.syncopate.remote.sftp;

import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.remote.EngineRun.TO_THE_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real engine copying and mirroring through an opened sftp:// root, both directions. */
class SftpCopyTest {
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    private static RemoteRoot open(String sub) throws IOException {
        return new SftpOpener().open(ssh.location(sub), ssh.keyLogin(Duration.ofSeconds(10)));
    }

    @Test
    void copiesUpWithTimesAndASecondRunCopiesNothing() throws IOException {
        Path local = tmp.resolve("src");
        Trees.sample(local);
        try (RemoteRoot root = open("up")) {
            EngineRun first = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(1, first.exitCode(), first.log());
            assertEquals(Trees.contents(local, TO_THE_SECOND),
                    Trees.contents(ssh.dataDir().resolve("up"), TO_THE_SECOND));

            EngineRun second = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(0, second.exitCode(), second.log());
            assertEquals(0, second.filesCopied(), second.log());
            assertTrue(second.log().contains("NOTE : modification times are compared to within 1 s: sftp://127.0.0.1:"
                    + ssh.port() + " keeps whole seconds (SFTP v3)."), second.log());
        }
        assertNoTempFiles(ssh.dataDir().resolve("up"));
    }

    @Test
    void copiesDownWithTimesAndASecondRunCopiesNothing() throws IOException {
        Path remote = ssh.dataDir().resolve("down");
        Trees.sample(remote);
        ssh.giveToUser(remote);
        Path local = tmp.resolve("dst");
        try (RemoteRoot root = open("down")) {
            EngineRun first = EngineRun.of(EngineRun.options(root.path(), local, root));
            assertEquals(1, first.exitCode(), first.log());
            assertEquals(Trees.contents(remote, TO_THE_SECOND), Trees.contents(local, TO_THE_SECOND));
            EngineRun second = EngineRun.of(EngineRun.options(root.path(), local, root));
            assertEquals(0, second.exitCode(), second.log());
            assertEquals(0, second.filesCopied(), second.log());
        }
    }

    @Test
    void mirrorsUpDeletingExtrasOnly() throws IOException {
        Path local = tmp.resolve("src");
        Trees.sample(local);
        Path remote = ssh.dataDir().resolve("mirror-up");
        Trees.sample(remote);
        Trees.randomFile(remote.resolve("extra.txt"), 10, 9);
        Trees.randomFile(remote.resolve("sub/gone/old.bin"), 10, 9);
        Trees.randomFile(remote.resolve("b.bin"), 1024, 99); // changed content and time: recopied
        ssh.giveToUser(remote);
        try (RemoteRoot root = open("mirror-up")) {
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).mirror());
            assertEquals(3, run.exitCode(), run.log()); // 1 copied + 2 extras
            assertEquals(1, run.filesCopied(), run.log());
        }
        assertEquals(Trees.contents(local, TO_THE_SECOND), Trees.contents(remote, TO_THE_SECOND));
    }

    @Test
    void mirrorsDownDeletingExtrasOnly() throws IOException {
        Path remote = ssh.dataDir().resolve("mirror-down");
        Trees.sample(remote);
        ssh.giveToUser(remote);
        Path local = tmp.resolve("dst");
        Trees.sample(local);
        Trees.randomFile(local.resolve("extra.txt"), 10, 9);
        Files.createDirectories(local.resolve("old/dir"));
        try (RemoteRoot root = open("mirror-down")) {
            EngineRun run = EngineRun.of(EngineRun.options(root.path(), local, root).mirror());
            assertEquals(2, run.exitCode(), run.log()); // extras only
        }
        assertEquals(Trees.contents(remote, TO_THE_SECOND), Trees.contents(local, TO_THE_SECOND));
    }

    /**
     * One rule for local and remote destinations: a file that fails to copy does not stop the
     * purge of extras (Robocopy's rule: an extra is a name the source lacks, which a failed copy
     * of another file does not change); only a source directory that could not be listed does.
     */
    @Test
    void mirrorsUpPurgingExtrasDespiteACopyFailure() throws IOException {
        Path local = tmp.resolve("src");
        Trees.randomFile(local.resolve("a.txt"), 100, 1);
        Trees.randomFile(local.resolve("sub/b.bin"), 100, 2);
        Path remote = ssh.dataDir().resolve("mirror-failure");
        Trees.randomFile(remote.resolve("extra.txt"), 10, 9);
        Trees.randomFile(remote.resolve("sub/b.bin"), 10, 3);
        ssh.giveToUser(remote);
        // sub stays root's (mode 755): the SFTP user cannot replace b.bin in it.
        Files.setOwner(remote.resolve("sub"), remote.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName("root"));
        long oldCrc = Trees.crc(remote.resolve("sub/b.bin"));
        try (RemoteRoot root = open("mirror-failure")) {
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).mirror().retries(0));
            assertEquals(1 | 2 | 8, run.exitCode(), run.log()); // a.txt copied, extra.txt purged, sub/b.bin failed
            assertTrue(run.log().contains("Access is denied."), run.log());
        }
        assertTrue(Files.exists(remote.resolve("a.txt")));
        assertFalse(Files.exists(remote.resolve("extra.txt")), "purged although sub/b.bin failed");
        assertEquals(oldCrc, Trees.crc(remote.resolve("sub/b.bin")), "the failed file's old copy is kept");
    }

    @Test
    void anUpdatedFileIsRenamedIntoPlaceAtomically() throws IOException {
        Path local = tmp.resolve("src");
        Trees.randomFile(local.resolve("doc.txt"), 2000, 1);
        Path remote = ssh.dataDir().resolve("atomic");
        try (RemoteRoot root = open("atomic")) {
            assertEquals(1, EngineRun.of(EngineRun.options(local, root.path(), root)).exitCode());
            Object inodeBefore = Files.getAttribute(remote.resolve("doc.txt"), "unix:ino");
            Trees.randomFile(local.resolve("doc.txt"), 3000, 2);
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(1, run.exitCode(), run.log());
            // A new inode: the temp file was renamed over the target (posix-rename), not written in place,
            // and not deleted-then-renamed (that is checked by the provider test).
            assertNotEquals(inodeBefore, Files.getAttribute(remote.resolve("doc.txt"), "unix:ino"));
        }
        assertEquals(Trees.contents(local, TO_THE_SECOND), Trees.contents(remote, TO_THE_SECOND));
        assertNoTempFiles(remote);
    }

    @Test
    void verifyReadsTheUploadedTempBackBeforeTheRename() throws IOException {
        Path local = tmp.resolve("src");
        Trees.sample(local);
        try (RemoteRoot root = open("verify")) {
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).verify());
            assertEquals(1, run.exitCode(), run.log());
        }
        assertEquals(Trees.contents(local, TO_THE_SECOND),
                Trees.contents(ssh.dataDir().resolve("verify"), TO_THE_SECOND));
    }

    @Test
    void aDirectoryTheUserMayNotWriteFailsWithAccessDenied() throws IOException {
        Path local = tmp.resolve("src");
        Trees.randomFile(local.resolve("x.txt"), 100, 1);
        Path locked = ssh.lockedDir();
        Files.writeString(locked.resolve("keep.txt"), "old");
        try (RemoteRoot root = new SftpOpener().open(RemoteLocation.parse(ssh.url(locked)),
                ssh.keyLogin(null))) {
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).retries(0));
            assertTrue((run.exitCode() & 8) != 0, run.log());
            assertTrue(run.log().contains("Access is denied."), run.log());
        }
        assertEquals("old", Files.readString(locked.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(locked)) {
            assertEquals(List.of(locked.resolve("keep.txt")), s.toList());
        }
    }

    static void assertNoTempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> temps = s.filter(p -> p.getFileName().toString().startsWith(".syncopate.")).toList();
            assertTrue(temps.isEmpty(), "temp files left: " + temps);
        }
    }
}
