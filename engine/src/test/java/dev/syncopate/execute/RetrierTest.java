package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetrierTest {
    private static final Instant T0 = Instant.parse("2025-03-01T23:00:00Z");
    private static final Duration W = Duration.ofSeconds(5);
    private static final Path SRC = Path.of("/srv/docs/a.txt");
    private static final String COPYING = "Copying File";

    /** A clock that the fake sleeper moves forward, so timestamps show the waits. */
    private final FakeClock clock = new FakeClock();
    private final List<Duration> slept = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        slept.add(d);
        clock.now = clock.now.plus(d);
    };

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void firstTrySucceedsQuietly() {
        Retrier.Outcome<String> o = new Retrier(3, W, clock, sleeper).run(COPYING, SRC, () -> "done");
        assertTrue(o.succeeded());
        assertEquals("done", o.value());
        assertEquals(List.of(), o.events());
        assertEquals(List.of(), slept);
    }

    @Test
    void failuresThenSuccessAreLoggedAsRetries() {
        int[] calls = {0};
        Retrier.Outcome<String> o = new Retrier(3, W, clock, sleeper).run(COPYING, SRC, () -> {
            if (++calls[0] < 3) {
                throw new AccessDeniedException(SRC.toString());
            }
            return "done";
        });
        assertTrue(o.succeeded());
        assertEquals(List.of(denied(T0, true), denied(T0.plusSeconds(5), true)), o.events());
        assertEquals(List.of(W, W), slept);
    }

    @Test
    void allTriesFailingEndsWithTheRetryLimitNotice() {
        Retrier.Outcome<String> o = new Retrier(2, W, clock, sleeper).run(COPYING, SRC, () -> {
            throw new AccessDeniedException(SRC.toString());
        });
        assertFalse(o.succeeded());
        assertNull(o.value());
        assertInstanceOf(AccessDeniedException.class, o.failure());
        assertEquals(List.of(
                denied(T0, true),
                denied(T0.plusSeconds(5), true),
                denied(T0.plusSeconds(10), false),
                new SyncEvent.Notice("ERROR: RETRY LIMIT EXCEEDED.")), o.events());
        assertEquals(List.of(W, W), slept);
    }

    @Test
    void noRetriesMeansOneErrorAndTheNotice() {
        Retrier.Outcome<String> o = new Retrier(0, W, clock, sleeper).run(COPYING, SRC, () -> {
            throw new AccessDeniedException(SRC.toString());
        });
        assertEquals(List.of(denied(T0, false), new SyncEvent.Notice(Retrier.RETRY_LIMIT_EXCEEDED)), o.events());
        assertEquals(List.of(), slept);
    }

    @Test
    void aVanishedSourceIsReportedOnceWithoutRetrying() {
        int[] calls = {0};
        Retrier.Outcome<String> o = new Retrier(3, W, clock, sleeper).run(COPYING, SRC, () -> {
            calls[0]++;
            throw new NoSuchFileException(SRC.toString());
        });
        assertEquals(1, calls[0]);
        assertEquals(List.of(new SyncEvent.ErrorLine(T0, 2, COPYING, SRC,
                "The system cannot find the file specified.", false, Duration.ZERO)), o.events());
        assertEquals(List.of(), slept);
    }

    @Test
    void anotherMissingPathIsRetried() {
        int[] calls = {0};
        new Retrier(1, W, clock, sleeper).run(COPYING, SRC, () -> {
            calls[0]++;
            throw new NoSuchFileException("/mnt/nas/docs/.syncopate.a.txt.1-2.part");
        });
        assertEquals(2, calls[0], "the destination directory may come back (a remounted share)");
    }

    @Test
    void directoryActionsReportAMissingPathAsError3() {
        Path dir = Path.of("/srv/docs/sub");
        Retrier.Outcome<Void> o = new Retrier(0, W, clock, sleeper).run("Scanning Source Directory", dir, () -> {
            throw new NoSuchFileException(dir.toString());
        });
        assertEquals(new SyncEvent.ErrorLine(T0, 3, "Scanning Source Directory", dir,
                "The system cannot find the path specified.", false, Duration.ZERO), o.events().get(0));
    }

    @Test
    void anInterruptedWaitStopsRetrying() {
        int[] calls = {0};
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };
        Retrier.Outcome<String> o = new Retrier(3, W, clock, interrupted).run(COPYING, SRC, () -> {
            calls[0]++;
            throw new AccessDeniedException(SRC.toString());
        });
        assertEquals(1, calls[0]);
        assertFalse(o.succeeded());
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
    }

    @Test
    void anInterruptedCopyIsNotRetried() {
        Retrier.Outcome<String> o = new Retrier(3, W, clock, sleeper).run(COPYING, SRC, () -> {
            throw new ClosedByInterruptException();
        });
        assertEquals(1, o.events().size());
        assertEquals(List.of(), slept);
    }

    @Test
    void uncheckedIoExceptionsCountAsFailures() {
        Retrier.Outcome<String> o = new Retrier(0, W, clock, sleeper).run(COPYING, SRC, () -> {
            throw new UncheckedIOException(new AccessDeniedException(SRC.toString()));
        });
        assertInstanceOf(AccessDeniedException.class, o.failure());
        assertEquals(denied(T0, false), o.events().get(0));
    }

    private static SyncEvent.ErrorLine denied(Instant at, boolean retrying) {
        return new SyncEvent.ErrorLine(at, 5, COPYING, SRC, "Access is denied.", retrying,
                retrying ? W : Duration.ZERO);
    }

    private static final class FakeClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
