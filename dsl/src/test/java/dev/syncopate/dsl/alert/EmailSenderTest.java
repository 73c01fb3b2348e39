package dev.syncopate.dsl.alert;

import com.icegreen.greenmail.util.DummySSLSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.syncopate.secret.Secrets;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailSenderTest {
    private static final String PASSWORD = "s3cret-pw";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private GreenMail mail;
    private final Secrets secrets = new Secrets();

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort()});
        mail.start();
        mail.setUser("backup@example.com", "backup", PASSWORD);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private SmtpSettings settings(int port, String user, String password, SmtpSettings.Tls tls) {
        return new SmtpSettings("127.0.0.1", port, "backup@example.com", user, password, tls, TIMEOUT);
    }

    private int smtp() {
        return mail.getSmtp().getPort();
    }

    private static List<String> addresses(Address[] a) {
        return Arrays.stream(a).map(Address::toString).toList();
    }

    @Test
    void plainSmtpDeliversToEveryRecipient() throws Exception {
        new EmailSender(settings(smtp(), null, null, SmtpSettings.Tls.NONE), secrets)
                .send(List.of("ops@example.com", "dev@example.com"), "[syncopate] nightly on nas01: FAILED (exit 8)",
                        "the body\nsecond line", List.of());
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(2, got.length, "one copy per recipient mailbox");
        MimeMessage m = got[0];
        assertEquals(List.of("ops@example.com", "dev@example.com"), addresses(m.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of("backup@example.com"), addresses(m.getFrom()));
        assertEquals("[syncopate] nightly on nas01: FAILED (exit 8)", m.getSubject());
        assertEquals("the body\nsecond line", GreenMailUtil.getBody(m).replace("\r\n", "\n"));
    }

    @Test
    void subjectBodyAndTextAttachmentsAreMaskedBinaryAttachmentsKept() throws Exception {
        secrets.register("t0ken-value");
        Path log = dir.resolve("run.log");
        Files.writeString(log, "line with t0ken-value\nand s3cret-pw\n");
        Path bin = dir.resolve("data.bin");
        byte[] binary = {0, 1, 2, (byte) 0xff, 't', '0', 'k'};
        Files.write(bin, binary);
        new EmailSender(settings(smtp(), "backup", PASSWORD, SmtpSettings.Tls.NONE), secrets)
                .send(List.of("ops@example.com"), "subject t0ken-value", "body s3cret-pw t0ken-value", List.of(log, bin));
        MimeMessage m = mail.getReceivedMessages()[0];
        assertEquals("subject ****", m.getSubject());
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertEquals(3, parts.getCount());
        assertEquals("body **** ****", parts.getBodyPart(0).getContent());
        BodyPart text = parts.getBodyPart(1);
        assertEquals("run.log", text.getFileName());
        assertEquals("line with ****\nand ****\n", text.getContent().toString().replace("\r\n", "\n"));
        BodyPart data = parts.getBodyPart(2);
        assertEquals("data.bin", data.getFileName());
        assertArrayEquals(binary, read(data.getInputStream()));
    }

    private static byte[] read(InputStream in) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }

    @Test
    void authSucceedsWithTheRightPassword() throws Exception {
        new EmailSender(settings(smtp(), "backup", PASSWORD, SmtpSettings.Tls.NONE), secrets)
                .send(List.of("ops@example.com"), "s", "b", List.of());
        assertEquals(1, mail.getReceivedMessages().length);
    }

    @Test
    void authFailureIsOneLineWithoutThePassword() {
        String wrong = "wr0ng-passw0rd";
        var e = assertThrows(AlertException.class, () -> new EmailSender(
                settings(smtp(), "backup", wrong, SmtpSettings.Tls.NONE), secrets)
                .send(List.of("ops@example.com"), "s", "b", List.of()));
        assertEquals("could not send email to ops@example.com: authentication failed", e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertEquals(0, mail.getReceivedMessages().length);
        assertEquals("****", secrets.mask(wrong), "the settings' password is registered as a secret");
    }

    @Test
    void smtpsWithGreenMailsTestCertificate() throws Exception {
        new EmailSender(settings(mail.getSmtps().getPort(), "backup", PASSWORD, SmtpSettings.Tls.SSL), secrets,
                new DummySSLSocketFactory()).send(List.of("ops@example.com"), "over ssl", "b", List.of());
        assertEquals("over ssl", mail.getReceivedMessages()[0].getSubject());
    }

    @Test
    void smtpsRefusesAnUntrustedCertificateInProduction() {
        var e = assertThrows(AlertException.class, () -> new EmailSender(
                settings(mail.getSmtps().getPort(), "backup", PASSWORD, SmtpSettings.Tls.SSL), secrets)
                .send(List.of("ops@example.com"), "s", "b", List.of()));
        assertEquals("could not send email to ops@example.com: TLS handshake failed", e.getMessage());
    }

    @Test
    void starttlsUpgradesThenAuthenticates() throws Exception {
        try (StartTlsProxy proxy = new StartTlsProxy(smtp())) {
            new EmailSender(settings(proxy.port(), "backup", PASSWORD, SmtpSettings.Tls.STARTTLS), secrets,
                    new DummySSLSocketFactory()).send(List.of("ops@example.com"), "over starttls", "body", List.of());
            assertTrue(proxy.upgraded);
        }
        MimeMessage m = mail.getReceivedMessages()[0];
        assertEquals("over starttls", m.getSubject());
        assertEquals("body", GreenMailUtil.getBody(m));
    }

    /**
     * STARTTLS by the settings (tls not given, 'starttls', 'none'), credentials or none, and a real server
     * (GreenMail behind {@link StartTlsProxy}) that offers STARTTLS or not. Without credentials STARTTLS
     * is used when offered, with a certificate it cannot verify (Postfix's "may"); with credentials or an
     * explicit 'starttls' it is required and the certificate verified (GreenMail's is not trusted here).
     */
    @ParameterizedTest(name = "tls {0}, credentials {1}, server offers STARTTLS {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            default  | no  | no  | plain
            default  | no  | yes | tls
            default  | yes | no  | server does not offer STARTTLS, which logging in requires (a password is never sent in clear)
            default  | yes | yes | TLS handshake failed
            starttls | no  | no  | server does not offer STARTTLS, which tls: 'starttls' requires
            starttls | yes | no  | server does not offer STARTTLS, which logging in requires (a password is never sent in clear)
            starttls | no  | yes | TLS handshake failed
            none     | no  | yes | plain
            none     | yes | yes | plain
            """)
    void starttlsWhenOfferedRequiredWithAPassword(String tls, String credentials, String offered, String expected)
            throws Exception {
        boolean login = credentials.equals("yes");
        try (StartTlsProxy server = new StartTlsProxy(smtp(), offered.equals("yes"))) {
            SmtpSettings s = settings(server.port(), login ? "backup" : null, login ? PASSWORD : null,
                    tls.equals("default") ? null : SmtpSettings.Tls.parse(tls));
            EmailSender sender = new EmailSender(s, secrets);
            if (expected.equals("plain") || expected.equals("tls")) {
                sender.send(List.of("ops@example.com"), "alert", "body", List.of());
                assertEquals(1, mail.getReceivedMessages().length);
                assertEquals(expected.equals("tls"), server.upgraded);
            } else {
                var e = assertThrows(AlertException.class,
                        () -> sender.send(List.of("ops@example.com"), "alert", "body", List.of()));
                assertEquals("could not send email to ops@example.com: " + expected, e.getMessage());
                assertEquals(0, mail.getReceivedMessages().length);
            }
            String clear = server.clientPlaintext();
            boolean passwordInClear = clear.contains("AUTH");
            assertEquals(login && tls.equals("none"), passwordInClear, "only tls: 'none' logs in in clear: " + clear);
        }
    }

    @Test
    void aRefusedConnectionIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        var e = assertThrows(AlertException.class, () -> new EmailSender(
                settings(port, "backup", PASSWORD, SmtpSettings.Tls.NONE), secrets)
                .send(List.of("ops@example.com"), "s", "b", List.of()));
        assertEquals("could not send email to ops@example.com: connection refused", e.getMessage());
    }

    @Test
    void aServerThatNeverGreetsTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            var e = assertThrows(AlertException.class, () -> new EmailSender(new SmtpSettings("127.0.0.1",
                    silent.getLocalPort(), "backup@example.com", null, null, SmtpSettings.Tls.NONE, Duration.ofMillis(700)),
                    secrets).send(List.of("ops@example.com"), "s", "b", List.of()));
            assertEquals("could not send email to ops@example.com: timed out after 700ms", e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000);
        }
    }

    @Test
    void settingsNeverShowThePasswordAndTlsParses() {
        assertFalse(settings(25, "backup", PASSWORD, SmtpSettings.Tls.NONE).toString().contains(PASSWORD));
        assertEquals(SmtpSettings.Tls.STARTTLS, SmtpSettings.Tls.parse("starttls"));
        assertEquals(SmtpSettings.Tls.SSL, SmtpSettings.Tls.parse("SSL"));
        assertEquals(SmtpSettings.Tls.NONE, SmtpSettings.Tls.parse(" none "));
        assertEquals("tls must be 'starttls', 'ssl' or 'none', not 'tls1.3'",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.Tls.parse("tls1.3")).getMessage());
        assertEquals(587, new SmtpSettings("h", 0, "f", null, null, null, null).port());
        assertEquals(465, new SmtpSettings("h", 0, "f", null, null, SmtpSettings.Tls.SSL, null).port());
    }
}
