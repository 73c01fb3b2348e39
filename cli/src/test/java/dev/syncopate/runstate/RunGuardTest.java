package dev.syncopate.runstate;

import dev.syncopate.dsl.ScriptRunner.Outcome;
import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run under its lock, recorded: the normal run, the refused one, the takeover, no state directory, a bug. */
class RunGuardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T23:00:01Z"), ZoneId.of("UTC"));
    private static final Summary TOTALS = new Summary(new Counts(2, 1, 1, 0, 0, 0), new Counts(5, 3, 2, 0, 0, 1),
            new Counts(500, 300, 200, 0, 0, 0), Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    @TempDir
    Path tmp;
    private Path script;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger bodies = new AtomicInteger();

    @BeforeEach
    void script() throws IOException {
        script = Files.writeString(tmp.resolve("nightly.sync.groovy"), "");
    }

    private RunGuard guard(Path stateDir) {
        return new RunGuard(stateDir, new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    private Outcome body(Outcome o) {
        bodies.incrementAndGet();
        return o;
    }

    private List<RunRecord> history() throws IOException {
        return new RunJournal(RunFiles.of(tmp.resolve("state"), script).journal()).last(100);
    }

    @Test
    void aRunIsRecordedWithItsCountsAndErrorAndReleasesTheLock() throws IOException {
        Outcome o = new Outcome(17, "nightly.sync.groovy:3: boom", null, TOTALS, null);
        assertSame(o, guard(tmp.resolve("state")).run(script, true, () -> body(o)));

        RunRecord r = history().getFirst();
        assertEquals(List.of(17), List.of(r.exit()));
        assertEquals("nightly.sync.groovy:3: boom", r.note());
        assertTrue(r.dryRun());
        assertEquals(TOTALS.files(), r.files());
        assertEquals(ProcessHandle.current().pid(), r.pid());
        assertEquals("", Files.readString(RunFiles.of(tmp.resolve("state"), script).lock()));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNoteIsRecordedRatherThanTheError() throws IOException {
        Outcome o = new Outcome(16, "stopped", null).withNote("timed out after 2s");
        guard(tmp.resolve("state")).run(script, false, () -> o);
        assertEquals("timed out after 2s", history().getFirst().note());
    }

    @Test
    void aRunWhileAnotherHoldsTheLockIsRefusedAtOnceAndRecorded() throws IOException {
        RunFiles f = RunFiles.of(tmp.resolve("state"), script);
        try (LockHolder other = LockHolder.start(f.lock(), Instant.parse("2026-11-20T22:59:00Z"))) {
            Outcome o = guard(tmp.resolve("state")).run(script, false, () -> body(new Outcome(0, null, null)));

            String message = "already running (pid " + other.pid() + ", since 22:59:00)";
            assertEquals(16, o.exitCode());
            assertEquals(message, o.error());
            assertEquals(0, bodies.get(), "the script never ran");
            RunRecord r = history().getFirst();
            assertEquals(List.of(16, message), List.of(r.exit(), r.note()));
            assertEquals(Counts.ZERO, r.files());
        }
    }

    @Test
    void aStaleLockIsTakenOverSaidOnStderrAndTheKilledRunRecorded() throws IOException {
        RunFiles f = RunFiles.of(tmp.resolve("state"), script);
        LockHolder other = LockHolder.start(f.lock(), Instant.parse("2026-11-20T22:00:00Z"));
        other.kill();

        Outcome o = guard(tmp.resolve("state")).run(script, false, () -> body(new Outcome(1, null, null, TOTALS, null)));

        assertEquals(1, o.exitCode());
        assertEquals("syncopate: the previous run (pid " + other.pid() + ", started 22:00:00) did not finish;"
                + " taking over its lock\n", err.toString(StandardCharsets.UTF_8));
        List<RunRecord> runs = history();
        assertEquals(2, runs.size());
        assertEquals("did not finish (pid " + other.pid() + " ended without recording a result)", runs.getFirst().note());
        assertNull(runs.getFirst().exit());
        assertEquals(Instant.parse("2026-11-20T22:00:00Z"), runs.getFirst().start().toInstant());
        assertEquals(1, runs.getLast().exit());
        assertInstanceOf(RunLock.Free.class, RunLock.probe(f.lock()));
    }

    @Test
    void withoutAStateDirectoryNothingRuns() throws IOException {
        Path notADir = Files.writeString(tmp.resolve("file"), "");

        Outcome o = guard(notADir.resolve("state")).run(script, false, () -> body(new Outcome(0, null, null)));

        assertEquals(16, o.exitCode());
        assertEquals("cannot create the run lock " + RunFiles.of(notADir.resolve("state"), script).lock()
                + ": Not a directory (set SYNCOPATE_STATE_DIR to a writable folder; without the lock two runs"
                + " could overlap)", o.error());
        assertEquals(0, bodies.get());
    }

    @Test
    void aBugInTheRunIsRecordedAndTheLockReleased() throws IOException {
        IllegalStateException bug = new IllegalStateException("secret=hunter2");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> guard(tmp.resolve("state")).run(script, false, () -> {
                    throw bug;
                })));
        RunRecord r = history().getFirst();
        assertEquals(List.of(16, "internal error (IllegalStateException)"), List.of(r.exit(), r.note()));
        assertInstanceOf(RunLock.Free.class, RunLock.probe(RunFiles.of(tmp.resolve("state"), script).lock()));
    }
}
