package dev.syncopate.dsl;

/**
 * Why a file failed, as {@code onError} receives it: {@code e.message} is the log's error text.
 *
 * <pre>{@code
 * onError { f, e -> println "could not copy ${f.path}: ${e.message}" }
 * }</pre>
 */
public final class FileError extends RuntimeException {
    FileError(String message) {
        // No stack trace: the failure happened in the engine, and this object only carries its text.
        super(message, null, false, false);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
