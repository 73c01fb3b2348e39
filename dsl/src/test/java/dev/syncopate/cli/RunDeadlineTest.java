package dev.syncopate.cli;

import dev.syncopate.execute.StopSignal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    void whenTheTimeIsUpTheRunIsStoppedAndAfterTheGraceEnded() throws Exception {
        StopSignal stop = new StopSignal();
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        try (RunDeadline d = RunDeadline.start(Duration.ofMillis(50), stop, Duration.ofMillis(50), errStream,
                halted::complete)) {
            assertEquals(24, halted.get(10, TimeUnit.SECONDS));
        }
        assertEquals("timed out after 0s", stop.reason());   // whole seconds: 50 ms shows as 0s
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("syncopate: timed out after 0s, and the run"
                + " did not stop within 0s of that; ending it (exit 24)"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRunThatEndsAfterTheStopButWithinTheGraceIsNotEnded() throws Exception {
        StopSignal stop = new StopSignal();
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        RunDeadline d = RunDeadline.start(Duration.ofMillis(20), stop, Duration.ofMillis(500), errStream,
                halted::complete);
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
                code -> { throw new AssertionError("halted"); });
        d.close();
        Thread.sleep(400);
        assertNull(stop.reason());
    }
}
