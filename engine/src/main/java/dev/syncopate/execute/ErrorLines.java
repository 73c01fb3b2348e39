package dev.syncopate.execute;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Robocopy's error line for a failure that is not retried, stamped by the run's clock.
 *
 * <pre>{@code
 * ErrorLines errors = new ErrorLines(clock);
 * events.add(errors.of(e, "Creating Destination Directory", dst));   // ERROR 5 (0x00000005) Creating ...
 * }</pre>
 */
public final class ErrorLines {
    private final Clock clock;

    public ErrorLines(Clock clock) {
        this.clock = clock;
    }

    public SyncEvent.ErrorLine of(IOException e, String action, Path where) {
        ErrorCodes.Code c = ErrorCodes.of(e);
        return new SyncEvent.ErrorLine(clock.instant(), c.code(), action, where, c.message(), false, Duration.ZERO);
    }
}
