package dev.syncopate.remote.sftp;

import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.Trees;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.fs.SftpPath;
import org.apache.sshd.sftp.client.impl.SftpRemotePathChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 100 MB each way through the engine, timed, next to MINA's plain channel (what the engine would get
 * without {@link UploadChannel}). Prints the numbers for the record; wall-clock speed on a shared CI
 * machine is too noisy to assert, so what is asserted is the mechanism: uploads go through the
 * pipelined channel, and the bytes arrive intact.
 */
class SftpThroughputTest {
    private static final int SIZE = 100 * 1024 * 1024;
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    @Test
    void hundredMegabytesEachWay() throws IOException {
        Path local = tmp.resolve("up");
        Trees.randomFile(local.resolve("big.bin"), SIZE, 7);
        RemoteLocation where = ssh.location("speed");
        try (RemoteRoot root = new SftpOpener().open(where,
                ssh.keyLogin(null))) {
            long t0 = System.nanoTime();
            EngineRun up = EngineRun.of(EngineRun.options(local, root.path(), root));
            long upNanos = System.nanoTime() - t0;
            assertEquals(1, up.exitCode(), up.log());

            Path back = tmp.resolve("down");
            t0 = System.nanoTime();
            EngineRun down = EngineRun.of(EngineRun.options(root.path(), back, root));
            long downNanos = System.nanoTime() - t0;
            assertEquals(1, down.exitCode(), down.log());
            assertEquals(Trees.crc(local.resolve("big.bin")), Trees.crc(back.resolve("big.bin")));

            long plainNanos = plainMinaUpload(local.resolve("big.bin"), (SftpPath) root.path().resolve("plain.bin"));
            System.out.printf(Locale.ROOT, "sftp 100 MB: engine upload %.0f MB/s, engine download %.0f MB/s,"
                    + " MINA's plain channel upload %.0f MB/s%n", mbps(upNanos), mbps(downNanos), mbps(plainNanos));
            assertEquals(Trees.crc(local.resolve("big.bin")), Trees.crc(ssh.dataDir().resolve("speed/big.bin")));
            try (FileChannel ch = FileChannel.open(root.path().resolve("probe"), StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                assertTrue(ch instanceof UploadChannel, ch.getClass().getName());
            }
        }
    }

    /** What FileCopier's transferTo gets from MINA's own channel: the JDK's 8 KiB writes, each awaited. */
    private static long plainMinaUpload(Path source, SftpPath target) throws IOException {
        long t0 = System.nanoTime();
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = new SftpRemotePathChannel(target.toString(), target.getFileSystem().getClient(), true,
                     EnumSet.of(SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
                             SftpClient.OpenMode.Truncate))) {
            long pos = 0;
            while (pos < SIZE) {
                pos += in.transferTo(pos, SIZE - pos, out);
            }
        }
        return System.nanoTime() - t0;
    }

    private static double mbps(long nanos) {
        return SIZE / 1e6 / (nanos / 1e9);
    }
}
