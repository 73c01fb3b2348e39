package dev.syncopate.cli;

/**
 * Ends a command with an exit code and one line for stderr; thrown from anywhere in a command and
 * turned into {@code syncopate: <message>} by {@link Errors}.
 *
 * <pre>{@code
 * throw new ExitException(16, "missing command (see syncopate --help)");
 * }</pre>
 */
public final class ExitException extends RuntimeException {
    private final int code;

    public ExitException(int code, String message) {
        super(message);
        this.code = code;
    }

    public ExitException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
