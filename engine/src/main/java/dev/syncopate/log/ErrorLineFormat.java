package dev.syncopate.log;

import dev.syncopate.event.SyncEvent.ErrorLine;
import dev.syncopate.fs.PathDisplay;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Error lines as Robocopy writes them, starting in column 1 so they stand out:
 *
 * <pre>{@code
 * 2026/11/22 02:43:12 ERROR 5 (0x00000005) Copying File /srv/docs/a.pst
 * Access is denied.
 * Waiting 5 seconds... Retrying...
 * }</pre>
 *
 * The third line only when a retry follows. When the retries are used up the engine sends the
 * notice {@code ERROR: RETRY LIMIT EXCEEDED.}, which {@link #notice} sets between blank lines as
 * Robocopy does. Paths of directory actions ({@code Scanning Source Directory}, {@code Creating
 * Destination Directory}) end with the separator, as Robocopy prints directories.
 *
 * <pre>{@code
 * List<String> lines = ErrorLineFormat.lines(event, ZoneId.systemDefault());
 * }</pre>
 */
public final class ErrorLineFormat {
    /** The notice the engine sends after the last failed try of an item. */
    public static final String RETRY_LIMIT_EXCEEDED = "ERROR: RETRY LIMIT EXCEEDED.";

    private ErrorLineFormat() {
    }

    /** The lines of one error, without line terminators. */
    public static List<String> lines(ErrorLine e, ZoneId zone) {
        List<String> out = new ArrayList<>(3);
        String action = e.action() == null ? "" : e.action();
        String path = e.path() == null ? "" : action.endsWith("Directory")
                ? LogText.withSeparator(e.path()) : PathDisplay.of(e.path());
        out.add(String.format(Locale.ROOT, "%s ERROR %d (0x%08X) %s %s",
                LogText.stamp(e.at(), zone), e.code(), e.code(), action, path));
        if (e.message() != null && !e.message().isBlank()) {
            // An exception message may span lines; each becomes a log line, never a raw CR.
            e.message().strip().lines().map(String::stripTrailing).forEach(out::add);
        }
        if (e.retrying()) {
            long seconds = e.waitTime() == null ? 0 : e.waitTime().toSeconds();
            out.add("Waiting " + seconds + " seconds... Retrying...");
        }
        return out;
    }

    /** A notice's lines: its text, framed by blank lines when it is the retry-limit message. */
    public static List<String> notice(String text) {
        return RETRY_LIMIT_EXCEEDED.equals(text) ? List.of("", text, "") : List.of(text);
    }
}
