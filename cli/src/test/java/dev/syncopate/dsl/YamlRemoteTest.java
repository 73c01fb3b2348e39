package dev.syncopate.dsl;

import dev.syncopate.cli.Environment;
import dev.syncopate.cli.Main;
import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.platform.Platform;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A YAML sync file's remote endpoints: {@code credentials: nas}, {@code knownHosts:}, {@code hostKey:} on a block. */
class YamlRemoteTest {
    private static final String KEY = "SHA256:CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC";

    @TempDir
    Path dir;

    private final List<RemoteLocation> opened = new ArrayList<>();
    private final List<RemoteLogin> logins = new ArrayList<>();
    private final List<SyncOptions> engine = new ArrayList<>();

    /** Runs {@code yaml}; every location is refused after its login was recorded. */
    private ScriptHarness.Run run(String command, String yaml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Platform.LINUX, (o, so, se) -> {
                    engine.add(o);
                    return new SyncResult(0, Summary.EMPTY);
                }).withRemotes((location, login) -> {
                    opened.add(location);
                    logins.add(login);
                    throw new RemoteException(RemoteException.Kind.UNREACHABLE, location + ": connection refused");
                });
        Path file = ScriptHarness.write(dir, "nightly.sync.yaml", yaml.replace("LOCAL", dir.resolve("local").toString()));
        int code = Main.execute(new String[] {command, file.toString()}, env);
        return new ScriptHarness.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBlocksKeysGoWithItsRemoteEndpoint() {
        ScriptHarness.Run r = run("run", """
                credentials:
                  nas: {user: backup, password: pw-Very-Secret, knownHosts: /etc/syncopate/known_hosts}
                sync:
                  - name: docs
                    from: LOCAL
                    to: sftp://nas01/backup/docs
                    credentials: nas
                    hostKey: KEY
                  - name: next
                    from: LOCAL
                    to: LOCAL2
                """.replace("KEY", KEY).replace("LOCAL2", dir.resolve("other").toString()));
        assertEquals("syncopate: nightly.sync.yaml:4: sync 'docs': sftp://backup@nas01/backup/docs: connection refused"
                + NL, r.err());
        assertEquals(16, r.code());
        RemoteLogin login = logins.getFirst();
        assertEquals("backup", login.user());
        assertEquals("pw-Very-Secret", login.password());
        assertEquals(Path.of("/etc/syncopate/known_hosts"), login.knownHosts());
        assertEquals(List.of(KEY), login.hostKeys());
        assertEquals(1, engine.size(), "the second block still ran");
    }

    @Test
    void aListOfHostKeysAndKnownHostsOnTheBlock() {
        run("run", """
                sync:
                  - from: sftp://nas01/srv
                    to: LOCAL
                    knownHosts: /etc/other_known_hosts
                    hostKey: [KEY, KEY]
                """.replace("KEY", KEY));
        assertEquals(Path.of("/etc/other_known_hosts"), logins.getFirst().knownHosts());
        assertEquals(List.of(KEY, KEY), logins.getFirst().hostKeys());
        assertEquals(null, logins.getFirst().user());
    }

    @Test
    void checkOpensTheRemoteEndpoint() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("local"));
        ScriptHarness.Run r = run("check", "sync:\n  - {from: LOCAL, to: 'sftp://nas01/x'}\n");
        assertEquals("syncopate: nightly.sync.yaml:2: sync: sftp://nas01/x: connection refused" + NL, r.err());
        assertEquals(16, r.code());
        assertEquals(1, opened.size());
    }

    @Test
    void mistakesPointAtTheirKey() {
        String[][] cases = {
                {"sync:\n  - from: LOCAL\n    to: other\n    credentials: nas\n",
                        "nightly.sync.yaml:4: credentials: only applies to sftp:// or smb:// locations"},
                {"sync:\n  - from: LOCAL\n    to: smb://fs01/Backup\n",
                        "nightly.sync.yaml:3: smb://fs01/Backup: SMB needs a login; add credentials: 'name' (a credential"
                                + " with user: and password:)"},
                {"sync:\n  - from: LOCAL\n    to: sftp://nas01/x\n    credentials: nsa\ncredentials:\n  nas: {user: b}\n",
                        "nightly.sync.yaml:2: unknown credential 'nsa' (did you mean 'nas'?)"},
                {"sync:\n  - from: LOCAL\n    to: 'sftp://nas01:0/x'\n",
                        "nightly.sync.yaml:3: invalid value for 'to' ('sftp://nas01:0/x': the port must be a number from 1"
                                + " to 65535, not '0')"},
                {"sync:\n  - from: LOCAL\n    to: sftp://nas01/x\n    knownHost: /etc/kh\n",
                        "nightly.sync.yaml:4: unknown setting 'knownHost' (did you mean 'knownHosts'?)"},
                {"sync:\n  - from: LOCAL\n    to: sftp://nas01/x\n    credentialsFile: /etc/c.yaml\n",
                        "nightly.sync.yaml:4: 'credentialsFile' is a setting of robocopy job files; a sync block has no"
                                + " such word"},
                {"credentials:\n  nas: {user: b, hostKey: nope}\nsync:\n  - {from: LOCAL, to: 'sftp://nas01/x'}\n",
                        "nightly.sync.yaml:2: credential 'nas': hostKey: expected a SHA256:... fingerprint as ssh-keygen"
                                + " -l prints it, not 'nope'"},
                {"sync:\n  - from: LOCAL\n    to: sftp://nas01/x\n    backupDir: sftp://nas01/versions\n",
                        "nightly.sync.yaml:4: invalid value for 'backupDir' (not supported for remote locations yet; only"
                                + " from and to may be sftp:// or smb://)"},
        };
        for (String[] c : cases) {
            for (String command : List.of("run", "check")) {
                ScriptHarness.Run r = run(command, c[0]);
                assertEquals("syncopate: " + c[1] + NL, r.err(), command + ": " + c[0]);
                assertEquals(16, r.code());
            }
        }
        assertTrue(engine.isEmpty());
        assertTrue(opened.isEmpty(), "a mistake anywhere: nothing is contacted");
    }
}
