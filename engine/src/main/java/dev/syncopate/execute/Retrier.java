package dev.syncopate.execute;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Robocopy's {@code /R:n /W:n}: runs an attempt up to 1 + n times with the wait between, and turns
 * each failure into the error line Robocopy would print.
 *
 * <pre>{@code
 * Retrier retrier = new Retrier(3, Duration.ofSeconds(5), Clock.systemDefaultZone(), Sleeper.SYSTEM);
 * Retrier.Outcome<CopyResult> o = retrier.run("Copying File", source, () -> copier.copy(request));
 * events.addAll(o.events());           // ERROR lines, then "ERROR: RETRY LIMIT EXCEEDED." if all failed
 * if (o.succeeded()) ... else hooks.onError(view, o.failure().getMessage());
 * }</pre>
 *
 * <p>The events for a file that fails three times with {@code /R:2 /W:5}:
 * <pre>
 * ErrorLine(code 5, retrying=true,  wait 5s)
 * ErrorLine(code 5, retrying=true,  wait 5s)
 * ErrorLine(code 5, retrying=false, wait 0s)
 * Notice("ERROR: RETRY LIMIT EXCEEDED.")
 * </pre>
 *
 * <p>Not retried, since waiting cannot help: a {@link NoSuchFileException} for the very
 * {@code path} being worked on (the file vanished since the listing; one error line, no retry
 * notice), and an interrupted thread (a timeout or a cancelled run). Access denied is retried, as
 * Robocopy does: another program's lock often goes away. Thread-safe; share one per run.
 */
public final class Retrier {
    public static final String RETRY_LIMIT_EXCEEDED = "ERROR: RETRY LIMIT EXCEEDED.";

    /** One try of the work; throws to ask for another. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException;
    }

    /**
     * How it ended.
     *
     * @param value   what the successful attempt returned, or null after a failure
     * @param failure the last failure, or null on success
     * @param events  error lines and notices to log, in order; empty when the first try worked
     */
    public record Outcome<T>(T value, IOException failure, List<SyncEvent> events) {
        public Outcome {
            events = List.copyOf(events);
        }

        public boolean succeeded() {
            return failure == null;
        }
    }

    private final int retries;
    private final Duration wait;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param retries /R:n, tries after the first
     * @param wait    /W:n, the pause before each retry
     * @param clock   stamps the error lines
     * @param sleeper waits; {@link Sleeper#SYSTEM} in production
     */
    public Retrier(int retries, Duration wait, Clock clock, Sleeper sleeper) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        this.retries = retries;
        this.wait = Objects.requireNonNull(wait, "wait");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Runs {@code attempt} until it succeeds or the tries are used up. Never throws an
     * IOException: failures are in the outcome.
     *
     * @param action Robocopy's words for the log line, e.g. {@code Copying File}; an action ending
     *               in {@code Directory} reports a missing path as error 3 instead of 2
     * @param path   the path the log line shows, usually the source
     */
    public <T> Outcome<T> run(String action, Path path, Attempt<T> attempt) {
        boolean directory = action.endsWith("Directory");
        List<SyncEvent> events = new ArrayList<>(0);
        for (int tryNo = 0; ; tryNo++) {
            IOException failure;
            try {
                return new Outcome<>(attempt.run(), null, events);
            } catch (IOException e) {
                failure = e;
            } catch (UncheckedIOException e) {
                failure = e.getCause();
            }
            boolean hopeless = vanished(failure, path) || interrupted(failure);
            boolean last = hopeless || tryNo >= retries;
            ErrorCodes.Code c = ErrorCodes.of(failure, directory);
            events.add(new SyncEvent.ErrorLine(clock.instant(), c.code(), action, path, c.message(), !last,
                    last ? Duration.ZERO : wait));
            if (last) {
                if (!hopeless) {
                    events.add(new SyncEvent.Notice(RETRY_LIMIT_EXCEEDED));
                }
                return new Outcome<>(null, failure, events);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                // The run is being stopped: keep the flag for the caller and give up on this file.
                Thread.currentThread().interrupt();
                return new Outcome<>(null, failure, events);
            }
        }
    }

    private static boolean vanished(IOException e, Path path) {
        return e instanceof NoSuchFileException n && path.toString().equals(n.getFile());
    }

    private static boolean interrupted(IOException e) {
        return e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted();
    }
}
