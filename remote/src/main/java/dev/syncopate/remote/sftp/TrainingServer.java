package dev.syncopate.remote.sftp;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;

/**
 * An SFTP server on 127.0.0.1 for the launcher's training run only: the run that records the AOT
 * cache copies a few files through it with the real client, so a later {@code sftp://} run finds the
 * client's classes (key parsing, key exchange, ciphers, the SFTP client and file system) already
 * loaded and linked instead of spending about half a second reading them from the jars. Serves
 * {@code root}, lets in only the key it wrote to {@code keyFile}; never used for a user's run.
 *
 * <pre>{@code
 * try (TrainingServer server = TrainingServer.start(root, dir.resolve("id_ed25519"))) {
 *     // sftp://training@127.0.0.1:<server.port()>/... with privateKey keyFile, hostKey server.fingerprint()
 * }
 * }</pre>
 */
public final class TrainingServer implements AutoCloseable {
    private final SshServer server;
    private final String fingerprint;

    private TrainingServer(SshServer server, String fingerprint) {
        this.server = server;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts the server on a free port of 127.0.0.1, writing the one client key it accepts to
     * {@code keyFile} (OpenSSH format, owner-only).
     */
    public static TrainingServer start(Path root, Path keyFile) throws IOException {
        KeyPair host;
        KeyPair user;
        try {
            // ed25519 for both, as OpenSSH's defaults are: the same parsing and signing a real run does
            host = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            user = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make training keys: " + e.getMessage(), e);
        }
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(keyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(user, "training", null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the training key: " + e.getMessage(), e);
        }
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(host));
        server.setPublickeyAuthenticator((name, key, session) -> KeyUtils.compareKeys(key, user.getPublic()));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        return new TrainingServer(server, KeyUtils.getFingerPrint(BuiltinDigests.sha256, host.getPublic()));
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    /** Its host key's {@code SHA256:} fingerprint, for a credential's {@code hostKey}. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
