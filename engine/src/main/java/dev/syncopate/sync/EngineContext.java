package dev.syncopate.sync;

import dev.syncopate.execute.Sleeper;
import dev.syncopate.execute.StopSignal;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What varies between production and tests: the clock, how retries wait, the time zone that
 * {@code /MAXAGE:YYYYMMDD} dates are read in, and the signal that stops a run early
 * ({@code syncopate run --timeout}).
 *
 * <pre>{@code
 * EngineContext test = new EngineContext(Clock.fixed(t0, ZoneOffset.UTC), d -> { }, ZoneOffset.UTC);
 * EngineContext timed = EngineContext.system().withStop(stop);
 * }</pre>
 */
public record EngineContext(Clock clock, Sleeper sleeper, ZoneId zone, StopSignal stop) {

    /** A context whose run is never stopped early. */
    public EngineContext(Clock clock, Sleeper sleeper, ZoneId zone) {
        this(clock, sleeper, zone, new StopSignal());
    }

    public static EngineContext system() {
        return new EngineContext(Clock.systemDefaultZone(), Sleeper.SYSTEM, ZoneId.systemDefault());
    }

    public EngineContext withStop(StopSignal s) {
        return new EngineContext(clock, sleeper, zone, s);
    }
}
