package dev.syncopate.dsl.alert;

import java.time.Duration;
import java.util.Locale;

/**
 * How to reach the mail server, from the script's {@code smtp} line.
 *
 * <pre>{@code
 * SmtpSettings s = new SmtpSettings("smtp.example.com", 587, "backup@example.com", "backup", pw,
 *         SmtpSettings.Tls.parse("starttls"), Duration.ofSeconds(30));
 * }</pre>
 *
 * @param port    0 or less means the usual port for {@code tls}: 587, 465 or 25
 * @param user    null or blank means no AUTH
 * @param tls     null means {@link Tls#AUTO}
 * @param timeout connect, read and write timeout each; null means 30 seconds
 */
public record SmtpSettings(String host, int port, String from, String user, String password, Tls tls,
                           Duration timeout) {
    /** How the connection is secured. */
    public enum Tls {
        /**
         * {@code tls:} not given. With credentials as {@link #STARTTLS}: a password never goes in clear.
         * Without, STARTTLS when the server offers it and plain SMTP otherwise (Postfix's {@code may}),
         * its certificate not verified: that protects the alert from a listener on the wire, and an
         * internal relay without TLS, or with a self-signed certificate, still gets it out.
         */
        AUTO(587),
        /** Plain connect, then STARTTLS, which is required: a server without it is an error. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        SSL(465),
        /** No encryption; for a relay on localhost or a trusted network only. */
        NONE(25);

        private final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** {@code starttls}, {@code ssl} or {@code none}, any case. */
        public static Tls parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "starttls" -> STARTTLS;
                case "ssl", "tls", "smtps" -> SSL;
                case "none", "plain" -> NONE;
                default -> throw new IllegalArgumentException(
                        "tls must be 'starttls', 'ssl' or 'none', not '" + text + "'");
            };
        }
    }

    public SmtpSettings {
        tls = tls == null ? Tls.AUTO : tls;
        port = port <= 0 ? tls.defaultPort() : port;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    boolean auth() {
        return user != null && !user.isBlank();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + ", user=" + user
                + ", password=" + (password == null ? "none" : "****") + ", tls=" + tls + ", timeout=" + timeout + "]";
    }
}
