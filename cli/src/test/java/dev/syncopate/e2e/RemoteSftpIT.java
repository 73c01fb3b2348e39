package dev.syncopate.e2e;

import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

import static dev.syncopate.e2e.RemoteRuns.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sftp://} locations through the real launcher against a real OpenSSH {@code sshd} on 127.0.0.1: a
 * Groovy script, a YAML sync file, {@code robocopy /CRED /CREDFILE}, {@code check}, the shipped example, a
 * connection lost mid-file, and what a user sees when the server is down, the key unknown, the password wrong
 * or the directory not writable: exit 16 (or 8 for files that failed), one line, nothing deleted, no password
 * anywhere.
 */
class RemoteSftpIT {
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    Path tmp;

    /** A directory on the server as a URL without a user: the credential says who logs in. */
    private static String url(Path serverDir) {
        return "sftp://127.0.0.1:" + ssh.port() + serverDir;
    }

    private static Path serverDir(String name) {
        return ssh.dataDir().resolve(name);
    }

    private Launcher.Result syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).run();
    }

    private Path script(String name, String text) {
        return Trees.file(tmp, name, text);
    }

    /** {@code credentials { nas user:, privateKey:, knownHosts: }}: the server's own key and known_hosts. */
    private static String keyCredential() {
        return "credentials {\n    nas user: " + q(ssh.user()) + ", privateKey: " + q(ssh.privateKey())
                + ", knownHosts: " + q(ssh.knownHosts()) + "\n}\n";
    }

    @Test
    void groovyMirrorsToTheServerWithWholeSecondTimesThenHasNothingToDoAndCopiesBack() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path remote = serverDir("groovy");
        script("nas.sync.groovy", keyCredential() + """
                sync('docs') {
                    from SRC
                    to URL, credentials: 'nas'
                    mirror()
                    log 'docs.log'
                }
                """.replace("SRC", q(src)).replace("URL", q(url(remote))));

        Launcher.Result first = syncopate("run", "nas.sync.groovy").assertExit(1);
        assertEquals("", first.stderr());
        assertEquals(Trees.contents(src), Trees.contents(remote), "bytes and mtimes (whole seconds) on the server");
        String log = Trees.read(tmp.resolve("docs.log"));
        assertTrue(log.contains("NOTE : modification times are compared to within 1 s: sftp://127.0.0.1:" + ssh.port()
                + " keeps whole seconds (SFTP v3)."), log);
        // The log names the server, not a bare /tmp/... that a reader would take for a local directory.
        assertTrue(log.contains("     Dest : sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port() + remote + "/"), log);

        syncopate("run", "nas.sync.groovy").assertExit(0);   // same size and second: nothing is copied again
        assertEquals(Trees.contents(src), Trees.contents(remote));

        script("back.sync.groovy", keyCredential() + """
                sync('restore') { from URL, credentials: 'nas'; to 'restored' }
                """.replace("URL", q(url(remote))));
        syncopate("run", "back.sync.groovy").assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("restored")));
    }

    @Test
    void yamlSyncFileWithACredentialsSection() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path remote = serverDir("yaml");
        Trees.file(tmp, "nas.sync.yaml", """
                credentials:
                  nas: {user: USER, privateKey: KEY, knownHosts: KNOWN}
                sync:
                  - name: docs
                    from: src
                    to: URL
                    credentials: nas
                    mirror: true
                """.replace("USER", ssh.user()).replace("KEY", ssh.privateKey().toString())
                .replace("KNOWN", ssh.knownHosts().toString()).replace("URL", url(remote)));

        Launcher.Result r = syncopate("run", "nas.sync.yaml").assertExit(1);
        assertEquals("", r.stderr());
        assertEquals(Trees.contents(src), Trees.contents(remote));
    }

    @Test
    void robocopyWithCredAndCredfileAndACredfileOthersMayReadIsRefused() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path remote = serverDir("robocopy");
        Path creds = RemoteRuns.privateFile(tmp.resolve("credentials.yaml"), "nas: {user: " + ssh.user()
                + ", privateKey: " + ssh.privateKey() + ", knownHosts: " + ssh.knownHosts() + "}\n");

        syncopate("robocopy", src.toString(), url(remote), "/MIR", "/CRED:nas", "/CREDFILE:" + creds).assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(remote));

        Trees.file(src, "new.txt", "would be copied", RemoteRuns.T0);
        SortedMap<String, String> before = Trees.contents(remote);
        RemoteRuns.withMode(creds, "rw-r--r--");
        Launcher.Result r = syncopate("robocopy", src.toString(), url(remote), "/MIR", "/CRED:nas",
                "/CREDFILE:" + creds).assertExit(16);
        assertEquals("syncopate: credentials file " + creds + " is readable by others (mode 0644); run: chmod 600 "
                + creds, RemoteRuns.oneLine(r));
        assertEquals(before, Trees.contents(remote));
    }

    /** Two ends on one server, opened apart: the nested destination is still seen inside the source. */
    @Test
    void robocopyMirrorBetweenNestedDirectoriesOfOneServerIsRefused() {
        Path remote = serverDir("nested");
        Trees.file(remote, "a.txt", "alpha", RemoteRuns.T0);
        Trees.file(remote, "sub/b.txt", "a source file in the destination", RemoteRuns.T0);
        Path creds = RemoteRuns.privateFile(tmp.resolve("credentials.yaml"), "nas: {user: " + ssh.user()
                + ", privateKey: " + ssh.privateKey() + ", knownHosts: " + ssh.knownHosts() + "}\n");
        SortedMap<String, String> before = Trees.contents(remote);

        Launcher.Result r = syncopate("robocopy", url(remote), url(remote.resolve("sub")), "/MIR", "/CRED:nas",
                "/CREDFILE:" + creds).assertExit(16);

        String at = "sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port() + remote;
        assertEquals("syncopate: the destination " + at + "/sub is inside the source " + at + ": refusing /MIR or"
                + " /PURGE (mirror(), purge()) on overlapping directories; exclude it (/XD sub, exclude dirs: 'sub')"
                + " or choose directories that do not overlap", RemoteRuns.oneLine(r));
        assertEquals(before, Trees.contents(remote));
    }

    @Test
    void aWrongPasswordIs16WithOneLineAndThePasswordNowhere() {
        String wrong = "not-" + ssh.password();
        RemoteRuns.source(tmp.resolve("src"));
        script("nas.sync.groovy", """
                credentials { nas user: USER, password: env('NAS_PASSWORD'), knownHosts: KNOWN }
                sync('docs') {
                    from 'src'
                    to URL, credentials: 'nas'
                    log 'docs.log'
                }
                """.replace("USER", q(ssh.user())).replace("KNOWN", q(ssh.knownHosts()))
                .replace("URL", q(url(serverDir("wrong-password")))));

        Launcher.Result r = Launcher.syncopateIn(tmp, "run", "nas.sync.groovy").env("NAS_PASSWORD", wrong).run()
                .assertExit(16);
        assertEquals("syncopate: nas.sync.groovy:2: sync 'docs': sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port()
                + ": login refused for '" + ssh.user() + "' (wrong password or key?)", RemoteRuns.oneLine(r));
        RemoteRuns.assertNowhere(wrong, r.stdout(), r.stderr(), Trees.read(tmp.resolve("docs.log")));
        assertFalse(Files.exists(serverDir("wrong-password")));
    }

    @Test
    void anUnknownHostKeyIs16ForRunAndCheckWithItsFingerprintAndHostKeyTrustsIt() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path empty = Trees.file(tmp, "known_hosts", "");
        Path remote = serverDir("host-key");
        String sync = """
                credentials { nas user: USER, privateKey: KEY, knownHosts: KNOWN }
                sync('docs') { from 'src'; to URL, credentials: 'nas'TRUST }
                """.replace("USER", q(ssh.user())).replace("KEY", q(ssh.privateKey())).replace("KNOWN", q(empty))
                .replace("URL", q(url(remote)));
        script("nas.sync.groovy", sync.replace("TRUST", ""));

        Launcher.Result r = syncopate("run", "nas.sync.groovy").assertExit(16);
        String line = RemoteRuns.oneLine(r);
        assertTrue(line.startsWith("syncopate: nas.sync.groovy:2: sync 'docs': sftp://"), line);
        assertTrue(line.contains("unknown host key") && line.contains(" " + ssh.hostKeyFingerprint() + " "), line);
        assertTrue(line.contains("hostKey: '" + ssh.hostKeyFingerprint() + "'"), "says how to trust it: " + line);
        assertFalse(Files.exists(remote));
        assertEquals("", Trees.read(empty), "known_hosts is never written");
        // check logs in too, so it finds the same problem before a scheduled run would (its OK: the example's test)
        Launcher.Result check = syncopate("check", "nas.sync.groovy").assertExit(16);
        assertEquals(line, RemoteRuns.oneLine(check));

        script("nas.sync.groovy", sync.replace("TRUST", ", hostKey: '" + ssh.hostKeyFingerprint() + "'"));
        syncopate("run", "nas.sync.groovy").assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(remote));
    }

    @Test
    void aServerThatIsDownIs16AndTheMirrorsExtrasAreNotDeleted() throws IOException {
        Path remote = RemoteRuns.source(serverDir("down"));
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "extra.txt", "only here: a mirror from the server would delete it");
        Trees.file(dst, "old/extra.txt", "this too");
        SortedMap<String, String> before = Trees.contents(dst);
        script("restore.sync.groovy", keyCredential() + """
                sync('restore') {
                    from URL, credentials: 'nas'
                    to 'dst'
                    mirror()
                }
                """.replace("URL", q(url(remote))));
        ssh.kill();
        Launcher.Result r;
        try {
            r = syncopate("run", "restore.sync.groovy");
        } finally {
            ssh.restart();
        }
        r.assertExit(16);
        // SFTP's connection errors name the server; the block's line says which directory was meant
        assertEquals("syncopate: restore.sync.groovy:4: sync 'restore': sftp://127.0.0.1:"
                + ssh.port() + ": connection refused (is the SSH server running on port " + ssh.port() + "?)",
                RemoteRuns.oneLine(r));
        assertEquals(before, Trees.contents(dst));
    }

    @Test
    void aDirectoryTheUserMayNotWriteFailsTheFilesWithExit8AndChangesNothing() {
        RemoteRuns.source(tmp.resolve("src"));
        SortedMap<String, String> before = Trees.contents(ssh.lockedDir());
        script("nas.sync.groovy", keyCredential() + """
                sync('docs') { from 'src'; to URL, credentials: 'nas'; retries 0 }
                """.replace("URL", q(url(ssh.lockedDir()))));

        Launcher.Result r = syncopate("run", "nas.sync.groovy");
        assertTrue((r.exitCode() & 8) != 0, r::toString);
        assertTrue(r.exitCode() < 16, "the location opened; its files failed: " + r);
        assertTrue(r.stdout().contains("Access is denied."), r.stdout());
        assertEquals(before, Trees.contents(ssh.lockedDir()));
    }

    @Test
    void anUnreachableFirstBlockIs16ToItsOnExitCodeAndTheNextBlockStillRuns() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        int closed = RemoteRuns.closedPort();
        script("two.sync.groovy", keyCredential() + """
                sync('offsite') {
                    from 'src'
                    to 'sftp://127.0.0.1:PORT/srv/backup', credentials: 'nas'
                    onExitCode { code -> println "offsite said $code" }
                }
                sync('local') { from 'src'; to 'copy' }
                """.replace("PORT", Integer.toString(closed)));

        Launcher.Result r = syncopate("run", "two.sync.groovy").assertExit(16 | 1);
        assertTrue(r.stdoutLines().contains("offsite said 16"), r.stdout());
        assertTrue(RemoteRuns.oneLine(r).startsWith("syncopate: two.sync.groovy:4: sync 'offsite': sftp://"
                + "127.0.0.1:" + closed + ": connection refused"), r.stderr());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("copy")));
    }

    /**
     * examples/remote-sftp.sync.groovy as shipped, its NAS and paths from the environment variables it reads:
     * check logs in and says OK, the run mirrors the sample data and its onExitCode reports, an extra file on
     * the server goes on the next run.
     */
    @Test
    void theRemoteSftpExampleMirrorsTheSampleDataToTheServer() {
        Path remote = serverDir("example");
        Path script = Launcher.REPO.resolve("examples/remote-sftp.sync.groovy");
        java.util.function.Function<String, Launcher.Result> syncopate = command -> Launcher.syncopateIn(tmp,
                        command, script.toString())
                .env("DOCS_DIR", RemoteRuns.SAMPLE.toString()).env("NAS_URL", url(remote))
                .env("NAS_USER", ssh.user()).env("NAS_KEY", ssh.privateKey().toString())
                .env("NAS_KNOWN_HOSTS", ssh.knownHosts().toString()).env("NAS_LOG", tmp.resolve("nas.log").toString())
                .run();

        Launcher.Result check = syncopate.apply("check").assertExit(0);
        assertEquals("remote-sftp.sync.groovy: OK (1 sync block checked)", check.stdoutLines().getLast());
        assertFalse(Files.exists(remote));

        Launcher.Result first = syncopate.apply("run").assertExit(1);
        assertEquals("", first.stderr());
        assertEquals(List.of("docs to nas: exit code 1"), first.stdoutLines(), "the block's log goes to NAS_LOG");
        assertEquals(RemoteRuns.toTheSecond(RemoteRuns.SAMPLE_COPY), Trees.contents(remote));
        assertTrue(Trees.read(tmp.resolve("nas.log")).contains("NOTE : modification times are compared to within 1 s"));

        Trees.file(remote, "stale.txt", "deleted here, still on the NAS");
        Launcher.Result second = syncopate.apply("run").assertExit(2);
        assertEquals(List.of("docs to nas: exit code 2"), second.stdoutLines());
        assertEquals(RemoteRuns.toTheSecond(RemoteRuns.SAMPLE_COPY), Trees.contents(remote));
    }

    /**
     * sshd dies (SIGKILL, sessions too) while a 100 MiB file is on its way and comes back: the retry logs in
     * again and continues the temp file on the server instead of starting over.
     */
    @Test
    void aConnectionLostMidFileIsResumedOnTheRetry() throws Exception {
        Path src = Trees.dir(tmp, "src");
        RemoteRuns.randomFile(src.resolve("big.bin"), 100);
        Path remote = serverDir("resume");
        script("big.sync.groovy", keyCredential() + """
                sync('big') {
                    from 'src'
                    to URL, credentials: 'nas'
                    retries 3, wait: 2.seconds
                }
                """.replace("URL", q(url(remote))));

        Launcher.Running run = Launcher.syncopateIn(tmp, "run", "big.sync.groovy").timeout(Duration.ofSeconds(90))
                .start();
        long killedAt = killWhenTempReaches(remote, 30L << 20, run);
        if (killedAt > 0) {
            ssh.restart();   // at once: the kill already dropped the session, the retry finds the server back
        }
        Launcher.Result r = run.await();
        assertTrue(killedAt > 0, "the temp file never reached 30 MiB while the run lasted; " + r);
        assertTrue(r.exitCode() < 8, r::toString);
        assertEquals(RemoteRuns.crc(src.resolve("big.bin")), RemoteRuns.crc(remote.resolve("big.bin")));
        assertTrue(r.stdout().contains("Resumed at"), r.stdout());
        try (Stream<Path> s = Files.list(remote)) {
            assertEquals(List.of(remote.resolve("big.bin")), s.toList(), "no temp file left");
        }
    }

    /** Polls the server directory for the upload's temp file; SIGKILLs sshd once it holds {@code limit} bytes. */
    private static long killWhenTempReaches(Path dir, long limit, Launcher.Running run) throws InterruptedException {
        while (run.isAlive()) {
            long size = temp(dir).map(RemoteSftpIT::sizeOf).orElse(0L);
            if (size >= limit) {
                ssh.kill();
                return size;
            }
            Thread.sleep(5);
        }
        return -1;
    }

    private static Optional<Path> temp(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".syncopate.big.bin")).findFirst();
        } catch (IOException vanished) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException vanished) {
            return 0;
        }
    }
}
