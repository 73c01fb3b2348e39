package dev.syncopate.remote.testserver;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Samba {@code smbd} on 127.0.0.1 for tests, fully apart from any system Samba: its own port,
 * config, state, password database and log in a temp directory. Needs root (smbd switches to the
 * logged-in user) and Samba installed ({@code apt-get install samba}).
 *
 * One per test class, as a JUnit extension that starts it before the class's tests and removes it
 * after them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SambaServer smb = SambaServer.onLoopback();
 *
 * String url = smb.url(SambaServer.DATA, "docs");         // smb://127.0.0.1:PORT/data/docs
 * RemoteLogin login = smb.login(Duration.ofSeconds(10));   // its user and password
 * try (RemoteRoot root = new SmbOpener().open(smb.location(SambaServer.DATA, "docs"), login)) { ... }
 * Path serverSide = smb.dir(SambaServer.DATA);            // what the share holds, to inspect directly
 * smb.kill();                                             // SIGKILL: live connections drop
 * smb.start();                                            // again, same port
 * }</pre>
 *
 * <p>Shares: {@link #DATA} (writable; smbd works on it as root, so what a test puts there directly is
 * the share's to change and delete too), {@link #READ_ONLY} (the user may read, never write) and
 * {@link #FORBIDDEN} (the user may not connect at all). The Unix user {@link #USER} is created once
 * ({@code useradd -M}, no home) and gets a new random Samba password on every run.
 */
public final class SambaServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    /** The Unix and Samba user the tests log in as. */
    public static final String USER = "syncopate-smb";
    /** A share the user may read and write. */
    public static final String DATA = "data";
    /** A share the user may read but not write. */
    public static final String READ_ONLY = "readonly";
    /** A share the user may not use (tree connect is refused). */
    public static final String FORBIDDEN = "private";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private Path base;
    private Path conf;
    private int port;
    private String password;
    private Process smbd;

    private SambaServer() {
    }

    /** A server on 127.0.0.1 and a free port, started by {@link #beforeAll}. */
    public static SambaServer onLoopback() {
        return new SambaServer();
    }

    /**
     * Writes the config, creates the user and its password, starts smbd on a free port and waits
     * until it accepts connections.
     *
     * @throws IllegalStateException when not root or Samba is missing, saying so
     */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("SambaServer needs root (smbd switches to the test user); run the tests"
                    + " as root, as CI does");
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/smbd"))) {
            throw new IllegalStateException("SambaServer needs Samba: apt-get install samba");
        }
        base = Files.createTempDirectory("syncopate-samba-");
        // smbd runs file access as the test user: it must reach the share directories.
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        conf = base.resolve("smb.conf");
        port = freePort();
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        password = "pw-" + HexFormat.of().formatHex(random);
        prepare();
        start();
    }

    /** Removes the server after the class's tests: {@link #close()}. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void prepare() throws IOException {
        for (String d : List.of("run", "lock", "state", "cache", "private", "ncalrpc", "log")) {
            Files.createDirectories(base.resolve(d));
        }
        Files.setPosixFilePermissions(base.resolve("private"), PosixFilePermissions.fromString("rwx------"));
        for (String share : List.of(DATA, READ_ONLY, FORBIDDEN)) {
            Path d = Files.createDirectories(dir(share));
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.writeString(conf, new SambaConfig(base, port).text(), StandardCharsets.UTF_8);
        createUser();
        run(List.of("smbpasswd", "-c", conf.toString(), "-a", "-s", USER), password + "\n" + password + "\n");
    }

    /** {@code useradd -M} once per machine; "already exists" (exit 9) is fine, another run made it. */
    private static void createUser() throws IOException {
        if (exitCode(List.of("id", USER)) == 0) {
            return;
        }
        int rc = exitCode(List.of("useradd", "-M", "-s", "/usr/sbin/nologin", USER));
        if (rc != 0 && rc != 9) {
            throw new IOException("useradd -M " + USER + " failed with exit code " + rc);
        }
    }

    /** Starts smbd (again, on the same port after {@link #kill()}) and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        if (smbd != null && smbd.isAlive()) {
            return;
        }
        smbd = new ProcessBuilder("/usr/sbin/smbd", "--foreground", "--no-process-group", "-s", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("log/smbd.out").toFile())
                .start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!smbd.isAlive()) {
                throw new IOException("smbd exited with " + smbd.exitValue() + ": " + logTail());
            }
            if (accepts()) {
                return;
            }
            sleep(50);
        }
        throw new IOException("smbd did not accept connections on port " + port + " within " + READY_TIMEOUT.toSeconds()
                + " s: " + logTail());
    }

    /**
     * SIGKILL to smbd and every process it forked (one per client connection, and its helpers):
     * connections drop at once, as when a server crashes. {@link #start()} brings it back.
     */
    public synchronized void kill() {
        if (smbd == null) {
            return;
        }
        // Collect the children first: once the parent is gone they are no longer its descendants.
        List<ProcessHandle> all = new ArrayList<>(smbd.descendants().toList());
        all.add(smbd.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            smbd.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The children become zombies nobody may reap in a container; what matters is that none listens.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && accepts()) {
            sleep(20);
        }
        smbd = null;
    }

    /** Stops smbd and deletes everything this instance wrote. The Unix user stays for the next run. */
    @Override
    public void close() {
        kill();
        if (base == null) {
            return; // it never started
        }
        try (Stream<Path> s = Files.walk(base)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    /** The Samba password, random for this instance. */
    public String password() {
        return password;
    }

    /** {@code smb://127.0.0.1:<port>/<share>}, with {@code path} appended when not empty. */
    public String url(String share, String path) {
        return "smb://127.0.0.1:" + port + "/" + share + (path.isEmpty() ? "" : "/" + path);
    }

    /** Logs in as {@link #USER} with {@link #password()}. */
    public RemoteLogin login(Duration timeout) {
        return new RemoteLogin(USER, password, null, null, List.of(), timeout);
    }

    /** {@link #url} as a location: {@code new SmbOpener().open(smb.location(SambaServer.DATA, "docs"), login)}. */
    public RemoteLocation location(String share, String path) {
        return RemoteLocation.parse(url(share, path));
    }

    /** The local directory behind a share, to set up and inspect server-side files directly. */
    public Path dir(String share) {
        return base.resolve("shares").resolve(share);
    }

    /** The last lines of smbd's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = new ArrayList<>();
            for (String f : List.of("log/smbd.out", "log/smbd.log")) {
                Path p = base.resolve(f);
                if (Files.exists(p)) {
                    lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private static int exitCode(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private static void run(List<String> command, String input) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
