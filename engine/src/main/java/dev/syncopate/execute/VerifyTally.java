package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /VERIFY}'s count of copies read back and matched their source, and of those that did not,
 * kept by the copy workers and handed to the log as one {@link SyncEvent.Verified} at the end.
 *
 * <pre>{@code
 * tally.verified(1024);                 // on a copy worker
 * tally.event();                        // Verified[files=1, bytes=1024, mismatched=0]
 * }</pre>
 */
public final class VerifyTally {
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong mismatched = new AtomicLong();

    /** A copy whose read-back matched the source. */
    void verified(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    /** A copy that still differed from its source after its retries: it was not put in place. */
    void mismatched() {
        mismatched.incrementAndGet();
    }

    /** The run's tally as the event the log words ({@code log.VerifiedLine}). */
    SyncEvent.Verified event() {
        return new SyncEvent.Verified(files.get(), bytes.get(), mismatched.get());
    }
}
