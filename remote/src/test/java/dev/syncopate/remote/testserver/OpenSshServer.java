package dev.syncopate.remote.testserver;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} on {@code 127.0.0.1} and a free port, for tests that talk SFTP to the
 * server admins actually run. One per test class, as a JUnit extension that starts it before the
 * class's tests and removes it after them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OpenSshServer ssh = OpenSshServer.plain();
 *
 * RemoteLocation where = ssh.location("sub");               // sftp://syncopate-sftp@127.0.0.1:PORT/<data>/sub
 * RemoteLogin login = ssh.keyLogin(Duration.ofSeconds(10));           // the client key and known_hosts
 * try (RemoteRoot root = new SftpOpener().open(where, login)) { ... }
 * Files.writeString(ssh.dataDir().resolve("a.txt"), "x");             // the server's files, seen locally
 * ssh.kill();   // SIGKILL the listener and every live connection
 * ssh.restart(); // the same port and keys again
 * }</pre>
 *
 * <p>Needs root (it runs {@code sshd}, adds the Unix user {@link #USER} and chowns its files) and
 * {@code /usr/sbin/sshd} ({@code apt-get install openssh-server}); otherwise starting it fails
 * with a message saying so. The user's password is random per JVM, set with {@code chpasswd}.
 * Everything else lives in a temp directory removed by {@link #close()}.
 */
public final class OpenSshServer implements Closeable, BeforeAllCallback, AfterAllCallback {
    /** The Unix user tests log in as; created on first use, kept afterwards (creating it is idempotent). */
    public static final String USER = "syncopate-sftp";
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static String jvmPassword;

    private final boolean logSftp;
    private final List<String> hostKeyTypes;
    private Path home;
    private int port;
    private String password;
    private String hostKeyFingerprint;
    private Process sshd;

    private OpenSshServer(boolean logSftp, List<String> hostKeyTypes) {
        this.logSftp = logSftp;
        this.hostKeyTypes = hostKeyTypes;
    }

    /** A server with an ed25519 host key, started by {@link #beforeAll}. */
    public static OpenSshServer plain() {
        return new OpenSshServer(false, List.of("ed25519"));
    }

    /**
     * The same server, but with the separate {@code sftp-server} binary logging every request (VERBOSE)
     * to {@link #sftpLog()}: for tests that count round trips, e.g. {@code lstat name "/srv/a.txt"}.
     */
    public static OpenSshServer loggingSftp() {
        return new OpenSshServer(true, List.of("ed25519"));
    }

    /**
     * The same server with host keys of more types besides ed25519, as a stock Debian sshd has:
     * {@code withHostKeys("ecdsa", "rsa")}. {@link #knownHosts()} still lists only the ed25519 key;
     * {@link #knownHostsLine(String)} gives the line for any of them.
     */
    public static OpenSshServer withHostKeys(String... extraTypes) {
        List<String> types = new java.util.ArrayList<>(List.of("ed25519"));
        types.addAll(List.of(extraTypes));
        return new OpenSshServer(false, List.copyOf(types));
    }

    /**
     * Prepares user, keys, directories and config, starts sshd and waits until it accepts connections.
     *
     * @throws IllegalStateException when not root or sshd is not installed
     */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("OpenSshServer needs root (it runs sshd and adds the user " + USER
                    + "); run the tests as root, as CI does");
        }
        if (!Files.isExecutable(SSHD)) {
            throw new IllegalStateException(SSHD + " is missing: apt-get install openssh-server");
        }
        home = Files.createTempDirectory("syncopate-sshd-");
        SshCommands.run("chmod", "755", home.toString());
        password = userWithPassword();
        for (String type : hostKeyTypes) {
            SshKeys.generate(home.resolve("host_" + type), type);
        }
        SshKeys.generate(home.resolve("client_ed25519"));
        Path authorized = Files.createDirectories(home.resolve("authorized_keys"));
        Files.copy(home.resolve("client_ed25519.pub"), authorized.resolve(USER));
        Path data = Files.createDirectories(home.resolve("data"));
        SshCommands.run("chown", USER, data.toString());
        Path locked = Files.createDirectories(home.resolve("locked"));
        SshCommands.run("chmod", "755", locked.toString()); // root's, readable but not writable by USER
        port = SshPorts.free();
        Files.writeString(home.resolve("known_hosts"), "[127.0.0.1]:" + port + " "
                + Files.readString(home.resolve("host_ed25519.pub")).trim() + "\n");
        if (logSftp) {
            Path log = Files.writeString(home.resolve("sftp.log"), "");
            SshCommands.run("chown", USER, log.toString()); // the subsystem runs as the user
        }
        Files.writeString(home.resolve("sshd_config"), SshConfig.text(home, port, logSftp, hostKeyTypes));
        hostKeyFingerprint = SshKeys.fingerprint(home.resolve("host_ed25519.pub"));
        restart();
    }

    /** Removes the server after the class's tests: {@link #close()}. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts sshd again (after {@link #kill()}) on the same port with the same keys. */
    public synchronized void restart() throws IOException {
        Files.createDirectories(Path.of("/run/sshd")); // privilege separation wants it; absent in containers
        // The log is appended to, not truncated, so a restart keeps the first run's story.
        sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", home.resolve("sshd_config").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("sshd.log").toFile()))
                .start();
        SshPorts.awaitListening(port, sshd, Duration.ofSeconds(10), home.resolve("sshd.log"));
    }

    /**
     * SIGKILLs sshd and every per-connection child it forked, so live sessions drop at once as if the
     * server lost power. {@link #restart()} brings it back.
     */
    public synchronized void kill() {
        if (sshd == null) {
            return;
        }
        List<ProcessHandle> family = sshd.toHandle().descendants().toList();
        sshd.destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        try {
            sshd.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sshd = null;
    }

    /** Kills sshd and removes the temp directory with keys, config and data. The user stays. */
    @Override
    public void close() {
        kill();
        if (home == null) {
            return; // it never started
        }
        try {
            SshCommands.run("rm", "-rf", home.toString());
        } catch (IOException e) {
            // a leftover temp directory is not worth failing a test run for
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    /** The user's password for this run. */
    public String password() {
        return password;
    }

    /** The client's ed25519 private key (OpenSSH format, no passphrase), authorized for {@link #USER}. */
    public Path privateKey() {
        return home.resolve("client_ed25519");
    }

    /** Lets the key pair whose public half is {@code publicKey} log in as {@link #USER} too. */
    public void authorize(Path publicKey) throws IOException {
        Files.writeString(home.resolve("authorized_keys").resolve(USER), Files.readString(publicKey).trim() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** A known_hosts file with this server's host key under {@code [127.0.0.1]:port}. */
    public Path knownHosts() {
        return home.resolve("known_hosts");
    }

    /**
     * The known_hosts line for the host key of {@code type} (ed25519, or one given to
     * {@link #withHostKeys(String...)}): {@code [127.0.0.1]:PORT ssh-rsa AAAA... syncopate-test}.
     */
    public String knownHostsLine(String type) throws IOException {
        return "[127.0.0.1]:" + port + " " + Files.readString(home.resolve("host_" + type + ".pub")).trim();
    }

    /** The fingerprint of the host key of {@code type}, as {@code ssh-keygen -lf} prints it. */
    public String hostKeyFingerprint(String type) throws IOException {
        return SshKeys.fingerprint(home.resolve("host_" + type + ".pub"));
    }

    /** The host key's fingerprint as {@code ssh-keygen -lf} prints it: {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** A directory {@link #USER} owns; the same path on the server and locally. */
    public Path dataDir() {
        return home.resolve("data");
    }

    /** A directory {@link #USER} may read but not write. */
    public Path lockedDir() {
        return home.resolve("locked");
    }

    /** Hands files made by the test (as root) to {@link #USER}, recursively, so the server may change them. */
    public void giveToUser(Path path) throws IOException {
        SshCommands.run("chown", "-R", USER, path.toString());
    }

    /** What sftp-server logged so far; empty unless started with {@link #loggingSftp()}. */
    public String sftpLog() throws IOException {
        Path log = home.resolve("sftp.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The sshd output so far, for assertion messages. */
    public String log() throws IOException {
        Path log = home.resolve("sshd.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The location of {@code sub} in {@link #dataDir()}, with {@link #USER} in it: {@code ssh.location("up")}. */
    public RemoteLocation location(String sub) {
        return RemoteLocation.parse(url(dataDir().resolve(sub)));
    }

    /** Logs in with {@link #privateKey()}, checking the host against {@link #knownHosts()}. */
    public RemoteLogin keyLogin(Duration timeout) {
        return new RemoteLogin(null, null, privateKey(), knownHosts(), List.of(), timeout);
    }

    /** {@code sftp://syncopate-sftp@127.0.0.1:PORT} followed by an absolute server path. */
    public String url(Path serverPath) {
        return "sftp://" + USER + "@127.0.0.1:" + port + serverPath;
    }

    /**
     * Creates the user once per JVM and sets one random password for this JVM: servers started by
     * several test classes in a row share it, so an earlier server's password never goes stale. (Two
     * JVMs testing at once would overwrite each other's; surefire runs classes in one JVM.)
     */
    private static synchronized String userWithPassword() throws IOException {
        if (jvmPassword == null) {
            SshUser.ensure(USER);
            String password = SshUser.randomPassword();
            SshUser.setPassword(USER, password);
            jvmPassword = password;
        }
        return jvmPassword;
    }
}
