package dev.syncopate.execute.throttle;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared token bucket on a fake clock: time passes only as the limiter sleeps. */
class RateLimiterTest {
    private static final long MIB = 1 << 20;
    private static final int BLOCK = ThrottledChannel.BLOCK;

    private final FakePaceClock clock = new FakePaceClock();

    @Test
    void twentyMibAtFiveMibPerSecondTakeFourSeconds() throws InterruptedException {
        RateLimiter limit = new RateLimiter(5 * MIB, clock);
        for (long sent = 0; sent < 20 * MIB; sent += BLOCK) {
            limit.acquire(BLOCK);
        }
        // Less by the one burst the bucket starts with (one 64 KiB block at this rate: 12.5 ms).
        assertEquals(4.0 - 0.0125, clock.seconds(), 1e-6);
    }

    @Test
    void callersTakingTurnsShareOneRate() throws InterruptedException {
        // Four copies interleaved, as /MT:4 threads are: together at the rate, not four times it.
        RateLimiter limit = new RateLimiter(5 * MIB, clock);
        for (long sent = 0; sent < 20 * MIB; sent += 4L * BLOCK) {
            for (int copy = 0; copy < 4; copy++) {
                limit.acquire(BLOCK);
            }
        }
        assertEquals(4.0, clock.seconds(), 0.02);
    }

    @Test
    void idleTimeIsNotBankedBeyondOneBurst() throws InterruptedException {
        RateLimiter limit = new RateLimiter(5 * MIB, clock);
        limit.acquire(BLOCK);
        clock.advance(10_000_000_000L);   // ten idle seconds: worth 50 MiB, but the bucket holds 64 KiB
        double before = clock.seconds();
        limit.acquire(BLOCK);             // the burst: no wait
        assertEquals(before, clock.seconds(), 1e-9);
        limit.acquire(5 * MIB);           // the next 5 MiB wait their full second
        assertEquals(before + 1.0, clock.seconds(), 0.02);
    }

    @Test
    void waitsUnderAMillisecondAreCarriedNotSlept() throws InterruptedException {
        RateLimiter limit = new RateLimiter(1L << 30, clock);   // 1 GiB/s: 8 KiB take 7.6 µs
        for (int i = 0; i < 2_000; i++) {
            limit.acquire(8192);
            clock.advance(1_000);
        }
        assertTrue(clock.sleeps.stream().allMatch(n -> n >= 1_000_000), "only sleeps of 1 ms or more: " + clock.sleeps);
        assertEquals(16_384_000 / (double) (1L << 30), clock.seconds(), 0.011);   // the rate, within one 10 ms burst
    }

    @Test
    void theBurstIsOneBlockOrTenMillisecondsAtTheRate() {
        assertEquals(BLOCK, new RateLimiter(MIB, clock).burstBytes());
        assertEquals((1L << 30) / 100, new RateLimiter(1L << 30, clock).burstBytes());
    }

    @Test
    void aRateOfZeroOrLessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(-1, clock));
    }
}
