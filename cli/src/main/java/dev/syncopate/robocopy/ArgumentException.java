package dev.syncopate.robocopy;

/**
 * A {@code robocopy} command line that cannot be run: an unknown switch, a malformed value, a
 * missing directory. The message is the one line the user sees after {@code syncopate: }.
 *
 * <pre>{@code
 * throw new ArgumentException("unknown switch /MIRR (did you mean /MIR?)");
 * }</pre>
 */
public final class ArgumentException extends RuntimeException {
    public ArgumentException(String message) {
        super(message);
    }
}
