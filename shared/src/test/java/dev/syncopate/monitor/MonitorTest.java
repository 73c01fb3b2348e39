package dev.syncopate.monitor;

import dev.syncopate.execute.StopSignal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitor loop on scripted changes and a clock that moves only when the monitor waits. */
class MonitorTest {
    private static final Path SRC = Path.of("/srv/inbox");

    private final StopSignal stop = new StopSignal();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
    /** Each take() returns the next batch and moves the clock on by its wait; when none are left, it stops the run. */
    private final Deque<Set<Path>> batches = new ArrayDeque<>();
    private final List<Instant> passStarts = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private Runnable whenDone = () -> stop.stop("timed out after 1h");

    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };

    private Monitor monitor(WatchPolicy policy) {
        return new Monitor(policy, SRC, stop, out, clock, root -> new SourceChanges() {
            public Set<Path> take(Duration wait) {
                now = now.plus(wait);
                if (batches.isEmpty()) {
                    whenDone.run();
                    return Set.of();
                }
                return batches.poll();
            }

            public void close() { }
        });
    }

    private int pass() {
        passStarts.add(now);
        return 1;
    }

    @Test
    void runsAgainOnceEnoughChangesWereSeenEachCountedOnce() {
        // /MON:2: more than 2 changes. a.txt twice is one change, so the third batch starts the pass.
        batches.addAll(List.of(Set.of(SRC.resolve("a.txt")), Set.of(SRC.resolve("a.txt"), SRC.resolve("b.txt")),
                Set.of(SRC.resolve("c.txt")), Set.of()));
        int code = monitor(WatchPolicy.robocopy(2, null)).run(this::pass);

        assertEquals(2, passStarts.size());
        assertEquals(Instant.parse("2026-12-07T10:00:00.700Z"), passStarts.get(1),
                "after the third wait of 200 ms and 100 ms of quiet");
        assertTrue(text.toString().contains("  Monitor : 3 changes seen, running again"), text.toString());
        assertEquals(1 | 8, code, "stopped by a timeout: failed, as any stopped run");
    }

    @Test
    void motWaitsItsMinutesAfterThePassThenRunsIfAnythingChanged() {
        batches.add(Set.of(SRC.resolve("a.txt")));
        for (int i = 0; i < 400; i++) {
            batches.add(Set.of());   // 400 × 200 ms = 80 s of quiet after the change
        }
        monitor(WatchPolicy.robocopy(null, 1)).run(this::pass);

        assertEquals(2, passStarts.size());
        assertEquals(Duration.ofMinutes(1).plusMillis(100), Duration.between(passStarts.get(0), passStarts.get(1)),
                "a minute, then 100 ms of quiet");
    }

    @Test
    void aBurstOfChangesEndsBeforeThePassStarts() {
        // A file written in pieces: the pass waits for 100 ms without a change, then counts them all.
        Path big = SRC.resolve("big.iso");
        batches.addAll(List.of(Set.of(big), Set.of(big), Set.of(big, SRC.resolve("big.iso.md5")), Set.of()));
        monitor(new WatchPolicy(1, Duration.ZERO)).run(this::pass);

        assertEquals(2, passStarts.size());
        assertEquals(Instant.parse("2026-12-07T10:00:00.500Z"), passStarts.get(1), "200 ms, then 3 × 100 ms");
        assertTrue(text.toString().contains("  Monitor : 2 changes seen, running again"), text.toString());
    }

    @Test
    void nothingChangedMeansNoSecondPass() {
        for (int i = 0; i < 50; i++) {
            batches.add(Set.of());
        }
        monitor(new WatchPolicy(1, Duration.ZERO)).run(this::pass);
        assertEquals(1, passStarts.size());
    }

    @Test
    void terminateEndsItWithTheSummaryAndThePassesCode() {
        Monitor m = monitor(new WatchPolicy(1, Duration.ZERO));
        batches.addAll(List.of(Set.of(SRC.resolve("a.txt")), Set.of()));
        whenDone = m::terminate;   // SIGTERM while waiting

        int code = m.run(this::pass);

        assertEquals(1, code, "SIGTERM is the normal end of a monitor: no 8");
        assertEquals(2, passStarts.size());
        assertTrue(text.toString().endsWith("  Monitor : ended (stopped by SIGTERM) after 2 passes, exit code 1"
                + System.lineSeparator()), text.toString());
    }

    @Test
    void aSourceThatCannotBeWatchedIsFatal() {
        Monitor m = new Monitor(new WatchPolicy(1, Duration.ZERO), SRC, stop, out, clock, root -> {
            throw new java.nio.file.NoSuchFileException(root.toString());
        });
        assertEquals(1 | 16, m.run(this::pass), "the pass reports the source's problem; the monitor adds 16");
        assertEquals(1, passStarts.size());
        assertTrue(text.toString().contains("  Monitor : ended (cannot watch /srv/inbox: /srv/inbox) after 1 pass,"
                + " exit code 17"), text.toString());
    }
}
