package dev.syncopate.dsl.alert;

import dev.syncopate.secret.Secrets;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sends mail through Jakarta Mail (Angus Mail).
 *
 * <pre>{@code
 * EmailSender mail = new EmailSender(settings, secrets);
 * mail.send(List.of("ops@example.com"), report.defaultSubject(), report.defaultBody(), List.of(logFile));
 * }</pre>
 *
 * Subject, body and text attachments are masked. An attachment is text when it decodes as UTF-8
 * and holds no NUL byte; it is then masked and sent as UTF-8 text under its file name. Other
 * attachments are sent as they are: masking bytes could corrupt them. The settings' password is
 * registered with {@code secrets}, so no message can show it.
 */
public final class EmailSender {
    private final SmtpSettings settings;
    private final Secrets secrets;
    private final SSLSocketFactory testSocketFactory;

    public EmailSender(SmtpSettings settings, Secrets secrets) {
        this(settings, secrets, null);
    }

    /** Test seam: trust the given factory's certificates and skip the host-name check. Never used in production. */
    EmailSender(SmtpSettings settings, Secrets secrets, SSLSocketFactory testSocketFactory) {
        this.settings = settings;
        this.secrets = secrets;
        this.testSocketFactory = testSocketFactory;
        secrets.register(settings.password());
    }

    public void send(List<String> to, String subject, String body, List<Path> attachments) throws AlertException {
        String who = secrets.mask(String.join(", ", to));
        if (to.isEmpty()) {
            throw AlertException.email("nobody", "no recipients");
        }
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = message(session, to, subject, body, attachments == null ? List.of() : attachments);
            String protocol = settings.tls() == SmtpSettings.Tls.SSL ? "smtps" : "smtp";
            try (Transport t = session.getTransport(protocol)) {
                if (settings.auth()) {
                    t.connect(settings.host(), settings.port(), settings.user(), settings.password());
                } else {
                    t.connect(settings.host(), settings.port(), null, null);
                }
                t.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException | IOException e) {
            String cause = Causes.of(e, settings.timeout(), secrets);
            throw AlertException.email(who, cause.equals(Causes.NO_STARTTLS) ? cause + whyStartTls() : cause);
        }
    }

    /** Why a server without STARTTLS was refused: the password, or the script's own {@code tls: 'starttls'}. */
    private String whyStartTls() {
        return settings.auth() ? ", which logging in requires (a password is never sent in clear)"
                : ", which tls: 'starttls' requires";
    }

    private Properties properties() {
        String p = settings.tls() == SmtpSettings.Tls.SSL ? "mail.smtps." : "mail.smtp.";
        String ms = Long.toString(settings.timeout().toMillis());
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "connectiontimeout", ms);
        props.put(p + "timeout", ms);
        props.put(p + "writetimeout", ms);
        props.put(p + "auth", Boolean.toString(settings.auth()));
        boolean opportunistic = settings.tls() == SmtpSettings.Tls.AUTO && !settings.auth();
        switch (settings.tls()) {
            case AUTO, STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", Boolean.toString(!opportunistic));
            }
            case SSL -> props.put(p + "ssl.enable", "true");
            case NONE -> { }
        }
        props.put(p + "ssl.checkserveridentity", Boolean.toString(!opportunistic));
        if (opportunistic) {
            // As Postfix's "may": encryption when offered, no verification; an attacker who could fake
            // the certificate could as well strip the STARTTLS offer, and nothing secret is sent.
            props.put(p + "ssl.trust", "*");
        }
        if (testSocketFactory != null) {
            props.put(p + "ssl.socketFactory", testSocketFactory);
            props.put(p + "ssl.checkserveridentity", "false");
        }
        return props;
    }

    private MimeMessage message(Session session, List<String> to, String subject, String body, List<Path> attachments)
            throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        List<InternetAddress> rcpt = new ArrayList<>();
        for (String address : to) {
            rcpt.addAll(List.of(InternetAddress.parse(address)));
        }
        m.setRecipients(Message.RecipientType.TO, rcpt.toArray(InternetAddress[]::new));
        m.setSubject(secrets.mask(subject == null ? "" : subject), "UTF-8");
        String text = secrets.mask(body == null ? "" : body);
        if (attachments.isEmpty()) {
            m.setText(text, "UTF-8");
            return m;
        }
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart main = new MimeBodyPart();
        main.setText(text, "UTF-8");
        mixed.addBodyPart(main);
        for (Path file : attachments) {
            mixed.addBodyPart(attachment(file));
        }
        m.setContent(mixed);
        return m;
    }

    private MimeBodyPart attachment(Path file) throws IOException, MessagingException {
        byte[] bytes = Files.readAllBytes(file);
        MimeBodyPart part = new MimeBodyPart();
        String text = textOrNull(bytes);
        if (text != null) {
            part.setText(secrets.mask(text), "UTF-8");
            part.setFileName(file.getFileName().toString());
            part.setDisposition(Part.ATTACHMENT);
        } else {
            part.attachFile(file.toFile());
        }
        return part;
    }

    private static String textOrNull(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
