package dev.syncopate.execute.throttle;

import dev.syncopate.options.Bandwidth;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.Collections;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wrapper a throttled copy writes through: every byte arrives, at the pace asked for. */
class ThrottledChannelTest {
    private static final int BLOCK = ThrottledChannel.BLOCK;

    private final FakePaceClock clock = new FakePaceClock();
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final WritableByteChannel out = Channels.newChannel(sink);

    @Test
    void noLimitHandsBackTheChannelItself() {
        assertSame(out, Throttle.of(Bandwidth.NONE, clock).around(out));
        assertSame(Throttle.NONE, Throttle.of(Bandwidth.NONE, clock));
    }

    @Test
    void packetGapPausesAfterEach64KibAsRobocopysIpg() throws IOException {
        WritableByteChannel paced = Throttle.of(new Bandwidth(0, Duration.ofMillis(50)), clock).around(out);
        byte[] data = random(10 * BLOCK + 100);
        // In 8 KiB writes, as the JDK's transferTo hands them over.
        for (int at = 0; at < data.length; at += 8192) {
            paced.write(ByteBuffer.wrap(data, at, Math.min(8192, data.length - at)));
        }
        assertArrayEquals(data, sink.toByteArray());
        assertEquals(Collections.nCopies(10, 50_000_000L), clock.sleeps, "one gap per full 64 KiB block");
    }

    @Test
    void aBigWriteIsBookedBlockByBlockAtTheRate() throws IOException {
        WritableByteChannel paced = Throttle.of(new Bandwidth(1 << 20, Duration.ZERO), clock).around(out);
        byte[] data = random(4 << 20);
        assertEquals(data.length, paced.write(ByteBuffer.wrap(data)));
        assertArrayEquals(data, sink.toByteArray());
        assertEquals(4.0, clock.seconds(), 0.07);
        assertTrue(clock.sleeps.size() >= 60, "a sleep per block, not one for the whole write: " + clock.sleeps.size());
    }

    @Test
    void anInterruptWhileWaitingFailsTheWriteAndKeepsTheInterrupt() {
        PaceClock interrupted = new PaceClock() {
            public long nanoTime() { return clock.nanoTime(); }
            public void sleepNanos(long nanos) throws InterruptedException { throw new InterruptedException(); }
        };
        WritableByteChannel paced = Throttle.of(new Bandwidth(1 << 20, Duration.ZERO), interrupted).around(out);
        try {
            assertThrows(InterruptedIOException.class, () -> paced.write(ByteBuffer.wrap(random(4 * BLOCK))));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
