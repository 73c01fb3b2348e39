package dev.syncopate.cli;

import dev.syncopate.execute.StopSignal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunDeadlineTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void whenTheTimeIsUpTheRunIsStoppedAndAfterTheGraceItsAlertsGoOutThenItIsEnded() throws Exception {
        StopSignal stop = new StopSignal();
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        List<String> alerted = new CopyOnWriteArrayList<>();
        try (RunDeadline d = RunDeadline.start(Duration.ofMillis(50), stop, Duration.ofMillis(50), errStream,
                why -> alerted.add(why + (halted.isDone() ? " (after the halt)" : "")), halted::complete)) {
            assertEquals(24, halted.get(10, TimeUnit.SECONDS));
        }
        assertEquals("timed out after 0s", stop.reason());   // whole seconds: 50 ms shows as 0s
        assertEquals(List.of("ended after --timeout 0s: the run did not stop within 0s of the timeout (a hook or the"
                + " script did not return); exit 24"), alerted, "the alerts get the reason, before the halt");
        assertEquals("syncopate: timed out after 0s, and the run did not stop within 0s of that; ending it (exit 24)"
                + " after its onExitCode and notify alerts\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void alertsThatThrowStillEndTheRun() throws Exception {
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        try (RunDeadline d = RunDeadline.start(Duration.ofMillis(10), new StopSignal(), Duration.ofMillis(10),
                errStream, why -> { throw new IllegalStateException("alert failed"); }, halted::complete)) {
            assertEquals(24, halted.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRunThatEndsAfterTheStopButWithinTheGraceIsNotEnded() throws Exception {
        StopSignal stop = new StopSignal();
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        RunDeadline d = RunDeadline.start(Duration.ofMillis(20), stop, Duration.ofMillis(500), errStream,
                why -> { throw new AssertionError("alerted"); }, halted::complete);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!stop.stopped() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(stop.stopped());
        d.close();
        Thread.sleep(700);
        assertFalse(halted.isDone());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRunThatEndsInTimeIsNeverStopped() throws Exception {
        StopSignal stop = new StopSignal();
        RunDeadline d = RunDeadline.start(Duration.ofMillis(200), stop, Duration.ofMillis(10), errStream,
                why -> { throw new AssertionError("alerted"); }, code -> { throw new AssertionError("halted"); });
        d.close();
        Thread.sleep(400);
        assertNull(stop.reason());
    }
}
