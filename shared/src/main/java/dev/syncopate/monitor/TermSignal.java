package dev.syncopate.monitor;

/**
 * SIGTERM (systemd's stop, {@code kill}) as a call instead of the JVM's abrupt shutdown, while a
 * monitor runs: the monitor then stops its pass, writes its summary and returns its exit code.
 * Without this the JVM would exit 143 in the middle of a pass.
 *
 * <pre>{@code
 * try (TermSignal term = TermSignal.onTerm(monitor::terminate)) {
 *     code = monitor.run(pass);
 * }   // the JVM's own handling is back
 * }</pre>
 *
 * <p>Uses {@code sun.misc.Signal} (module jdk.unsupported, in every JDK); where TERM cannot be
 * handled, nothing changes and SIGTERM ends the JVM as before.
 */
@SuppressWarnings("restriction")
public final class TermSignal implements AutoCloseable {
    private final sun.misc.SignalHandler previous;

    private TermSignal(sun.misc.SignalHandler previous) {
        this.previous = previous;
    }

    /** Calls {@code action} on SIGTERM until closed. */
    public static TermSignal onTerm(Runnable action) {
        try {
            return new TermSignal(sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> action.run()));
        } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
            return new TermSignal(null);
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), previous);
        }
    }
}
