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
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.syncopate.remote.EngineRun.TO_THE_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the engine asks the server, read from sftp-server's own log. Round trips per file, counted where they cannot hide: in sftp-server's own log (VERBOSE names every
 * stat). A run over an unchanged tree must take the attributes from the directory listings, not stat
 * each file again: 100 files over a 20 ms WAN link would otherwise cost 2 s per run for nothing.
 * And a replaced file must arrive by one atomic posix-rename, not by MINA's remove-then-rename.
 */
class SftpRequestLogTest {
    private static final int FILES = 100;
    private static final Pattern STAT = Pattern.compile("(?m)\\b[lf]?stat name \"");
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.loggingSftp();

    @TempDir
    Path tmp;

    @Test
    void anUnchangedTreeIsComparedWithoutAStatPerFile() throws IOException {
        Path local = tmp.resolve("src");
        for (int i = 0; i < FILES; i++) {
            Trees.randomFile(local.resolve((i % 2 == 0 ? "a/" : "b/") + "f" + i + ".txt"), 100 + i, i);
        }
        RemoteLocation where = ssh.location("count");
        try (RemoteRoot root = new SftpOpener().open(where,
                ssh.keyLogin(null))) {
            assertEquals(1, EngineRun.of(EngineRun.options(local, root.path(), root)).exitCode());

            int before = stats(ssh.sftpLog());
            EngineRun up = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(0, up.exitCode(), up.log());
            int upStats = stats(ssh.sftpLog()) - before;

            before = stats(ssh.sftpLog());
            EngineRun down = EngineRun.of(EngineRun.options(root.path(), local, root));
            assertEquals(0, down.exitCode(), down.log());
            int downStats = stats(ssh.sftpLog()) - before;

            // Calibration: a lone stat does show up in the log, so the zeros above are real.
            before = stats(ssh.sftpLog());
            java.nio.file.Files.readAttributes(root.path().resolve("a/f0.txt"),
                    java.nio.file.attribute.PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            assertEquals(1, stats(ssh.sftpLog()) - before, "sftp-server does not log stats; the count means nothing");

            System.out.printf("sftp stats for %d unchanged files: %d up, %d down%n", FILES, upStats, downStats);
            // The roots are stat'ed by the engine's preflight; files never are.
            assertTrue(upStats < 10, upStats + " stats for " + FILES + " files");
            assertTrue(downStats < 10, downStats + " stats for " + FILES + " files");
        }
    }

    /**
     * A new file costs three waits: OPEN; its writes, one FSETSTAT with mode and times, and CLOSE
     * awaited together; the rename. No path SETSTAT, no stat of the temp.
     */
    @Test
    void aNewFileIsOpenWritesFsetstatCloseAndRename() throws IOException {
        Path local = tmp.resolve("src");
        Trees.randomFile(local.resolve("new.bin"), 5000, 3);
        RemoteLocation where = ssh.location("merged");
        try (RemoteRoot root = new SftpOpener().open(where,
                ssh.keyLogin(null))) {
            java.nio.file.Files.createDirectories(root.path());
            int before = ssh.sftpLog().length();
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(1, run.exitCode(), run.log());
            String requests = ssh.sftpLog().substring(before);
            System.out.println("sftp requests for one new file:\n" + requests);
            assertTrue(requests.contains("fsetstat") || requests.contains("set \""), requests);
            assertEquals(1, count(requests, "posix-rename"), requests);
            assertEquals(0, count(requests, "\nsetstat") + count(requests, " setstat name"), requests);
        }
        assertEquals(Trees.contents(local, TO_THE_SECOND),
                Trees.contents(ssh.dataDir().resolve("merged"), TO_THE_SECOND));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static int stats(String log) {
        Matcher m = STAT.matcher(log);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aChangedFileReplacesItsTargetWithOnePosixRenameAndNoRemove() throws IOException {
        Path local = tmp.resolve("src");
        Trees.randomFile(local.resolve("doc.txt"), 500, 1);
        RemoteLocation where = ssh.location("rename");
        try (RemoteRoot root = new SftpOpener().open(where,
                ssh.keyLogin(null))) {
            assertEquals(1, EngineRun.of(EngineRun.options(local, root.path(), root)).exitCode());
            Trees.randomFile(local.resolve("doc.txt"), 700, 2);
            int before = ssh.sftpLog().length();
            EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root));
            assertEquals(1, run.exitCode(), run.log());
            String requests = ssh.sftpLog().substring(before);
            String target = ssh.dataDir().resolve("rename/doc.txt").toString();
            assertTrue(requests.contains("posix-rename old \"") && requests.contains("new \"" + target + "\""),
                    requests);
            assertTrue(!requests.contains("remove name \"" + target + "\""), requests);
        }
        assertEquals(Trees.contents(local, TO_THE_SECOND),
                Trees.contents(ssh.dataDir().resolve("rename"), TO_THE_SECOND));
    }
}
