package dev.syncopate.dsl;

import dev.syncopate.cli.Environment;
import dev.syncopate.cli.Main;
import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.platform.Platform;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sync block with an {@code sftp://} or {@code smb://} end: opened before the engine runs, closed after,
 * and a location that cannot be opened is one line, exit 16 and nothing done. The servers here are fakes
 * ({@link RemoteOpener}) or a port nobody listens on; real-server tests live with the openers.
 */
class RemoteBlockTest {
    private static final String CREDENTIALS = """
            credentials {
                nas user: 'backup', password: 'pw-Very-Secret-1'
                fs  user: 'CORP\\\\backup', password: 'pw-Very-Secret-2'
            }
            """;

    @TempDir
    Path dir;

    /** A launcher run with a recording engine and the given opener. */
    private record Run(int code, String out, String err, List<SyncOptions> options) {
    }

    private Run run(String script, RemoteOpener opener, String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<SyncOptions> options = new ArrayList<>();
        Environment env = new Environment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Platform.LINUX, (o, so, se) -> {
                    options.add(o);
                    return new SyncResult(1, Summary.EMPTY);
                }).withRemotes(opener);
        Path file = ScriptHarness.write(dir, "nightly.sync.groovy", script);
        int code = Main.execute(new String[] {command, file.toString()}, env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), options);
    }

    private Run run(String script, RemoteOpener opener) {
        return run(script, opener, "run");
    }

    /** A server that lets everyone in and hands out a local directory as the remote one. */
    private final class FakeServer implements RemoteOpener {
        final List<String> opened = new ArrayList<>();
        final List<RemoteLogin> logins = new ArrayList<>();
        final List<String> closed = new ArrayList<>();

        @Override
        public RemoteRoot open(RemoteLocation location, RemoteLogin login) {
            opened.add(location.toString());
            logins.add(login);
            Path root = dir.resolve("server").resolve(location.host());
            return new RemoteRoot() {
                public Path path() {
                    return root;
                }

                public RemoteLocation location() {
                    return location;
                }

                public Duration timeGranularity() {
                    return Duration.ofSeconds(1);
                }

                public String timeGranularityReason() {
                    return location.server() + " sends whole seconds (SFTP v3)";
                }

                public void close() {
                    closed.add(location.toString());
                }
            };
        }
    }

    @Test
    void aRemoteDestinationIsOpenedUsedAndClosed() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        FakeServer server = new FakeServer();
        Run r = run(CREDENTIALS + """
                sync('docs') { from SRC; to 'sftp://nas01/backup/docs', credentials: 'nas' }
                """.replace("SRC", q(src)), server);
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertEquals(List.of("sftp://backup@nas01/backup/docs"), server.opened);
        assertEquals(List.of("sftp://backup@nas01/backup/docs"), server.closed);
        RemoteLogin login = server.logins.getFirst();
        assertEquals("backup", login.user());
        assertEquals("pw-Very-Secret-1", login.password());
        assertEquals(RemoteLogin.DEFAULT_TIMEOUT, login.timeout());
        SyncOptions o = r.options().getFirst();
        assertEquals(src, o.source());
        assertEquals(dir.resolve("server/nas01"), o.destination());
        assertTrue(o.copying().restartable(), "a remote destination resumes big files (/Z)");
        assertEquals(Duration.ofSeconds(1), o.selection().timeGranularity().step());
        assertEquals("sftp://nas01 sends whole seconds (SFTP v3)", o.selection().timeGranularity().reason());
    }

    @Test
    void aRemoteSourceIsNotRestartableAndHostKeyOptionsOverrideTheCredential() {
        FakeServer server = new FakeServer();
        Run r = run("""
                credentials { ssh user: 'backup', privateKey: '/keys/id', knownHosts: '/etc/kh', hostKey: 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }
                sync {
                    from 'sftp://backup@nas01/srv/docs', credentials: 'ssh', knownHosts: '/etc/other_kh',
                         hostKey: ['SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB']
                    to DST
                }
                """.replace("DST", q(dir.resolve("dst"))), server);
        assertEquals("", r.err());
        RemoteLogin login = server.logins.getFirst();
        assertEquals(Path.of("/keys/id"), login.privateKey());
        assertEquals(Path.of("/etc/other_kh"), login.knownHosts());
        assertEquals(List.of("SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"), login.hostKeys());
        assertFalse(r.options().getFirst().copying().restartable());
        assertEquals(dir.resolve("dst"), r.options().getFirst().destination());
    }

    @Test
    void sftpWithoutCredentialsLogsInAsTheUrlsUser() {
        FakeServer server = new FakeServer();
        run("sync { from 'sftp://alice@nas01/srv'; to " + q(dir.resolve("dst")) + " }", server);
        assertEquals("alice", server.logins.getFirst().user());
        assertEquals(null, server.logins.getFirst().password());
    }

    @Test
    void anUnreachableServerIs16WithOneLineAndNothingDone() throws IOException {
        Path src = Trees.files(dir.resolve("dst"), "keep.txt", "K");
        Path log = dir.resolve("docs.log");
        Run r = run(CREDENTIALS + """
                def r = sync('docs') {
                    from 'sftp://127.0.0.1:1/x', credentials: 'nas'
                    to DST
                    mirror()
                    log LOG
                    onExitCode { code -> println "block said $code" }
                }
                println "tail: " + r.log.tail(1)
                sync('next') { from DST; to DST2 }
                """.replace("DST2", q(dir.resolve("dst2"))).replace("DST", q(src)).replace("LOG", q(log)),
                (location, login) -> {
                    throw new RemoteException(RemoteException.Kind.UNREACHABLE, location + ": connection refused"
                            + " (password was " + login.password() + ")");
                });
        String line = "syncopate: nightly.sync.groovy:5: sync 'docs': sftp://backup@127.0.0.1:1/x: connection refused"
                + " (password was ****)";
        assertEquals(line + NL, r.err());
        assertTrue(r.out().contains("block said 16"), r.out());
        assertTrue(r.out().contains("tail: " + line), r.out());
        assertEquals(line + NL, Files.readString(log));
        assertEquals(1, r.options().size(), "only the next block reached the engine");
        assertEquals(dir.resolve("dst2"), r.options().getFirst().destination());
        assertEquals(17, r.code());
        assertTrue(Files.exists(src.resolve("keep.txt")));
    }

    @Test
    void theSeamsPlaceholderOpenerFailsTheBlockWithoutTouchingTheDestination() {
        Path dst = Trees.files(dir.resolve("dst"), "keep.txt", "K");
        ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", CREDENTIALS + """
                sync('docs') { from 'sftp://127.0.0.1:1/x', credentials: 'nas'; to DST; mirror() }
                """.replace("DST", q(dst)));
        assertEquals(16, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("syncopate: nightly.sync.groovy:5: sync 'docs': "), r.err());
        assertTrue(r.err().contains("127.0.0.1:1"), r.err());
        assertFalse(r.err().contains("pw-Very-Secret"), r.err());
        assertTrue(Files.exists(dst.resolve("keep.txt")));
    }

    @Test
    void checkLogsInOnceAndChecksTheRemoteSource() throws IOException {
        FakeServer server = new FakeServer();
        Files.createDirectories(dir.resolve("server/nas01"));
        Run ok = run("sync { from 'sftp://nas01/srv'; to 'sftp://nas02/backup' }", server, "check");
        assertEquals("", ok.err());
        assertEquals(0, ok.code());
        assertEquals(List.of("sftp://nas01/srv", "sftp://nas02/backup"), server.opened);
        assertEquals(server.opened, server.closed);
        assertTrue(ok.options().isEmpty());

        Run missing = run("sync('docs') { from 'sftp://nas03/srv'; to 'x' }", new FakeServer(), "check");
        assertEquals("syncopate: nightly.sync.groovy:1: sync 'docs': the source sftp://nas03/srv does not exist" + NL,
                missing.err());
        assertEquals(16, missing.code());

        Run refused = run("sync { from 'sftp://nas01/srv'; to 'x' }", (l, login) -> {
            throw new RemoteException(RemoteException.Kind.LOGIN, l + ": login refused (wrong password or key?)");
        }, "check");
        assertEquals("syncopate: nightly.sync.groovy:1: sync: sftp://nas01/srv: login refused (wrong password or key?)"
                + NL, refused.err());
        assertEquals(16, refused.code());
    }

    @Test
    void mistakesAreReportedAtTheirLine() {
        String[][] cases = {
                {"sync { from 'sftp://nas01/x', credentials: 'nsa'; to 'y' }",
                        "nightly.sync.groovy:5: unknown credential 'nsa' (did you mean 'nas'?)"},
                {"sync { from 'sftp://nas01/x', credentails: 'nas'; to 'y' }",
                        "nightly.sync.groovy:5: unknown option 'credentails:' for 'from' (did you mean 'credentials:'?)"},
                {"sync { from 'x', credentials: 'nas'; to 'y' }",
                        "nightly.sync.groovy:5: credentials: only applies to sftp:// or smb:// locations"},
                {"sync { from 'x'; to 'smb://fs01/Backup/docs' }",
                        "nightly.sync.groovy:5: smb://fs01/Backup/docs: SMB needs a login; add credentials: 'name'"
                                + " (a credential with user: and password:)"},
                {"sync { from 'x'; to 'sftp://bob:pw@nas01/x' }",
                        "nightly.sync.groovy:5: invalid value for 'to' (sftp://nas01: a password does not belong in the"
                                + " location (it would show in logs and process lists); put it in a credential and add"
                                + " credentials: 'name')"},
                {"sync { from 'x'; to 'sftp://nas01:99999/x' }",
                        "nightly.sync.groovy:5: invalid value for 'to' ('sftp://nas01:99999/x': the port must be a number"
                                + " from 1 to 65535, not '99999')"},
                {"sync { from 'x'; to 'sftp://alice@nas01/x', credentials: 'nas' }",
                        "nightly.sync.groovy:5: sftp://alice@nas01/x names the user 'alice' but credential 'nas' logs in"
                                + " as 'backup'; leave the user out of the location or use the same one"},
                {"sync { from 'x'; to 'sftp://nas01/x', hostKey: 'MD5:aa' }",
                        "nightly.sync.groovy:5: invalid value for 'to hostKey:' (hostKey: expected a SHA256:..."
                                + " fingerprint as ssh-keygen -l prints it, not 'MD5:aa')"},
                {"sync { from 'sftp://nas01/x'; snapshot into: 'sftp://nas01/snaps' }",
                        "nightly.sync.groovy:5: invalid value for 'snapshot into:' (not supported for remote locations"
                                + " yet; only from and to may be sftp:// or smb://)"},
                {"sync { from 'x'; to 'y'; backupDir 'smb://fs01/v/x' }",
                        "nightly.sync.groovy:5: invalid value for 'backupDir' (not supported for remote locations yet;"
                                + " only from and to may be sftp:// or smb://)"},
                {"keep last: 3, in: 'sftp://nas01/x'",
                        "nightly.sync.groovy:5: invalid value for 'keep in:' (not supported for remote locations yet;"
                                + " only from and to may be sftp:// or smb://)"},
        };
        for (String[] c : cases) {
            Run r = run(CREDENTIALS + c[0], new FakeServer());
            assertEquals("syncopate: " + c[1] + NL, r.err(), c[0]);
            assertEquals(16, r.code(), c[0]);
            assertTrue(r.options().isEmpty(), c[0]);
        }
    }

    @Test
    void smbLogsInWithTheDomainUserOfItsCredential() {
        FakeServer server = new FakeServer();
        Run r = run(CREDENTIALS + "sync { from 'smb://fs01/Data/docs', credentials: 'fs'; to "
                + q(dir.resolve("dst")) + " }", server);
        assertEquals("", r.err());
        assertEquals("CORP\\backup", server.logins.getFirst().user());
        assertEquals("smb://CORP\\backup@fs01/Data/docs", server.opened.getFirst());
    }
}
