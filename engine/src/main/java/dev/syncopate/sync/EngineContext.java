package dev.syncopate.sync;

import dev.syncopate.execute.Sleeper;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What varies between production and tests: the clock, how retries wait, and the time zone that
 * {@code /MAXAGE:YYYYMMDD} dates are read in.
 *
 * <pre>{@code
 * EngineContext test = new EngineContext(Clock.fixed(t0, ZoneOffset.UTC), d -> { }, ZoneOffset.UTC);
 * }</pre>
 */
public record EngineContext(Clock clock, Sleeper sleeper, ZoneId zone) {

    public static EngineContext system() {
        return new EngineContext(Clock.systemDefaultZone(), Sleeper.SYSTEM, ZoneId.systemDefault());
    }
}
