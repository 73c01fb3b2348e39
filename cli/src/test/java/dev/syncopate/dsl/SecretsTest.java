package dev.syncopate.dsl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credentials and the secret mask on every output path, even when the script itself prints a secret. */
class SecretsTest {
    static final String SECRET = "N4s-s3cret-value";

    @TempDir
    Path dir;

    @Test
    void noSecretInAnyOutput() throws IOException {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> posts = new CopyOnWriteArrayList<>();
        http.createContext("/hook", x -> {
            posts.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        mail.start();
        http.start();
        try {
            // A file named after the secret puts it into the engine's log lines and JSON report.
            Path src = Trees.files(dir.resolve("src"), SECRET + ".txt", "x", "plain.txt", "y");
            Path logFile = dir.resolve("logs/block.log");
            Path report = dir.resolve("logs/report.json");
            Path runLogCopy = dir.resolve("runlog.txt");
            ScriptHarness.Run r = ScriptHarness.run(dir, "leak.sync.groovy", """
                    credentials { nas user: 'backup', password: '%s' }
                    smtp host: '127.0.0.1', port: %d, from: 'b@example.com', tls: 'none'
                    def nas = credentials.nas
                    println "user ${nas.user} password ${nas.password}"
                    print nas.password + '\\n'
                    sync { from %s; to %s; log %s; report json: %s }
                    sync { from %s; to %s }
                    email to: 'ops@example.com', subject: "pw ${nas.password}", body: "body ${nas.password}\\n" + log.tail(20)
                    webhook params.url, json: [text: "pw ${nas.password}", nested: [nas.password]]
                    command 'echo', "from a command: ${nas.password}"
                    notify { command 'sh', '-c', 'cp "$SYNCOPATE_LOG" "$1"', 'sh', params.copy, when: 'always' }
                    throw new IllegalStateException("login failed with ${nas.password}")
                    """.formatted(SECRET, mail.getSmtp().getPort(), q(src), q(dir.resolve("d1")), q(logFile), q(report),
                    q(src), q(dir.resolve("d2"))),
                    "-P", "url=http://127.0.0.1:" + http.getAddress().getPort() + "/hook", "-P", "copy=" + runLogCopy,
                    "--stacktrace");
            assertEquals(16, r.code(), r.err());
            assertTrue(r.out().contains("user backup password ****" + NL), r.out());
            assertTrue(r.out().contains("from a command: ****"), r.out());
            assertTrue(r.out().contains("****.txt"), r.out());
            assertTrue(r.err().startsWith("syncopate: leak.sync.groovy:12: login failed with ****" + NL), r.err());
            String mailText = GreenMailUtil.getWholeMessage(mail.getReceivedMessages()[0]);
            assertTrue(mailText.contains("body ****"), mailText);
            assertEquals("pw ****", mail.getReceivedMessages()[0].getSubject());
            assertEquals(1, posts.size());
            assertTrue(posts.getFirst().contains("\"pw ****\""), posts.getFirst());
            String runLog = Files.readString(runLogCopy);
            assertTrue(runLog.contains("user backup password ****"), runLog);
            for (String text : List.of(r.out(), r.err(), Files.readString(logFile), Files.readString(report), mailText,
                    posts.getFirst(), runLog)) {
                assertFalse(text.contains(SECRET), text);
            }
            assertTrue(Files.readString(logFile).contains("****.txt"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        } finally {
            mail.stop();
            http.stop(0);
        }
    }

    @Test
    void passwordFileAndPasswordCommandAreReadAndMasked() throws IOException {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "file-s3cret\nsecond line\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        ScriptHarness.Run r = ScriptHarness.run(dir, "pw.sync.groovy", """
                credentials {
                    file user: 'f', passwordFile: %s
                    cmd  user: 'c', passwordCommand: 'echo cmd-s3cret'
                    ssh  user: 's', privateKey: '~/.ssh/id_ed25519'
                }
                println credentials.file.password + ' ' + credentials.cmd.password + ' ' + credentials.file.password.length()
                println credentials.ssh.privateKey == Path.of(System.getProperty('user.home'), '.ssh/id_ed25519')
                println credentials.cmd
                """.formatted(q(pw)));
        assertEquals("", r.err());
        assertEquals(List.of("**** **** 11", "true", "Credential[name=cmd, user=c, password=****, privateKey=none]"),
                r.lines());
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedAtItsLine() throws IOException {
        Path pw = dir.resolve("open.pw");
        Files.writeString(pw, "open-s3cret\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-r--r--"));
        ScriptHarness.Run r = ScriptHarness.run(dir, "open.sync.groovy",
                "println 'start'\ncredentials {\n  mail user: 'a', passwordFile: " + q(pw) + "\n}\nprintln 'not reached'\n");
        assertEquals(16, r.code());
        assertEquals(List.of("start"), r.lines());
        assertTrue(r.err().startsWith("syncopate: open.sync.groovy:3: "), r.err());
        assertTrue(r.err().contains(pw.toString()), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("open-s3cret"));
    }

    @Test
    void anUnknownCredentialIsNamedWithASuggestion() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "u.sync.groovy",
                "credentials { nas user: 'a', password: 'xyz-secret' }\nprintln credentials.nsa.user\n");
        assertEquals(16, r.code());
        assertEquals("syncopate: u.sync.groovy:2: unknown credential 'nsa' (did you mean 'nas'?)" + NL, r.err());
    }

    @Test
    void anUnsetPasswordSaysSo() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "e.sync.groovy",
                "credentials {\n  nas user: 'a', password: env('SYNCOPATE_TEST_SURELY_UNSET')\n}\n");
        assertEquals(16, r.code());
        assertEquals("syncopate: e.sync.groovy:2: credential 'nas': password: is empty (is the environment variable set?)"
                + NL, r.err());
    }
}
