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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A login naming neither key nor password uses the default keys in {@code HOME/.ssh}, like
 * {@code sftp user@host}; here HOME is a temp directory handed to the opener.
 */
class SftpDefaultKeysTest {
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path home;

    private RemoteLocation location() throws IOException {
        Files.createDirectories(ssh.dataDir().resolve("defaults"));
        return ssh.location("defaults");
    }

    private static RemoteLogin noCredentials() {
        return new RemoteLogin(null, null, null, ssh.knownHosts(), List.of(), null);
    }

    private Path dotSsh() throws IOException {
        return Files.createDirectories(home.resolve(".ssh"));
    }

    @Test
    void theDefaultEd25519KeyLogsIn() throws IOException {
        Files.copy(ssh.privateKey(), dotSsh().resolve("id_ed25519"));
        try (RemoteRoot root = new SftpOpener(home).open(location(), noCredentials())) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @Test
    void anEncryptedKeyIsSkippedQuietlyWhenAnotherWorks() throws IOException {
        SshKeys.generate(dotSsh().resolve("id_ed25519"), "ed25519", "secret passphrase");
        SshKeys.generate(dotSsh().resolve("id_rsa"), "rsa");
        ssh.authorize(dotSsh().resolve("id_rsa.pub"));
        try (RemoteRoot root = new SftpOpener(home).open(location(), noCredentials())) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }

    @Test
    void whenNothingWorksTheMessageSaysWhichFilesWereTried() throws IOException {
        Path encrypted = dotSsh().resolve("id_ed25519");
        SshKeys.generate(encrypted, "ed25519", "secret passphrase");
        Path stranger = dotSsh().resolve("id_ecdsa");
        SshKeys.generate(stranger, "ecdsa");
        RemoteException e = assertThrows(RemoteException.class,
                () -> new SftpOpener(home).open(location(), noCredentials()));
        assertEquals(RemoteException.Kind.LOGIN, e.kind(), e.getMessage());
        assertEquals("sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port() + ": login refused for '" + ssh.user()
                + "' (no key or password given; tried the default keys " + encrypted
                + " (needs a passphrase, skipped), " + stranger + ")", e.getMessage());
    }

    @Test
    void withoutAnyDefaultKeyTheMessageSaysSo() throws IOException {
        RemoteException e = assertThrows(RemoteException.class,
                () -> new SftpOpener(home).open(location(), noCredentials()));
        assertEquals(RemoteException.Kind.LOGIN, e.kind(), e.getMessage());
        assertTrue(e.getMessage().endsWith("(no key or password given, and none of "
                + home.resolve(".ssh/id_ed25519") + ", id_ecdsa, id_rsa exists)"), e.getMessage());
    }

    @Test
    void aNamedKeyWinsOverTheDefaults() throws IOException {
        SshKeys.generate(dotSsh().resolve("id_ed25519"), "ed25519", "secret passphrase");
        RemoteLogin named = ssh.keyLogin(null);
        try (RemoteRoot root = new SftpOpener(home).open(location(), named)) {
            assertTrue(Files.isDirectory(root.path()));
        }
    }
}
