package dev.syncopate.job;

/**
 * A job file that cannot be read or used. The message starts with the file and line, as in
 * {@code nightly.yaml:4: unknown setting 'mirorr' (did you mean 'mirror'?)}.
 *
 * <pre>{@code
 * try { JobReader.read(Path.of("nightly.yaml")); }
 * catch (JobFileException e) { System.err.println("syncopate: " + e.getMessage()); }
 * }</pre>
 */
public final class JobFileException extends RuntimeException {
    public JobFileException(String message) {
        super(message);
    }

    public JobFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
