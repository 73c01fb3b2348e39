package dev.syncopate.secret;

/**
 * A password source that could not give a password; the message is one line for the user and
 * never holds the password or a command's output.
 *
 * <pre>{@code
 * throw new CredentialException("passwordFile /etc/x.pw does not exist");
 * }</pre>
 */
public final class CredentialException extends RuntimeException {
    public CredentialException(String message) {
        super(message);
    }
}
