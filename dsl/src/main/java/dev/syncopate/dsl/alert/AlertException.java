package dev.syncopate.dsl.alert;

/**
 * A notification that could not be delivered. The message is the one line the user sees, in the
 * form {@code could not send email to ops@example.com: connection refused}: short cause words,
 * masked, never a password or a stack trace. Callers print it and carry on; an undeliverable
 * alert never changes the run's exit code.
 *
 * <pre>{@code
 * try { webhook.post(url, json); } catch (AlertException e) { log.error(e.getMessage()); }
 * }</pre>
 */
public final class AlertException extends Exception {
    public AlertException(String message) {
        super(message, null, false, false);   // no stack trace: it is never shown
    }

    static AlertException email(String to, String cause) {
        return new AlertException("could not send email to " + to + ": " + cause);
    }

    static AlertException webhook(String url, String cause) {
        return new AlertException("could not post webhook to " + url + ": " + cause);
    }

    static AlertException command(String name, String cause) {
        return new AlertException("could not run command '" + name + "': " + cause);
    }
}
