package dev.syncopate.event;

import dev.syncopate.classify.FileClass;
import dev.syncopate.options.SyncOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What a run reports, in log order: the engine emits these from one thread and sinks (the
 * Robocopy log, the JSON report, the progress line, the summary counter) consume them.
 *
 * <pre>{@code
 * switch (event) {
 *     case SyncEvent.FileLine f when f.disposition() == Disposition.COPY -> copied++;
 *     case SyncEvent.ErrorLine e -> errors.add(e.message());
 *     default -> { }
 * }
 * }</pre>
 */
public sealed interface SyncEvent {

    /** The run begins; the header is written from this. */
    record JobStarted(SyncOptions options, Instant at) implements SyncEvent {
    }

    /**
     * A directory line.
     *
     * @param path     relative path with {@code /} separators, {@code ""} for the root
     * @param location the absolute path Robocopy shows: the source directory, or the destination for extras
     * @param status   how the directory compares
     * @param files    number of files in the source directory (-1 for extras, as Robocopy prints)
     */
    record DirectoryLine(String path, Path location, DirStatus status, long files) implements SyncEvent {
    }

    /**
     * A file line: what was decided about one file and, once done, whether it worked.
     *
     * @param path        relative path with {@code /} separators
     * @param source      the source file, or null for an extra
     * @param target      the destination file
     * @param kind        its class
     * @param disposition what happened
     * @param reason      why it was excluded or vetoed (Robocopy's word: {@code named}, {@code large}, ...), or null
     * @param size        bytes (source side; destination side for extras)
     * @param modified    modification time (same side as size)
     */
    record FileLine(String path, Path source, Path target, FileClass kind, Disposition disposition, String reason,
                    long size, Instant modified) implements SyncEvent {
    }

    /**
     * An error line, Robocopy's {@code YYYY/MM/DD hh:mm:ss ERROR n (0x%08X) Action path} plus message.
     *
     * @param at       when it happened
     * @param code     a Windows error code (2 not found, 5 access denied, ...), see {@link ErrorCodes}
     * @param action   Robocopy's words: {@code Copying File}, {@code Scanning Source Directory}, ...
     * @param path     the path concerned
     * @param message  the explanation line
     * @param retrying true when a retry follows after {@code wait}
     * @param waitTime the pause before the retry
     */
    record ErrorLine(Instant at, int code, String action, Path path, String message, boolean retrying,
                     Duration waitTime) implements SyncEvent {
    }

    /**
     * What {@code /VERIFY} checked, once after the file list: copies read back and matched their
     * source, and those that did not (each also has its own error line). The log words it.
     *
     * @param files      copies whose read-back matched
     * @param bytes      their bytes
     * @param mismatched copies that still differed after their retries and were not put in place
     */
    record Verified(long files, long bytes, long mismatched) implements SyncEvent {
    }

    /**
     * A free-text line: warnings and notices such as {@code ERROR: RETRY LIMIT EXCEEDED.}
     *
     * @param failure true for a failure that has no file or error line of its own (a {@code /MAXDEL}
     *                refusal, a {@code beforeDelete} hook that threw, a stopped run): it sets exit
     *                bit 8, as the summary counter reads it from this event alone
     */
    record Notice(String text, boolean failure) implements SyncEvent {

        /** A notice that is not a failure. */
        public Notice(String text) {
            this(text, false);
        }

        /** A notice that is the only record of a failure, so it sets exit bit 8. */
        public static Notice ofFailure(String text) {
            return new Notice(text, true);
        }
    }

    /** Running totals of files and bytes copied so far: drives the live progress line only. */
    record Progress(long files, long bytes) implements SyncEvent {
    }

    /** The run ends: the summary table and {@code Ended :} are written from this. */
    record JobFinished(Summary summary, Instant at, int exitCode) implements SyncEvent {
    }
}
