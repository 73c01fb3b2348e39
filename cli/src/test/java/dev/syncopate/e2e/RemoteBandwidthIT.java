package dev.syncopate.e2e;

import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code robocopy /BWLIMIT} to a real OpenSSH server: the SFTP file system's channel is paced by the
 * same wrapper as a local one, 1 MiB at 1 MiB/s in 1 s ± 15%. (A download writes to a local file, which
 * BandwidthIT times.)
 */
class RemoteBandwidthIT {
    private static final int MIB = 1 << 20;

    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    @Test
    void anUploadKeepsTheRate() throws IOException {
        Path src = Trees.dir(tmp, "src");
        BandwidthIT.write(src.resolve("up.bin"), MIB, 3);
        Path creds = RemoteRuns.privateFile(tmp.resolve("credentials.yaml"), "nas: {user: " + ssh.user()
                + ", privateKey: " + ssh.privateKey() + ", knownHosts: " + ssh.knownHosts() + "}\n");
        Path server = ssh.dataDir().resolve("throttled");
        String url = "sftp://127.0.0.1:" + ssh.port() + server;

        double up = BandwidthIT.copySeconds(Launcher.syncopateIn(tmp, "robocopy", src.toString(), url, "/BWLIMIT:1M",
                "/CRED:nas", "/CREDFILE:" + creds), server);

        System.out.printf("RemoteBandwidthIT: 1 MiB at 1 MiB/s over SFTP took %.2f s%n", up);
        assertEquals(1.0, up, 0.15, "upload");
        assertArrayEquals(Files.readAllBytes(src.resolve("up.bin")), Files.readAllBytes(server.resolve("up.bin")));
    }
}
