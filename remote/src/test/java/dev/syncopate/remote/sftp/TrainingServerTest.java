package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The launcher's training server takes the real client exactly as a user's run drives it: the key it
 * wrote, its host key pinned by fingerprint, the served folder as the SFTP root. Training swallows its
 * failures (it only makes starts faster), so this is where a broken training server shows.
 */
class TrainingServerTest {
    @TempDir
    Path tmp;

    @Test
    void theRealClientLogsInWithTheWrittenKeyAndSeesTheServedFolder() throws Exception {
        Path served = Files.createDirectories(tmp.resolve("served/dst"));
        Files.writeString(served.resolve("a.txt"), "abc");
        Path key = tmp.resolve("id_ed25519");
        try (TrainingServer server = TrainingServer.start(tmp.resolve("served"), key)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            RemoteLogin login = new RemoteLogin("training", null, key, tmp.resolve("known_hosts"),
                    List.of(server.fingerprint()), Duration.ofSeconds(20));
            RemoteLocation where = RemoteLocation.parse("sftp://training@127.0.0.1:" + server.port() + "/dst");
            try (RemoteRoot root = new SftpOpener(tmp).open(where, login)) {
                assertEquals("abc", Files.readString(root.path().resolve("a.txt")));
            }
        }
        assertFalse(Files.exists(tmp.resolve("known_hosts")), "a pinned key is not written to known_hosts");
    }
}
