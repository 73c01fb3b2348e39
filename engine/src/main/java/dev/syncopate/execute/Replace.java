package dev.syncopate.execute;

import dev.syncopate.fs.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renames a finished temp file over its target so readers see the old file or the new one, never half. */
final class Replace {
    private Replace() {
    }

    static void atomically(Path temp, Path target) throws IOException {
        AtomicFile.replace(temp, target);
    }

    /** Removes a temp file after a failure without hiding the failure: a second error is attached to it. */
    static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
