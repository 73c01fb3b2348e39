package dev.syncopate.execute.throttle;

import java.util.ArrayList;
import java.util.List;

/** A clock that sleeps by moving its time on, and records each sleep. */
final class FakePaceClock implements PaceClock {
    long now = 1_000_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }

    double seconds() {
        return (now - 1_000_000_000L) / 1e9;
    }
}
