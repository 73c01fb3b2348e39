package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code /MAXDEL:n}: if the run's purges would delete more than n entries, delete nothing and
 * fail (exit bit 8), as a run that wants to delete this much is more likely a missing source
 * than a real change. It must know the total before the first delete, so every purge waits for
 * the end of the walk.
 *
 * <p>It wraps the purge route twice, around the {@code beforeDelete} hook and inside it: the
 * outer part holds the purges until {@link Executor#finish}, then asks the hook about all of
 * them in log order; the inner part holds what the hook let through, counts it
 * ({@link MaxDelete}), and then deletes all of it or refuses with one line.
 *
 * <pre>{@code
 * Executor e = MaxDeleteGuard.around(500, deletes, inner -> new BeforeDelete(inner, hooks, stop));
 * e.purge(dir, extras);   // []: held
 * e.finish();             // hook notices, then the deletes' events or "ERROR : /MAXDEL:500 exceeded: ..."
 * }</pre>
 */
final class MaxDeleteGuard {
    private MaxDeleteGuard() {
    }

    /**
     * {@code approval} wraps the purge route in the hooks; {@code deletes} is what carries purges
     * out. A run stopped before the end asks no hook and deletes nothing: the hook step stops
     * asking, and the deletes are {@link Stoppable}.
     */
    static Executor around(long limit, Executor deletes, UnaryOperator<Executor> approval) {
        return new Hold(approval.apply(new Limit(deletes, limit)));
    }

    private record Held(DirectoryContext dir, List<Action.Purge> extras) {
    }

    /** Keeps each directory's extras instead of passing them on; what then becomes of them is {@link #finish}'s. */
    private abstract static class Holding extends ForwardingExecutor {
        protected final List<Held> held = new ArrayList<>();

        Holding(Executor inner) {
            super(inner);
        }

        @Override
        public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
            held.add(new Held(dir, extras));
            return List.of();
        }
    }

    /** Holds every directory's extras until the walk is over, then lets them through in order. */
    private static final class Hold extends Holding {
        Hold(Executor inner) {
            super(inner);
        }

        @Override
        public List<SyncEvent> finish() {
            List<SyncEvent> events = new ArrayList<>();
            for (Held h : held) {
                events.addAll(inner.purge(h.dir(), h.extras()));
            }
            events.addAll(inner.finish());
            return events;
        }
    }

    /** Holds the approved extras, then deletes them all or none. */
    private static final class Limit extends Holding {
        private final long limit;

        Limit(Executor inner, long limit) {
            super(inner);
            this.limit = limit;
        }

        @Override
        public List<SyncEvent> finish() {
            List<SyncEvent> events = new ArrayList<>();
            if (!held.isEmpty()) {
                MaxDelete count = count();
                if (count.exceeded()) {
                    events.add(SyncEvent.Notice.ofFailure(count.message()));
                } else {
                    for (Held h : held) {
                        events.addAll(inner.purge(h.dir(), h.extras()));
                    }
                }
            }
            events.addAll(inner.finish());
            return events;
        }

        private MaxDelete count() {
            long files = 0;
            long dirs = 0;
            long inside = 0;
            boolean uncounted = false;
            for (Held h : held) {
                for (Action.Purge p : h.extras()) {
                    if (!p.target().isDirectory()) {
                        files++;
                        continue;
                    }
                    dirs++;
                    long below = entriesInside(h.dir().destination().resolve(p.target().name()));
                    uncounted |= below < 0;
                    inside += Math.max(0, below);
                }
            }
            return new MaxDelete(limit, files, dirs, inside, uncounted);
        }

        /** How many entries an extra directory holds at any depth, or -1 when it cannot be walked. */
        private static long entriesInside(Path dir) {
            try (Stream<Path> s = Files.walk(dir)) {
                return s.count() - 1;   // the walk includes the directory itself
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
    }
}
