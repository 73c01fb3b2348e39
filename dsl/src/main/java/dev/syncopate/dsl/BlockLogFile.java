package dev.syncopate.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a line the engine never got to write into a block's {@code log} file (or {@code robocopy}'s
 * {@code /LOG}): why the sync did not start. The file is the first place an admin looks the next morning.
 *
 * <pre>{@code
 * BlockLogFile.append(Path.of("/var/log/docs.log"), true, "syncopate: nightly.sync.groovy:3: ...\n");
 * }</pre>
 */
public final class BlockLogFile {
    private BlockLogFile() {
    }

    /** Appends (or, when {@code append} is false, replaces the file with) {@code text}; null file: nothing. */
    public static void append(Path file, boolean append, String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            // The line is on stderr already; a log file that cannot be written is no second error.
        }
    }
}
