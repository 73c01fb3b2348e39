package dev.syncopate.dsl.alert;

import dev.syncopate.secret.CredentialSources;
import dev.syncopate.secret.Secrets;

import jakarta.mail.AuthenticationFailedException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Turns an exception chain into the short cause words of an {@link AlertException}. */
final class Causes {
    /** The words for a server that does not offer the STARTTLS the settings require. */
    static final String NO_STARTTLS = "server does not offer STARTTLS";

    private Causes() {
    }

    static String of(Throwable t, Duration timeout, Secrets secrets) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String words = words(c, timeout);
            if (words != null) {
                return words;
            }
        }
        String m = secrets.maskedMessage(t);
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static String words(Throwable c, Duration timeout) {
        String m = String.valueOf(c.getMessage());
        return switch (c) {
            case AuthenticationFailedException a -> "authentication failed";
            case ConnectException e when m.contains("timed out") -> "timed out after " + CredentialSources.seconds(timeout);
            case ConnectException e -> "connection refused";
            case NoRouteToHostException e -> "no route to host";
            case UnknownHostException e -> "unknown host";
            case SocketTimeoutException e -> "timed out after " + CredentialSources.seconds(timeout);
            case HttpConnectTimeoutException e -> "timed out after " + CredentialSources.seconds(timeout);
            case HttpTimeoutException e -> "timed out after " + CredentialSources.seconds(timeout);
            case SSLException e -> "TLS handshake failed";
            case java.nio.file.NoSuchFileException e -> "attachment " + m + " does not exist";
            default -> m.contains("STARTTLS is required") ? NO_STARTTLS : null;
        };
    }
}
