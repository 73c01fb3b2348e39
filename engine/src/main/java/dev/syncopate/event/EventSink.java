package dev.syncopate.event;

/**
 * Receives a run's events, in order, from one thread.
 *
 * <pre>{@code
 * EventSink print = e -> System.out.println(e);
 * EventSink both = EventSink.all(print, summaryCounter);
 * }</pre>
 */
@FunctionalInterface
public interface EventSink {
    void accept(SyncEvent event);

    /** Flushes and releases what the sink holds; called once after {@link SyncEvent.JobFinished}. */
    default void close() {
    }

    /** A sink that hands every event to each of {@code sinks}, in order. */
    static EventSink all(EventSink... sinks) {
        return new EventSink() {
            @Override
            public void accept(SyncEvent event) {
                for (EventSink s : sinks) {
                    s.accept(event);
                }
            }

            @Override
            public void close() {
                for (EventSink s : sinks) {
                    s.close();
                }
            }
        };
    }
}
