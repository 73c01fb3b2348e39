package dev.syncopate.dsl.compile;

/**
 * A script that does not compile; the message is {@code nightly.sync.groovy:12:5: unexpected input: '}'}
 * for the first error, with a count of the others.
 */
public final class CompileException extends RuntimeException {
    public CompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
