package dev.syncopate.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes that a reader sees whole or not at all: a finished temp file renamed over its target. For
 * the copies, reports, metrics and pages Syncopate writes, where a reader (a user, node_exporter, a
 * browser) may look at any moment.
 *
 * <pre>{@code
 * AtomicFile.writeString(Path.of("report.json"), json);   // .report.json.123.tmp, then renamed
 * AtomicFile.replace(temp, target);                        // a temp the caller wrote itself
 * }</pre>
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Renames {@code temp} over {@code target}: atomically where the file system can. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            // rename(2) on Unix, MoveFileEx(REPLACE_EXISTING) on Windows. REPLACE_EXISTING is ignored
            // by the JDK's own providers with ATOMIC_MOVE, but others (jimfs) need it to replace.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some providers (network, archive) cannot rename atomically: a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to a temp file beside {@code target} and renames it over the target;
     * the temp file is gone afterwards, also after a failure. The target's folder must exist.
     */
    public static void writeString(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            replace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
