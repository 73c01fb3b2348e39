package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.fs.SftpFileSystem;
import org.apache.sshd.sftp.client.fs.SftpFileSystemProvider;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

/**
 * Opens {@code sftp://} locations with Apache MINA SSHD: verifies the server's host key against
 * known_hosts (or the script's {@code hostKey} fingerprints), logs in with a private key and/or
 * password, and hands back the location as a {@link java.nio.file.Path} on an SFTP file system that
 * reconnects by itself after a dropped connection, so the engine's retries work across a server
 * restart.
 *
 * <pre>{@code
 * RemoteLocation nas = RemoteLocation.parse("sftp://backup@nas01/srv/backup/docs");
 * RemoteLogin login = new RemoteLogin(null, null, Path.of("/root/.ssh/id_ed25519"), null, List.of(), null);
 * try (RemoteRoot root = new SftpOpener().open(nas, login)) {
 *     SyncOptions o = SyncOptions.builder(Path.of("/srv/docs"), root.path()).mirror()
 *             .timeGranularity(new TimeGranularity(root.timeGranularity(), root.timeGranularityReason()))
 *             .build();
 *     SyncRunner.run(o, System.out, System.err);
 * }
 * }</pre>
 *
 * <p>A login with neither key nor password uses the user's default keys, as {@code sftp} does:
 * {@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa}, those without a passphrase.
 *
 * <p>Nothing on the server is created or changed by opening: a missing directory is fine (the engine
 * creates a destination), an existing one must be a directory the user may read. One SSH client per
 * opened root; {@link RemoteRoot#close()} stops it. There is deliberately no "accept any host key"
 * switch.
 */
public final class SftpOpener implements RemoteOpener {
    /**
     * Bytes per SSH_FXP_WRITE and SSH_FXP_READ. OpenSSH's sftp-server takes up to 256 KiB per request;
     * measured on loopback, 100 MB with AES-GCM: 32 KiB requests ~80 MB/s up, 64 KiB ~100, 255 KiB ~110.
     * 128 KiB gets most of that while staying well inside what other servers accept (the SFTP drafts
     * only promise 32 KiB; reads shrink by themselves when a server answers short, writes do not).
     */
    static final int IO_CHUNK = 128 * 1024;

    /**
     * OpenSSH's own ciphers, AES-GCM first: with AES-NI the JDK runs it several times faster than MINA's
     * pure-Java ChaCha20-Poly1305, which MINA prefers by default (~30 MB/s against ~100 MB/s uploading
     * on loopback). Every one of them is in OpenSSH's default list; nothing weaker is added.
     */
    private static final List<BuiltinCiphers> CIPHERS = List.of(BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128ctr, BuiltinCiphers.aes256ctr, BuiltinCiphers.cc20p1305_openssh);

    private final Path home;

    /**
     * Default keys (when a login names neither key nor password) and the default known_hosts come from
     * {@code ~/.ssh}.
     */
    public SftpOpener() {
        this(Path.of(System.getProperty("user.home")));
    }

    /** Default keys and known_hosts come from {@code home/.ssh}: for tests, and services with another home. */
    SftpOpener(Path home) {
        this.home = home;
    }

    @Override
    public RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException {
        for (String fingerprint : login.hostKeys()) {
            if (!fingerprint.startsWith("SHA256:")) {
                throw HostKeyMessages.notAFingerprint(location, fingerprint);
            }
        }
        String user = login.user() != null ? login.user()
                : location.user() != null ? location.user() : System.getProperty("user.name");
        List<KeyPair> keys = List.of();
        String loginHint = "wrong password or key?";
        if (login.privateKey() != null) {
            keys = LoginKey.load(login.privateKey(), location);
        } else if (login.password() == null) {
            // Like `sftp backup@nas01`: the user's default keys.
            DefaultKeys defaults = DefaultKeys.load(home, location);
            keys = defaults.keys();
            loginHint = defaults.loginHint();
        }
        // The same home as the default keys: ~/.ssh/known_hosts, like MINA's and OpenSSH's default.
        Path knownHosts = login.knownHosts() != null ? login.knownHosts() : home.resolve(".ssh/known_hosts");
        HostKeyCheck hostKeys = new HostKeyCheck(location.host(), location.port(), knownHosts, login.hostKeys());

        SshClient client = client(hostKeys);
        SftpFileSystem fs = null;
        try {
            SftpProvider provider = new SftpProvider(client, IO_CHUNK, new SftpErrors(location.server()));
            provider.setSftpFileSystemClientSessionInitializer(
                    new SessionStarter(location, user, keys, login.password(), hostKeys, login.timeout(), loginHint));
            // The URI only names the file system; the starter above does the real connecting.
            URI uri = SftpFileSystemProvider.createFileSystemURI(location.host(), location.port(), user, null);
            fs = provider.newFileSystem(uri, Map.of());
            fs.setReadBufferSize(IO_CHUNK);
            fs.setWriteBufferSize(IO_CHUNK);
            int version;
            try (SftpClient sftp = fs.getClient()) { // connects and logs in: failures surface here
                version = sftp.getVersion();
            }
            LocationCheck.check(fs, location, user);
            return new SftpRoot(location, fs, client, granularity(version),
                    granularityReason(location, version));
        } catch (RemoteException e) {
            closeQuietly(fs, client, e);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs, client, e);
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof RemoteException)) {
                cause = cause.getCause();
            }
            if (cause instanceof RemoteException r) {
                throw r; // a failure from SessionStarter, wrapped by MINA on the way up
            }
            throw new RemoteException(RemoteException.Kind.OTHER, location + ": " + oneLine(e), e);
        }
    }

    private static SshClient client(HostKeyCheck hostKeys) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        client.addSessionListener(new HostKeyOrder(hostKeys));
        // Only the keys open() chose (named, or the defaults DefaultKeys read), never ~/.ssh/config
        // redirecting host or user, so a run behaves the same under cron as in the admin's shell.
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setUserInteraction(null);
        client.setCipherFactories(CIPHERS.stream().filter(BuiltinCiphers::isSupported)
                .<NamedFactory<Cipher>>map(c -> c).toList());
        // Small requests (open, close, setstat, rename) must leave at once: with Nagle on, each waits for
        // the previous packet's ACK, which the server delays, costing milliseconds per round trip.
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        // Read size for MINA's own channels (downloads); uploads use UploadChannel with the same size.
        SftpModuleProperties.COPY_BUF_SIZE.set(client, IO_CHUNK);
        client.start();
        return client;
    }

    /** SFTP v3 (OpenSSH) sends times as whole seconds; v4 and later may carry nanoseconds. */
    static java.time.Duration granularity(int version) {
        return version <= 3 ? java.time.Duration.ofSeconds(1) : java.time.Duration.ZERO;
    }

    static String granularityReason(RemoteLocation location, int version) {
        return version <= 3
                ? location.server() + " keeps whole seconds (SFTP v" + version + ")"
                : location.server() + " keeps subsecond times (SFTP v" + version + ")";
    }

    private static void closeQuietly(SftpFileSystem fs, SshClient client, Exception failure) {
        try {
            if (fs != null) {
                fs.close();
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            client.stop();
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
