package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.SambaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real smbd on loopback for the whole test class, one connected {@link #root} to its data share,
 * and {@link #server} for looking at the share's directory on the server's disk.
 */
abstract class SmbShareFixture {
    @RegisterExtension
    static final SambaServer smb = SambaServer.onLoopback();
    static RemoteRoot root;

    @BeforeAll
    static void connect() throws IOException {
        root = new SmbOpener().open(smb.location(SambaServer.DATA, ""), smb.login(Duration.ofSeconds(10)));
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (root != null) {
            root.close();
            root = null;
        }
    }

    /** {@code name} in the share's directory, as the server's own file system holds it. */
    static Path server(String name) {
        return smb.dir(SambaServer.DATA).resolve(name);
    }
}
