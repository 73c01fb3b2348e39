package dev.syncopate.cli;

import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.platform.Platform;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code syncopate robocopy} with a remote end: the credentials file, the masking, open and close. */
class RemoteRobocopyTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private final List<SyncOptions> ran = new ArrayList<>();
    private final List<RemoteLogin> logins = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    private record Run(int code, String out, String err) {
    }

    private Run run(RemoteOpener opener, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        Environment env = new Environment(o, new PrintStream(err, true, StandardCharsets.UTF_8), Platform.LINUX,
                (options, so, se) -> {
                    ran.add(options);
                    so.println("copying with pw-Very-Secret");
                    return new SyncResult(1, Summary.EMPTY);
                }).withRemotes(opener);
        List<String> line = new ArrayList<>(List.of("robocopy"));
        line.addAll(List.of(args));
        int code = Main.execute(line.toArray(String[]::new), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private RemoteRoot root(RemoteLocation location, RemoteLogin login) {
        logins.add(login);
        return new RemoteRoot() {
            public Path path() {
                return dir.resolve("server");
            }

            public RemoteLocation location() {
                return location;
            }

            public Duration timeGranularity() {
                return Duration.ofSeconds(2);
            }

            public String timeGranularityReason() {
                return location.server() + " is a FAT share";
            }

            public void close() {
                closed.add(location.toString());
            }
        };
    }

    private Path credentials(String text, String mode) throws IOException {
        Path f = dir.resolve("credentials.yaml");
        Files.writeString(f, text);
        if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        }
        return f;
    }

    @Test
    void theCredentialLogsInAndItsPasswordIsMasked() throws IOException {
        Path creds = credentials("nas: {user: backup, password: pw-Very-Secret, knownHosts: /etc/kh}\n", "rw-------");
        Run r = run(this::root, dir.resolve("src").toString(), "sftp://nas01/backup/docs", "/MIR", "/CRED:nas",
                "/CREDFILE:" + creds);
        assertEquals(1, r.code(), r.err());
        assertEquals("copying with ****" + NL, r.out());
        RemoteLogin login = logins.getFirst();
        assertEquals("backup", login.user());
        assertEquals("pw-Very-Secret", login.password());
        assertEquals(Path.of("/etc/kh"), login.knownHosts());
        SyncOptions o = ran.getFirst();
        assertEquals(dir.resolve("server"), o.destination());
        assertTrue(o.copying().restartable());
        assertEquals(Duration.ofSeconds(2), o.selection().timeGranularity().step());
        assertEquals(List.of("sftp://backup@nas01/backup/docs"), closed);
    }

    @Test
    void anUnreachableServerIs16AndNothingRuns() throws IOException {
        Path creds = credentials("nas: {user: backup, password: pw-Very-Secret}\n", "rw-------");
        Run r = run((l, login) -> {
            throw new RemoteException(RemoteException.Kind.UNREACHABLE, l + ": connection refused (" + login.password()
                    + ")");
        }, "sftp://127.0.0.1:1/x", dir.resolve("dst").toString(), "/MIR", "/CRED:nas", "/CREDFILE:" + creds,
                "/LOG:" + dir.resolve("sync.log"));
        String line = "syncopate: sftp://backup@127.0.0.1:1/x: connection refused (****)" + NL;
        assertEquals(line, r.err());
        assertEquals(line, Files.readString(dir.resolve("sync.log")));
        assertEquals(16, r.code());
        assertTrue(ran.isEmpty());
    }

    @Test
    void theRealOpenerReportsARefusedConnectionInOneLine() {
        Run r = run(dev.syncopate.remote.schemes.Remotes::open, "sftp://127.0.0.1:1/x", dir.resolve("dst").toString());
        assertEquals(16, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("syncopate: sftp://127.0.0.1:1: connection refused"), r.err());
        assertFalse(Files.exists(dir.resolve("dst")));
    }

    @Test
    void aCredentialsFileOthersCanReadIsRefused() throws IOException {
        Path creds = credentials("nas: {user: backup, password: pw-Very-Secret}\n", "rw-r--r--");
        assumeTrue(Files.getFileStore(creds).supportsFileAttributeView("posix"));
        Run r = run(this::root, "/srv/", "sftp://nas01/x", "/CRED:nas", "/CREDFILE:" + creds);
        assertEquals("syncopate: credentials file " + creds + " is readable by others (mode 0644); run: chmod 600 "
                + creds + NL, r.err());
        assertEquals(16, r.code());
        assertTrue(logins.isEmpty());
    }

    @Test
    void credentialsFileMistakes() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        assertEquals("syncopate: credentials file " + missing + " does not exist" + NL,
                run(this::root, "/srv/", "sftp://nas01/x", "/CRED:nas", "/CREDFILE:" + missing).err());
        Path creds = credentials("nas: {user: backup, pasword: x}\nfs: {user: b}\n", "rw-------");
        assertEquals("syncopate: " + creds + ":1: unknown option 'pasword' of credential 'nas' (did you mean"
                + " 'password'?)" + NL, run(this::root, "/srv/", "sftp://nas01/x", "/CRED:nas", "/CREDFILE:" + creds).err());
        assertEquals("syncopate: " + creds + ": no credential 'fz' (did you mean 'fs'?)" + NL,
                run(this::root, "/srv/", "sftp://nas01/x", "/CRED:fz", "/CREDFILE:" + creds).err());
        Path list = credentials("- nas\n", "rw-------");
        Run r = run(this::root, "/srv/", "sftp://nas01/x", "/CRED:nas", "/CREDFILE:" + list);
        assertEquals("syncopate: " + list + ":1: a credentials file is a mapping of names to logins, such as"
                + " 'nas: {user: backup, passwordFile: /etc/syncopate/nas.pw}'" + NL, r.err());
        assertEquals(16, r.code());
        assertTrue(logins.isEmpty());
    }
}
