package dev.syncopate.e2e;

import dev.syncopate.remote.testserver.SambaServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

import static dev.syncopate.e2e.RemoteRuns.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code smb://} locations through the real launcher against a real Samba {@code smbd} on 127.0.0.1: a
 * Groovy script whose password comes from a private {@code passwordFile}, a YAML sync file,
 * {@code robocopy /CRED /CREDFILE}, and the failures a user meets (wrong password, missing share, a share
 * that may not be written, the server down): exit 16 or 8, one line, nothing deleted, no password anywhere.
 */
class RemoteSmbIT {
    @RegisterExtension
    static final SambaServer smb = SambaServer.onLoopback();

    @TempDir
    Path tmp;

    private Launcher.Result syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).run();
    }

    private Path script(String name, String text) {
        return Trees.file(tmp, name, text);
    }

    /** {@code credentials { fs user:, passwordFile: }} with {@code password} in a chmod-600 file. */
    private String fileCredential(String password) {
        Path pw = RemoteRuns.privateFile(tmp.resolve("secrets/fs.pw"), password + "\n");
        return "credentials {\n    fs user: " + q(smb.user()) + ", passwordFile: " + q(pw) + "\n}\n";
    }

    private static String url(String path) {
        return smb.url(SambaServer.DATA, path);
    }

    @Test
    void groovyMirrorsToTheShareWithAPasswordFileThenHasNothingToDoAndCopiesBack() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path share = smb.dir(SambaServer.DATA).resolve("groovy");
        Trees.file(share, "stale.txt", "not in the source: the mirror deletes it");
        script("fs.sync.groovy", fileCredential(smb.password()) + """
                sync('docs') {
                    from 'src'
                    to URL, credentials: 'fs'
                    mirror()
                    log 'docs.log'
                }
                """.replace("URL", q(url("groovy"))));

        Launcher.Result first = syncopate("run", "fs.sync.groovy").assertExit(1 | 2);
        assertEquals("", first.stderr());
        assertEquals(Trees.contents(src), Trees.contents(share), "bytes and times on the share");
        String log = Trees.read(tmp.resolve("docs.log"));
        assertTrue(log.contains("smb://"), "the log names the share: " + log);
        RemoteRuns.assertNowhere(smb.password(), first.stdout(), first.stderr(), log);

        Launcher.Result again = syncopate("run", "fs.sync.groovy").assertExit(0);
        RemoteRuns.assertNowhere(smb.password(), again.stdout(), again.stderr(), Trees.read(tmp.resolve("docs.log")));

        script("back.sync.groovy", fileCredential(smb.password()) + """
                sync('restore') { from URL, credentials: 'fs'; to 'restored' }
                """.replace("URL", q(url("groovy"))));
        syncopate("run", "back.sync.groovy").assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("restored")));
    }

    @Test
    void yamlSyncFileWithACredentialsSection() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Trees.file(tmp, "fs.sync.yaml", """
                credentials:
                  fs: {user: USER, password: {env: FS_PASSWORD}}
                sync:
                  - name: docs
                    from: src
                    to: URL
                    credentials: fs
                    mirror: true
                """.replace("USER", smb.user()).replace("URL", url("yaml")));

        Launcher.Result r = Launcher.syncopateIn(tmp, "run", "fs.sync.yaml").env("FS_PASSWORD", smb.password()).run()
                .assertExit(1);
        assertEquals("", r.stderr());
        RemoteRuns.assertNowhere(smb.password(), r.stdout());
        assertEquals(Trees.contents(src), Trees.contents(smb.dir(SambaServer.DATA).resolve("yaml")));
    }

    @Test
    void robocopyWithCredAndCredfileAndACredfileOthersMayReadIsRefused() {
        Path src = RemoteRuns.source(tmp.resolve("src"));
        Path share = smb.dir(SambaServer.DATA).resolve("robocopy");
        Path creds = RemoteRuns.privateFile(tmp.resolve("credentials.yaml"),
                "fs: {user: " + smb.user() + ", password: '" + smb.password() + "'}\n");

        Launcher.Result r = syncopate("robocopy", src.toString(), url("robocopy"), "/MIR", "/CRED:fs",
                "/CREDFILE:" + creds).assertExit(1);
        RemoteRuns.assertNowhere(smb.password(), r.stdout(), r.stderr());
        assertEquals(Trees.contents(src), Trees.contents(share));

        Trees.file(src, "new.txt", "would be copied", RemoteRuns.T0);
        SortedMap<String, String> before = Trees.contents(share);
        RemoteRuns.withMode(creds, "rw-r--r--");
        Launcher.Result refused = syncopate("robocopy", src.toString(), url("robocopy"), "/MIR", "/CRED:fs",
                "/CREDFILE:" + creds).assertExit(16);
        assertEquals("syncopate: credentials file " + creds + " is readable by others (mode 0644); run: chmod 600 "
                + creds, RemoteRuns.oneLine(refused));
        assertEquals(before, Trees.contents(share));
    }

    /** Two ends on one share, opened apart, the source spelled in other case: SMB names ignore case. */
    @Test
    void robocopyMirrorBetweenNestedDirectoriesOfOneShareIsRefused() {
        Path share = smb.dir(SambaServer.DATA).resolve("nested");
        Trees.file(share, "a.txt", "alpha", RemoteRuns.T0);
        Trees.file(share, "sub/b.txt", "a source file in the destination", RemoteRuns.T0);
        Path creds = RemoteRuns.privateFile(tmp.resolve("credentials.yaml"),
                "fs: {user: " + smb.user() + ", password: '" + smb.password() + "'}\n");
        SortedMap<String, String> before = Trees.contents(share);

        Launcher.Result r = syncopate("robocopy", url("nested/sub"), url("NESTED"), "/MOV", "/CRED:fs",
                "/CREDFILE:" + creds).assertExit(16);

        String line = RemoteRuns.oneLine(r);
        assertTrue(line.startsWith("syncopate: the source ") && line.contains("/nested/sub is inside the destination ")
                && line.contains(": refusing /MOV (moveFiles()) on overlapping directories"), line);
        assertEquals(before, Trees.contents(share));
    }

    @Test
    void aWrongPasswordIs16WithOneLineAndThePasswordNowhere() {
        String wrong = "not-" + smb.password();
        RemoteRuns.source(tmp.resolve("src"));
        script("fs.sync.groovy", fileCredential(wrong) + """
                sync('docs') {
                    from 'src'
                    to URL, credentials: 'fs'
                    log 'docs.log'
                }
                """.replace("URL", q(url("wrong-password"))));

        Launcher.Result r = syncopate("run", "fs.sync.groovy").assertExit(16);
        assertEquals("syncopate: fs.sync.groovy:4: sync 'docs': smb://" + smb.user() + "@127.0.0.1:" + smb.port()
                + "/data/wrong-password: login refused for '" + smb.user() + "' (wrong user or password?)",
                RemoteRuns.oneLine(r));
        RemoteRuns.assertNowhere(wrong, r.stdout(), r.stderr(), Trees.read(tmp.resolve("docs.log")));
        assertFalse(Files.exists(smb.dir(SambaServer.DATA).resolve("wrong-password")));
    }

    @Test
    void aMissingShareIs16WithOneLine() {
        RemoteRuns.source(tmp.resolve("src"));
        script("fs.sync.groovy", fileCredential(smb.password()) + """
                sync('docs') { from 'src'; to URL, credentials: 'fs' }
                """.replace("URL", q(smb.url("nosuchshare", "docs"))));

        Launcher.Result r = syncopate("run", "fs.sync.groovy").assertExit(16);
        String line = RemoteRuns.oneLine(r);
        assertTrue(line.startsWith("syncopate: fs.sync.groovy:4: sync 'docs': smb://"), line);
        assertTrue(line.contains("/nosuchshare/docs: share 'nosuchshare' does not exist"), line);
    }

    @Test
    void aReadOnlyShareFailsTheFilesWithExit8AndChangesNothing() {
        RemoteRuns.source(tmp.resolve("src"));
        Path share = smb.dir(SambaServer.READ_ONLY);
        Trees.file(share, "there.txt", "already on the share");
        SortedMap<String, String> before = Trees.contents(share);
        script("fs.sync.groovy", fileCredential(smb.password()) + """
                sync('docs') { from 'src'; to URL, credentials: 'fs'; retries 0 }
                """.replace("URL", q(smb.url(SambaServer.READ_ONLY, ""))));

        Launcher.Result r = syncopate("run", "fs.sync.groovy");
        assertTrue((r.exitCode() & 8) != 0, r::toString);
        assertTrue(r.exitCode() < 16, "the location opened; its files failed: " + r);
        assertTrue(r.stdout().contains("Access is denied."), r.stdout());
        assertEquals(before, Trees.contents(share));
    }

    @Test
    void aServerThatIsDownIs16AndTheMirrorsExtrasAreNotDeleted() throws IOException {
        RemoteRuns.source(smb.dir(SambaServer.DATA).resolve("down"));
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "extra.txt", "only here: a mirror from the share would delete it");
        SortedMap<String, String> before = Trees.contents(dst);
        script("restore.sync.groovy", fileCredential(smb.password()) + """
                sync('restore') {
                    from URL, credentials: 'fs'
                    to 'dst'
                    mirror()
                }
                """.replace("URL", q(url("down"))));
        smb.kill();
        Launcher.Result r;
        try {
            r = syncopate("run", "restore.sync.groovy");
        } finally {
            smb.start();
        }
        r.assertExit(16);
        assertEquals("syncopate: restore.sync.groovy:4: sync 'restore': smb://" + smb.user() + "@127.0.0.1:"
                + smb.port() + "/data/down: connection refused (is the SMB server running on port " + smb.port() + "?)",
                RemoteRuns.oneLine(r));
        assertEquals(before, Trees.contents(dst));
    }

    /**
     * examples/remote.sync.yaml with the test server put in. A sync file's {@code {env: NAME}} only works in
     * credentials: and smtp:, so the example names a real-looking server and paths, and this test runs a copy
     * with each of those values replaced (each must be there exactly once, outside the comments).
     */
    @Test
    void theRemoteYamlExampleMirrorsTheSampleDataToTheShare() throws IOException {
        Path pw = RemoteRuns.privateFile(tmp.resolve("secrets/fs01.pw"), smb.password() + "\n");
        String text = Files.readString(Launcher.REPO.resolve("examples/remote.sync.yaml"));
        Map<String, String> values = Map.of(
                "user: backup", "user: " + smb.user(),
                "/etc/syncopate/fs01.pw", pw.toString(),
                "/srv/shared/docs", RemoteRuns.SAMPLE.toString(),
                "smb://fs01/Backup/docs", url("example"),
                "/var/log/syncopate/docs-to-fs01.log", tmp.resolve("fs01.log").toString());
        StringBuilder copy = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                for (Map.Entry<String, String> v : values.entrySet()) {
                    line = line.replace(v.getKey(), v.getValue());
                }
            }
            copy.append(line).append('\n');
        }
        for (String original : values.keySet()) {
            assertEquals(1, text.lines().filter(l -> !l.startsWith("#") && l.contains(original)).count(),
                    "examples/remote.sync.yaml no longer has " + original + " once: update this test");
        }
        Trees.file(tmp, "remote.sync.yaml", copy.toString());
        Path share = smb.dir(SambaServer.DATA).resolve("example");

        Launcher.Result check = syncopate("check", "remote.sync.yaml").assertExit(0);
        assertEquals("remote.sync.yaml: OK (1 sync block checked)", check.stdoutLines().getLast());
        assertFalse(Files.exists(share));

        Launcher.Result r = syncopate("run", "remote.sync.yaml").assertExit(1);
        assertEquals("", r.stderr());
        assertEquals(RemoteRuns.SAMPLE_COPY, Trees.contents(share));
        String log = Trees.read(tmp.resolve("fs01.log"));
        assertTrue(log.contains("New File"), log);
        RemoteRuns.assertNowhere(smb.password(), r.stdout(), log);
    }
}
