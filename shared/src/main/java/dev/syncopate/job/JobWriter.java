package dev.syncopate.job;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes job files ({@code /SAVE:name}).
 *
 * <pre>{@code
 * JobWriter.write(JobSnapshot.of(options), JobFile.pathFor("nightly"));   // nightly.yaml
 * String yaml = JobWriter.toYaml(job);                                   // for /QUIT
 * }</pre>
 */
public final class JobWriter {
    private JobWriter() {
    }

    /** The job as YAML text; settings left unset are not written. */
    public static String toYaml(JobFile job) {
        try {
            return JobYaml.MAPPER.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);   // cannot happen for records of strings, numbers and lists
        }
    }

    /**
     * Writes the job to {@code file}, replacing it.
     *
     * @throws JobFileException naming the file when it cannot be written
     */
    public static void write(JobFile job, Path file) {
        try {
            Files.writeString(file, toYaml(job), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JobFileException("cannot save job file " + file + ": " + reason(e), e);
        }
    }

    static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
