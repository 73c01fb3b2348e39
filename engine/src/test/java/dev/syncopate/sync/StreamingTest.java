package dev.syncopate.sync;

import dev.syncopate.execute.TempNames;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tree of 20,000 files in 200 directories: the run completes with the right counts, and the
 * copies ahead of the log stay bounded (the walk waits for the oldest copy instead of queueing
 * the whole tree). Sampled from afterCopy, which runs as each file's line is emitted: files
 * already renamed into place minus files emitted is the work done but not yet reported.
 */
class StreamingTest {
    private static final int TOP = 20;
    private static final int SUB = 10;
    private static final int FILES = 100;
    private static final int THREADS = 4;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyThousandFilesWithBoundedWorkInFlight() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            for (int t = 0; t < TOP; t++) {
                for (int s = 0; s < SUB; s++) {
                    Path dir = Files.createDirectories(h.src.resolve("t" + t).resolve("s" + s));
                    for (int f = 0; f < FILES; f++) {
                        Files.writeString(dir.resolve("f" + f), "t" + t + "s" + s + "f" + f);
                    }
                }
            }
            int[] emitted = {0};
            long[] worstAhead = {0};
            SyncHooks sampler = new SyncHooks() {
                @Override
                public void afterCopy(FileView f) {
                    emitted[0]++;
                    if (emitted[0] % 1000 == 0) {
                        worstAhead[0] = Math.max(worstAhead[0], countFiles(h.dst) - emitted[0]);
                    }
                }
            };
            Harness.Run r = h.run(b -> b.mirror().threads(THREADS).hooks(sampler));

            int total = TOP * SUB * FILES;
            assertEquals(1, r.code());
            assertEquals(total + " " + total + " 0 0 0 0", r.files());
            assertEquals((1 + TOP + TOP * SUB) + " " + (1 + TOP + TOP * SUB) + " 0 0 0 0", r.dirs(), "the root is new too");
            assertEquals(total, emitted[0]);
            assertEquals(total, countFiles(h.dst));
            // OrderedOutput holds at most max(64, 32 × threads) copies ahead of the log.
            assertTrue(worstAhead[0] <= Math.max(64, 32 * THREADS), "copies ahead of the log: " + worstAhead[0]);

            Harness.Run again = h.run(b -> b.mirror().threads(THREADS));
            assertEquals(0, again.code());
            assertEquals(total + " 0 " + total + " 0 0 0", again.files());
        }
    }

    /**
     * While one copy is stuck (its retry wait blocks), the walk must not run ahead through the
     * rest of the tree buffering every later line: that would make memory grow with the tree. The
     * filter hook counts how far planning got while the copy was held.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStuckCopyHoldsTheWalkBack() throws Exception {
        try (Harness h = new Harness(Trees.Fs.UNIX)) {
            Files.createDirectories(h.src);
            Files.writeString(h.src.resolve("a"), "stuck");
            for (int d = 0; d < 100; d++) {
                Path s = Files.createDirectories(h.src.resolve("d" + d));
                Path t = Files.createDirectories(h.dst.resolve("d" + d));
                for (int f = 0; f < 100; f++) {
                    Files.writeString(s.resolve("f" + f), "x");
                    Files.copy(s.resolve("f" + f), t.resolve("f" + f), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            java.util.concurrent.atomic.AtomicInteger planned = new java.util.concurrent.atomic.AtomicInteger();
            int[] plannedWhileStuck = {-1};
            SyncHooks hooks = new SyncHooks() {
                @Override
                public boolean hasFilter() {
                    return true;
                }

                @Override
                public boolean accept(FileView f) {
                    planned.incrementAndGet();
                    return true;
                }

                @Override
                public dev.syncopate.hooks.Verdict beforeCopy(FileView f) {
                    try {   // a non-empty directory where "a" must land: its copy fails and waits to retry
                        Files.createDirectories(f.target().resolve("x"));
                        Files.writeString(f.target().resolve("x").resolve("y"), "");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return dev.syncopate.hooks.Verdict.PROCEED;
                }
            };
            h.onSleep = () -> {
                // Hold the copy until planning stops moving (or has seen every file).
                int last = -1;
                while (planned.get() != last && planned.get() < 10_001) {
                    last = planned.get();
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                plannedWhileStuck[0] = planned.get();
            };
            Harness.Run r = h.run(b -> b.mirror().retries(1).hooks(hooks));
            assertEquals(8, r.code(), r.errors().toString());
            assertEquals("10001 0 10000 0 1 0", r.files());
            assertTrue(plannedWhileStuck[0] < 2_000, "planned while one copy was stuck: " + plannedWhileStuck[0]);
        }
    }

    private static long countFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !TempNames.isTemp(p.getFileName().toString())).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
