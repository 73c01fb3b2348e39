package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Renames a finished temp file over its target so readers see the old file or the new one, never half. */
final class Replace {
    private Replace() {
    }

    static void atomically(Path temp, Path target) throws IOException {
        try {
            // rename(2) on Unix, MoveFileEx(REPLACE_EXISTING) on Windows. REPLACE_EXISTING is ignored
            // by the JDK's own providers with ATOMIC_MOVE, but others (jimfs) need it to replace.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some providers (network, archive) cannot rename atomically: a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
