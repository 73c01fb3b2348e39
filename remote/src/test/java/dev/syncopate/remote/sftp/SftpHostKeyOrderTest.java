package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.remote.testserver.SshKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server with ed25519, ECDSA and RSA host keys, as a stock Debian sshd has, and a known_hosts that
 * holds only one of them (what {@code ssh nas01} recorded): the connection must ask for that type and
 * succeed, instead of being refused as a changed key because MINA prefers ECDSA.
 */
class SftpHostKeyOrderTest {
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.withHostKeys("ecdsa", "rsa");

    @TempDir
    Path tmp;

    private RemoteLocation location() throws IOException {
        Files.createDirectories(ssh.dataDir().resolve("order"));
        return ssh.location("order");
    }

    private RemoteLogin login(Path knownHosts) {
        return new RemoteLogin(null, null, ssh.privateKey(), knownHosts, List.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "ecdsa", "rsa"})
    void theOnlyKnownKeyTypeIsAskedFor(String type) throws IOException {
        Path known = Files.writeString(tmp.resolve("known_hosts"), ssh.knownHostsLine(type) + "\n");
        try (RemoteRoot root = new SftpOpener().open(location(), login(known))) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa"})
    void aHashedEntryCountsToo(String type) throws IOException {
        Path known = Files.writeString(tmp.resolve("known_hosts"), ssh.knownHostsLine(type) + "\n");
        SshKeys.hash(known);
        try (RemoteRoot root = new SftpOpener().open(location(), login(known))) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @Test
    void aKnownTypeWithAnotherKeyIsStillAChangedKey() throws IOException {
        Path impostor = tmp.resolve("impostor_rsa");
        SshKeys.generate(impostor, "rsa");
        Path known = Files.writeString(tmp.resolve("known_hosts"), "[127.0.0.1]:" + ssh.port() + " "
                + Files.readString(Path.of(impostor + ".pub")).trim() + "\n");
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(), login(known)));
        assertEquals(RemoteException.Kind.HOST_KEY, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("host key RSA " + ssh.hostKeyFingerprint("rsa") + " does not match"),
                e.getMessage());
    }

    @Test
    void knownTypesMoveToTheFrontInTheirOwnOrder() {
        List<String> mina = List.of("ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ssh-ed25519", "rsa-sha2-512",
                "rsa-sha2-256", "ssh-rsa");
        assertEquals(List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "rsa-sha2-512",
                "rsa-sha2-256", "ssh-rsa"), HostKeyOrder.order(mina, Set.of("ssh-ed25519")));
        assertEquals(List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
                "ssh-ed25519"), HostKeyOrder.order(mina, Set.of("ssh-rsa")));
        assertEquals(mina, HostKeyOrder.order(mina, Set.of()), "an unknown host keeps MINA's order");
    }
}
