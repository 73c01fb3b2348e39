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

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening sftp:// locations against a real OpenSSH: what is accepted, and the one-line refusals. */
class SftpOpenerTest {
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    private RemoteLocation location(String sub) {
        return ssh.location(sub);
    }

    private static RemoteLogin keyLogin() {
        return ssh.keyLogin(Duration.ofSeconds(10));
    }

    @Test
    void opensWithKeyAndReportsWholeSeconds() throws IOException {
        Files.createDirectories(ssh.dataDir().resolve("open"));
        try (RemoteRoot root = new SftpOpener().open(location("open"), keyLogin())) {
            assertEquals(Duration.ofSeconds(1), root.timeGranularity());
            assertEquals("sftp://127.0.0.1:" + ssh.port() + " keeps whole seconds (SFTP v3)",
                    root.timeGranularityReason());
            assertTrue(Files.isDirectory(root.path()));
            root.close();
            root.close(); // idempotent
        }
    }

    @Test
    void opensWithPasswordAndAMissingDirectoryIsFineAndNotCreated() throws IOException {
        RemoteLogin login = new RemoteLogin(ssh.user(), ssh.password(), null, ssh.knownHosts(), List.of(), null);
        try (RemoteRoot root = new SftpOpener().open(location("not-yet"), login)) {
            assertFalse(Files.exists(root.path()));
        }
        assertFalse(Files.exists(ssh.dataDir().resolve("not-yet")));
    }

    @Test
    void wrongPasswordIsALoginFailureWithoutThePassword() {
        RemoteLogin login = new RemoteLogin(null, "wrong-secret-42", null, ssh.knownHosts(), List.of(), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.LOGIN, e.kind(), e.getMessage());
        assertEquals("sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port() + ": login refused for '" + ssh.user()
                + "' (wrong password or key?)", e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret-42"));
    }

    @Test
    void wrongKeyIsALoginFailure() throws IOException {
        Path other = tmp.resolve("other_ed25519");
        SshKeys.generate(other);
        RemoteLogin login = new RemoteLogin(null, null, other, ssh.knownHosts(), List.of(), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.LOGIN, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("login refused"), e.getMessage());
    }

    @Test
    void missingKeyFileIsNamed() {
        Path missing = tmp.resolve("no_such_key");
        RemoteLogin login = new RemoteLogin(null, null, missing, ssh.knownHosts(), List.of(), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.LOGIN, e.kind());
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void unknownHostKeyIsRefusedWithItsFingerprintThenTrustedByHostKeys() throws IOException {
        Path empty = Files.writeString(tmp.resolve("known_hosts"), "");
        RemoteLogin login = new RemoteLogin(null, null, ssh.privateKey(), empty, List.of(), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.HOST_KEY, e.kind(), e.getMessage());
        String fp = ssh.hostKeyFingerprint();
        assertEquals("sftp://127.0.0.1:" + ssh.port() + ": unknown host key ED25519 " + fp + " (not in " + empty
                + "); if this is the right server, add it with ssh-keyscan -p " + ssh.port() + " 127.0.0.1 >> "
                + empty + ", or trust it with hostKey: '" + fp + "'", e.getMessage());
        assertEquals("", Files.readString(empty), "known_hosts must never be written");

        RemoteLogin trusting = new RemoteLogin(null, null, ssh.privateKey(), empty, List.of(fp), null);
        try (RemoteRoot root = new SftpOpener().open(location(""), trusting)) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @Test
    void hostKeyWithoutPrefixIsRejected() throws IOException {
        String bare = ssh.hostKeyFingerprint().substring("SHA256:".length());
        RemoteLogin login = new RemoteLogin(null, null, ssh.privateKey(), ssh.knownHosts(), List.of(bare), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.HOST_KEY, e.kind());
        assertTrue(e.getMessage().contains("'SHA256:...'"), e.getMessage());
    }

    @Test
    void changedHostKeyIsRefusedEvenWithAnotherKeyTrusted() throws IOException {
        Path otherHost = tmp.resolve("impostor");
        SshKeys.generate(otherHost);
        // known_hosts claims another key for this very host and port, hashed as ssh-keygen -H writes it.
        Path known = Files.writeString(tmp.resolve("known_hosts"), "[127.0.0.1]:" + ssh.port() + " "
                + Files.readString(Path.of(otherHost + ".pub")).trim() + "\n");
        dev.syncopate.remote.testserver.SshKeys.hash(known);
        RemoteLogin login = new RemoteLogin(null, null, ssh.privateKey(), known,
                List.of(SshKeys.fingerprint(Path.of(otherHost + ".pub"))), null);
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(location(""), login));
        assertEquals(RemoteException.Kind.HOST_KEY, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("does not match") && e.getMessage().contains("man-in-the-middle")
                && e.getMessage().contains(ssh.hostKeyFingerprint()), e.getMessage());
    }

    @Test
    void hashedKnownHostsEntryIsAccepted() throws IOException {
        Path known = Files.copy(ssh.knownHosts(), tmp.resolve("known_hosts"));
        SshKeys.hash(known);
        assertFalse(Files.readString(known).contains("127.0.0.1"), "the entry should be hashed");
        RemoteLogin login = new RemoteLogin(null, null, ssh.privateKey(), known, List.of(), null);
        try (RemoteRoot root = new SftpOpener().open(location(""), login)) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RemoteLocation closed = RemoteLocation.parse("sftp://127.0.0.1:" + port + "/x");
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(closed, keyLogin()));
        assertEquals(RemoteException.Kind.UNREACHABLE, e.kind(), e.getMessage());
        assertEquals("sftp://127.0.0.1:" + port + ": connection refused (is the SSH server running on port " + port
                + "?)", e.getMessage());
    }

    @Test
    void unresolvableHostIsUnreachable() {
        RemoteLocation nowhere = RemoteLocation.parse("sftp://no-such-host.invalid/x");
        RemoteException e = assertThrows(RemoteException.class, () -> new SftpOpener().open(nowhere, keyLogin()));
        assertEquals(RemoteException.Kind.UNREACHABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("sftp://no-such-host.invalid: unknown host"), e.getMessage());
    }

    @Test
    void aFileIsNotADirectory() throws IOException {
        Files.writeString(ssh.dataDir().resolve("plain.txt"), "x");
        RemoteException e = assertThrows(RemoteException.class,
                () -> new SftpOpener().open(location("plain.txt"), keyLogin()));
        assertEquals(RemoteException.Kind.NOT_FOUND, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
    }

    @Test
    void aDirectoryTheUserMayNotListIsDenied() throws IOException {
        Path secret = Files.createDirectories(ssh.dataDir().resolve("secret")); // root's, mode 700
        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        RemoteException e = assertThrows(RemoteException.class,
                () -> new SftpOpener().open(location("secret"), keyLogin()));
        assertEquals(RemoteException.Kind.DENIED, e.kind(), e.getMessage());
        assertEquals(location("secret") + ": permission denied for '" + ssh.user() + "'", e.getMessage());
    }
}
