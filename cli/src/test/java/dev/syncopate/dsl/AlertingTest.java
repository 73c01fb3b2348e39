package dev.syncopate.dsl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.syncopate.sync.Trees;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerting against real servers: GreenMail speaking SMTP (with AUTH) on 127.0.0.1, a JDK HttpServer for
 * webhooks, real processes for {@code command}. Asserts what the servers received, the {@code notify}
 * conditions and order, and that an undeliverable alert leaves the exit code alone.
 */
class AlertingTest {
    static final String MAIL_PASSWORD = "mail-Pa55w0rd-xyz";

    @TempDir
    Path dir;

    GreenMail mail;
    HttpServer http;
    final List<String> posts = new CopyOnWriteArrayList<>();
    Path src;
    Path dst;

    @BeforeEach
    void servers() throws IOException {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        mail.setUser("alerts@example.com", "alerts", MAIL_PASSWORD);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        src = Trees.files(dir.resolve("src"), "a.txt", "A", "sub/b.txt", "BB");
        dst = dir.resolve("dst");
    }

    @AfterEach
    void stop() {
        mail.stop();
        http.stop(0);
    }

    String hook() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/hook";
    }

    /** A password file only its owner can read, and the script preamble that configures mail with it. */
    String mailSetup() throws IOException {
        Path pw = dir.resolve("mail.pw");
        Files.writeString(pw, MAIL_PASSWORD + "\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        return "credentials { mail user: 'alerts', passwordFile: " + q(pw) + " }\n"
                + "smtp host: '127.0.0.1', port: " + mail.getSmtp().getPort()
                + ", from: 'backup@example.com', credentials: 'mail', tls: 'none'\n";
    }

    String syncBlock() {
        return "def docs = sync('docs') { from " + q(src) + "; to " + q(dst) + " }\n";
    }

    @Test
    void emailInOnExitCodeGoesThroughSmtpWithAuthAndDefaultSubjectAndBody() throws Exception {
        ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", mailSetup() + syncBlock() + """
                onExitCode { code -> email to: ['ops@example.com', 'boss@example.com'] }
                """);
        assertEquals("", r.err());
        assertEquals(1, r.code());
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(2, got.length);   // one per recipient mailbox
        MimeMessage m = got[0];
        assertEquals(List.of("ops@example.com", "boss@example.com"),
                Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
        assertTrue(m.getSubject().startsWith("[syncopate] nightly.sync.groovy on "), m.getSubject());
        assertTrue(m.getSubject().endsWith(": OK (exit 1)"), m.getSubject());
        String body = GreenMailUtil.getBody(m);
        assertTrue(body.contains("Files :"), body);
        assertFalse(body.contains(MAIL_PASSWORD), body);
    }

    /** The script of the dry-run tests: a block with its own log, retention, and one alert of each kind. */
    String everyAlert(Path versions, Path envFile) throws IOException {
        return mailSetup() + """
                sync('docs') { from SRC; to DST; log LOG }
                keep last: 1, in: VERSIONS
                notify {
                    email to: 'ops@example.com', when: 'always'
                    email to: 'boss@example.com', subject: 'nightly copy', when: 'always'
                    webhook HOOK, when: 'always'
                    webhook HOOK, json: [text: 'custom'], when: 'always'
                    command 'sh', '-c', 'echo "$SYNCOPATE_DRY_RUN" > "$0"', ENV, when: 'always'
                }
                """.replace("SRC", q(src)).replace("DST", q(dst)).replace("LOG", q(dir.resolve("docs.log")))
                .replace("VERSIONS", q(versions)).replace("HOOK", "'" + hook() + "'").replace("ENV", q(envFile));
    }

    Path versions() throws IOException {
        Path versions = dir.resolve("versions");
        Files.createDirectories(versions.resolve("20200101_000000"));
        Files.createDirectories(versions.resolve("20200102_000000"));
        return versions;
    }

    MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    @Test
    void aDryRunSaysSoInEveryAlertAndItsLogTailListsWhatKeepWouldRemove() throws Exception {
        Path versions = versions();
        Path envFile = dir.resolve("env.txt");
        ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", everyAlert(versions, envFile), "--dry-run");
        assertEquals("", r.err());
        assertEquals(1, r.code());

        MimeMessage ops = mailTo("ops@example.com");
        assertTrue(ops.getSubject().startsWith("[DRY RUN] [syncopate] nightly.sync.groovy on "), ops.getSubject());
        String body = GreenMailUtil.getBody(ops).replace("\r\n", "\n");
        assertTrue(body.startsWith("Dry run (--dry-run): nothing was changed; the counts are what a real run would"
                + " do.\n\n               Total    Copied"), body);
        assertTrue(body.lines().anyMatch(l -> l.equals("Would remove old folder " + versions.resolve("20200101_000000"))),
                body);
        assertEquals("[DRY RUN] nightly copy", mailTo("boss@example.com").getSubject());
        assertEquals(2, posts.size(), posts.toString());
        assertTrue(posts.get(0).startsWith("{\"text\":\"[DRY RUN] [syncopate] nightly.sync.groovy on "), posts.get(0));
        assertTrue(posts.get(0).contains("\"dryRun\":true,"), posts.get(0));
        assertEquals("{\"text\":\"custom\",\"dryRun\":true}", posts.get(1));
        assertEquals("1\n", Files.readString(envFile));
        assertTrue(Files.isDirectory(versions.resolve("20200101_000000")), "nothing removed");
        assertFalse(Files.exists(dst), "nothing copied");
    }

    @Test
    void aRealRunIsNotMarkedAndItsMailNamesTheBlocksLogNotTheDeletedRunLog() throws Exception {
        Path versions = versions();
        Path envFile = dir.resolve("env.txt");
        ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", everyAlert(versions, envFile));
        assertEquals("", r.err());

        MimeMessage ops = mailTo("ops@example.com");
        assertTrue(ops.getSubject().startsWith("[syncopate] nightly.sync.groovy on "), ops.getSubject());
        String body = GreenMailUtil.getBody(ops).replace("\r\n", "\n");
        assertTrue(body.startsWith("               Total    Copied"), body);
        assertTrue(body.contains("\n\nLog file: " + dir.resolve("docs.log") + "\n\nLast log lines:\n"), body);
        assertFalse(body.contains(System.getProperty("java.io.tmpdir") + "/syncopate-"), "no run log, it is deleted: " + body);
        assertTrue(Files.exists(dir.resolve("docs.log")));
        assertTrue(body.lines().anyMatch(l -> l.equals("Removed old folder " + versions.resolve("20200101_000000"))),
                body);
        assertEquals("nightly copy", mailTo("boss@example.com").getSubject());
        assertTrue(posts.get(0).contains("\"dryRun\":false,"), posts.get(0));
        assertEquals("{\"text\":\"custom\"}", posts.get(1));
        assertEquals("0\n", Files.readString(envFile));
    }

    @Test
    void aMailOfARunWithoutALogFileNamesNone() throws Exception {
        ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", mailSetup() + syncBlock() + """
                onExitCode { code -> email to: 'ops@example.com' }
                """);
        assertEquals("", r.err());
        String body = GreenMailUtil.getBody(mailTo("ops@example.com"));
        assertFalse(body.contains("Log file:"), body);
    }

    @Test
    void emailWithSubjectBodyAndAttachment() throws Exception {
        Path report = Trees.files(dir.resolve("att"), "report.txt", "attached text").resolve("report.txt");
        ScriptHarness.Run r = ScriptHarness.run(dir, "x.sync.groovy", mailSetup() + syncBlock() + """
                email to: 'ops@example.com', subject: "copied ${summary.files.copied}", body: log.tail(3), attach: %s
                """.formatted(q(report)));
        assertEquals("", r.err());
        MimeMessage m = mail.getReceivedMessages()[0];
        assertEquals("copied 2", m.getSubject());
        String raw = GreenMailUtil.getWholeMessage(m);
        assertTrue(raw.contains("report.txt"), raw);
        assertTrue(raw.contains("Ended :"), raw);
    }

    @Test
    void webhookPostsTheGivenJsonOrTheDefaultPayload() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "hooks.sync.groovy", syncBlock() + """
                webhook params.url, json: [text: "docs: ${docs.exitCode}", count: summary.files.copied]
                onExitCode { code -> webhook params.url }
                """, "-P", "url=" + hook());
        assertEquals("", r.err());
        assertEquals(2, posts.size(), posts.toString());
        assertEquals("{\"text\":\"docs: 1\",\"count\":2}", posts.get(0));
        String payload = posts.get(1);
        assertTrue(payload.contains("\"script\":\"hooks.sync.groovy\""), payload);
        assertTrue(payload.contains("\"exitCode\":1"), payload);
        assertTrue(payload.contains("\"verdict\":\"success\""), payload);
        assertTrue(payload.contains("\"text\":"), payload);
    }

    @Test
    void commandGetsTheRunsVariablesAndTheRunLog() throws IOException {
        Path out = dir.resolve("env.txt");
        ScriptHarness.Run r = ScriptHarness.run(dir, "cmd.sync.groovy", syncBlock() + """
                println 'hello from the script'
                onExitCode { code -> command 'sh', '-c', 'echo "$SYNCOPATE_EXIT_CODE $SYNCOPATE_VERDICT $SYNCOPATE_SCRIPT" > "$1"; echo "$SYNCOPATE_LOG" >> "$1"; cat "$SYNCOPATE_LOG" >> "$1"', 'sh', params.out }
                """, "-P", "out=" + out);
        assertEquals("", r.err());
        assertEquals(1, r.code());
        List<String> lines = Files.readAllLines(out);
        assertEquals("1 success cmd.sync.groovy", lines.getFirst());
        // The run log is the run's own: gone once the run is over, not left to pile up in /tmp.
        assertTrue(Files.notExists(Path.of(lines.get(1))), lines.get(1));
        assertTrue(lines.contains("hello from the script"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("Files :")), lines.toString());
    }

    @Test
    void logAndSummaryCombineTheBlocks() {
        Path src2 = Trees.files(dir.resolve("src2"), "c.txt", "C");
        ScriptHarness.Run r = ScriptHarness.run(dir, "two.sync.groovy", syncBlock() + """
                sync { from %s; to %s }
                println "files: ${summary.files.copied} of ${summary.files.total}, dirs ${summary.dirs.total}"
                println "sources: " + log.lines.count { it.contains('Source :') }
                println "tail: " + log.tail(1).strip()
                """.formatted(q(src2), q(dir.resolve("dst2"))));
        assertEquals("", r.err());
        assertTrue(r.lines().contains("files: 3 of 3, dirs 3"), r.out());
        assertTrue(r.lines().contains("sources: 2"), r.out());
        assertTrue(r.out().contains("tail: Ended :"), r.out());
    }

    @Test
    void notifyRunsAfterOnExitCodeWithTheFinalCodeAndHonoursWhen() throws Exception {
        for (int code : new int[] {1, 8}) {
            posts.clear();
            dst = dir.resolve("dst-" + code);
            Path trail = dir.resolve("trail-" + code + ".txt");
            ScriptHarness.Run r = ScriptHarness.run(dir, "n.sync.groovy", mailSetup() + syncBlock() + """
                    notify {
                        email to: 'ops@example.com'
                        email to: 'happy@example.com', when: 'success'
                        webhook params.url, when: 'always'
                        webhook params.url, json: [text: 'failed'], when: 'failure'
                        command 'sh', '-c', 'echo "notify $SYNCOPATE_EXIT_CODE" >> "$1"', 'sh', params.trail, when: { c -> c >= 4 }
                    }
                    onExitCode { code ->
                        new File(params.trail) << "handler $code\\n"
                        exit(params.code as int)
                    }
                    """, "-P", "url=" + hook(), "-P", "trail=" + trail, "-P", "code=" + code);
            assertEquals("", r.err(), "code " + code);
            assertEquals(code, r.code());
            List<String> to = Arrays.stream(mail.getReceivedMessages()).map(this::to).toList();
            if (code == 8) {
                assertEquals(List.of("ops@example.com"), to);
                assertEquals(2, posts.size(), posts.toString());
                assertTrue(posts.get(0).contains("\"exitCode\":8"), posts.get(0));
                assertTrue(posts.get(0).contains("\"verdict\":\"failure\""), posts.get(0));
                assertEquals("{\"text\":\"failed\"}", posts.get(1));
                assertEquals(List.of("handler 1", "notify 8"), Files.readAllLines(trail));
                assertTrue(mail.getReceivedMessages()[0].getSubject().endsWith(": FAILED (exit 8)"));
            } else {
                assertEquals(List.of("happy@example.com"), to);
                assertEquals(1, posts.size(), posts.toString());
                assertEquals(List.of("handler 1"), Files.readAllLines(trail));
            }
            mail.purgeEmailFromAllMailboxes();
        }
    }

    private String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void notifyRejectsAnUnknownWhen() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "w.sync.groovy", "notify {\n  webhook 'http://x', when: 'sometimes'\n}\n");
        assertEquals(16, r.code());
        assertEquals("syncopate: w.sync.groovy:2: when: must be 'success', 'failure', 'always' or a closure"
                + " { code -> ... }, not 'sometimes'" + ScriptHarness.NL, r.err());
    }

    /** The seed's Send-MailMessage case: a relay on the inside without TLS, no login, no tls: given. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"relay.sync.groovy", "relay.sync.yaml"})
    void anInternalRelayWithoutTlsOrLoginGetsTheAlertInPlain(String name) throws Exception {
        int port = mail.getSmtp().getPort();
        String text = name.endsWith(".yaml") ? """
                smtp: {host: 127.0.0.1, port: %d, from: backup@example.com}
                sync:
                  - from: %s
                    to: %s
                notify:
                  - email: {to: ops@example.com, when: always}
                """.formatted(port, src, dst) : """
                smtp host: '127.0.0.1', port: %d, from: 'backup@example.com'
                sync { from %s; to %s }
                notify { email to: 'ops@example.com', when: 'always' }
                """.formatted(port, q(src), q(dst));
        ScriptHarness.Run r = ScriptHarness.run(dir, name, text);
        assertEquals("", r.err());
        assertEquals(1, r.code());
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(1, got.length);
        assertTrue(got[0].getSubject().endsWith(": OK (exit 1)"), got[0].getSubject());
    }

    @Test
    void anUndeliverableAlertIsOneLineAndLeavesTheExitCodeAlone() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        long start = System.nanoTime();
        ScriptHarness.Run r = ScriptHarness.run(dir, "down.sync.groovy", syncBlock() + """
                smtp host: '127.0.0.1', port: %d, from: 'backup@example.com', tls: 'none', timeout: 5.seconds
                notify { email to: 'ops@example.com', when: 'always' }
                onExitCode { code -> webhook 'http://127.0.0.1:%d/hook', timeout: 2.seconds }
                """.formatted(closed, closed));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, r.code());
        List<String> err = r.err().lines().toList();
        assertEquals(2, err.size(), r.err());
        assertTrue(err.get(0).startsWith("syncopate: could not post webhook to http://127.0.0.1:" + closed + "/hook"), r.err());
        assertEquals("syncopate: could not send email to ops@example.com: connection refused", err.get(1));
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void emailWithoutSmtpIsAnAlertFailureNotACrash() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "nosmtp.sync.groovy", syncBlock()
                + "onExitCode { code -> println(email(to: 'ops@example.com') ? 'sent' : 'not sent') }\n");
        assertEquals(1, r.code());
        assertTrue(r.out().endsWith("not sent" + ScriptHarness.NL), r.out());
        assertEquals("syncopate: could not send email to ops@example.com: no mail server (add smtp host: ..., from: ..."
                + " before sending)" + ScriptHarness.NL, r.err());
    }
}
