package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.Sleeper;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run stopped early ({@code syncopate run --timeout}): no new directory, no new copy, nothing
 * more deleted, copies in progress and retry waits interrupted, bit 8 and a closing notice.
 */
class StopTest {
    private static final String NOTICE = "ERROR : Stopped (timed out after 2s): no new copies were started and"
            + " nothing more was deleted; the next run copies the rest.";

    /** beforeCopy of the named file does {@code action}; every beforeCopy call is recorded. */
    private static final class OnFile implements SyncHooks {
        final List<String> asked = new ArrayList<>();
        private final String name;
        private final Consumer<FileView> action;

        OnFile(String name, Consumer<FileView> action) {
            this.name = name;
            this.action = action;
        }

        @Override
        public Verdict beforeCopy(FileView f) {
            asked.add(f.path());
            if (f.name().equals(name)) {
                action.accept(f);
            }
            return Verdict.PROCEED;
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aStopStartsNoNewCopyVisitsNoNewDirectoryAndDeletesNothing(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "b=2", "c=3", "sub/d=4");
            h.destination("extra=x", "old/e=5");
            OnFile hooks = new OnFile("b", f -> h.stop.stop("timed out after 2s"));
            Harness.Run r = h.run(b -> b.mirror().threads(1).hooks(hooks));

            assertEquals(List.of("a", "b"), hooks.asked, "no hook runs once the run is stopped");
            // The extras are listed first, as in Robocopy's log (the plan saw them), but not deleted. The copy of "a" was handed
            // over before b's hook stopped the run: it is either done (and then really there) or
            // never started; b and c are never copied.
            boolean aCopied = r.dispositions().contains("a COPIED");
            assertEquals(aCopied ? List.of("extra EXTRA", "a COPIED") : List.of("extra EXTRA"), r.dispositions(),
                    r.describe());
            assertEquals(aCopied ? List.of("a=1", "extra=x", "old/", "old/e=5") : List.of("extra=x", "old/", "old/e=5"),
                    h.destinationTree(), "nothing deleted, nothing but a copied");
            assertTrue(r.notices().contains(NOTICE), r.describe());
            assertTrue((r.code() & 8) != 0, "bit 8: " + r.describe());
            assertFalse(r.dirLines().stream().anyMatch(d -> d.path().contains("sub")), "sub is never visited");
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void afterCopyStillRunsForCopiesFinishedAfterTheStopAndTheyAreLogged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "b=2", "c=3");
            h.destination();
            List<String> after = new ArrayList<>();
            SyncHooks hooks = new SyncHooks() {
                @Override
                public void afterCopy(FileView f) {
                    after.add(f.path());
                    h.stop.stop("timed out after 2s");
                }
            };
            Harness.Run r = h.run(b -> b.threads(1).hooks(hooks));
            // Copies already finished when the first afterCopy stops the run still get theirs;
            // copies not yet started never start.
            List<String> copiedLines = r.dispositions().stream().filter(d -> d.endsWith(" COPIED"))
                    .map(d -> d.substring(0, d.indexOf(' '))).toList();
            assertEquals(copiedLines, after, r.describe());
            assertEquals("a", after.get(0), r.describe());
            assertTrue((r.code() & 8) != 0, r.describe());
        }
    }

    /**
     * Ten files, a beforeCopy that is slow: the hook of the sixth file waits (at most 5 s) for the
     * first five to be in the destination, then the time is up. Hooks and copies interleave, so
     * those five really were copied when the stop came, and each got its afterCopy; when all hooks
     * of a directory ran before its first copy, the stop found nothing copied.
     */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void copiesFinishedBeforeAStopAreInTheDestinationAndEachGotItsAfterCopy(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            List<String> files = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                files.add("f" + (i < 10 ? "0" : "") + i + "=" + i);
            }
            h.source(files.toArray(String[]::new));
            h.destination();
            List<String> after = new ArrayList<>();
            SyncHooks hooks = new SyncHooks() {
                @Override
                public Verdict beforeCopy(FileView f) {
                    if (f.name().equals("f06")) {
                        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                        while (!fiveCopied(f.target()) && System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        h.stop.stop("timed out after 2s");
                    }
                    return Verdict.PROCEED;
                }

                @Override
                public void afterCopy(FileView f) {
                    after.add(f.path());
                }
            };
            Harness.Run r = h.run(b -> b.threads(2).hooks(hooks));

            List<String> copied = List.of("f01", "f02", "f03", "f04", "f05");
            assertEquals(copied.stream().map(n -> n + "=" + Integer.parseInt(n.substring(1))).toList(),
                    h.destinationTree(), "the copies before the stop are real: " + r.describe());
            assertEquals(copied, after, "each finished copy got its afterCopy, also after the stop");
            assertEquals(copied.stream().map(n -> n + " COPIED").toList(), r.dispositions(), r.describe());
            assertTrue((r.code() & 8) != 0, r.describe());
        }
    }

    private static boolean fiveCopied(Path sixth) {
        for (int i = 1; i <= 5; i++) {
            if (!Files.exists(sixth.resolveSibling("f0" + i))) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aRunThatIsNotStoppedHasNoNotice(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination();
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(1, r.code(), r.describe());
            assertEquals(List.of(), r.notices());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void deferredDeletesOfMaxDelAreDroppedByAStop(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "z=2");
            h.destination("extra=x");
            OnFile hooks = new OnFile("z", f -> h.stop.stop("timed out after 2s"));
            Harness.Run r = h.run(b -> b.mirror().maxDelete(10).hooks(hooks));
            assertTrue(h.destinationTree().contains("extra=x"), r.describe());
            assertTrue((r.code() & 8) != 0, r.describe());
        }
    }

    /**
     * On a real disk with a real sleeper: a copy that keeps failing waits a minute between tries,
     * and the stop ends that wait at once; the file fails, its target is untouched, no temp stays.
     */
    @Test
    void aStopInterruptsARetryWait(@TempDir Path tmp) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path dst = Files.createDirectories(tmp.resolve("dst"));
        Files.writeString(src.resolve("a"), "new");
        StopSignal stop = new StopSignal();
        // A non-empty directory where the temp file must be renamed to: every try fails.
        OnFile hooks = new OnFile("a", f -> {
            try {
                Files.createDirectories(f.target().resolve("blocker"));
                Files.writeString(f.target().resolve("blocker").resolve("x"), "x");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        SyncOptions o = SyncOptions.builder(src, dst).retries(5).waitTime(Duration.ofSeconds(60)).hooks(hooks).build();
        EngineContext context = new EngineContext(Clock.systemUTC(), Sleeper.SYSTEM, ZoneOffset.UTC, stop);
        Thread stopper = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            stop.stop("timed out after 2s");
        });
        List<SyncEvent> events = new ArrayList<>();
        long t0 = System.nanoTime();
        SyncResult r = new SyncEngine(o, context).run(events::add);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        stopper.join();

        assertTrue(seconds < 30, "the 60 s wait was cut short, took " + seconds + " s");
        assertTrue((r.exitCode() & 8) != 0, "exit " + r.exitCode());
        assertEquals(1, r.summary().files().failed());
        try (var s = Files.list(dst)) {
            assertEquals(List.of(dst.resolve("a")), s.toList(), "no temp file left beside the blocker");
        }
        assertTrue(events.stream().anyMatch(e -> e instanceof SyncEvent.Notice n && n.text().equals(NOTICE)));
    }

    @Test
    void interruptibleClearsTheInterruptAfterwardsAndTheFirstReasonWins() {
        StopSignal stop = new StopSignal();
        assertFalse(stop.stopped());
        boolean interrupted = stop.interruptible(() -> {
            stop.stop("first");
            return Thread.currentThread().isInterrupted();
        });
        assertTrue(interrupted, "stop() interrupts registered work");
        assertFalse(Thread.currentThread().isInterrupted(), "flag cleared afterwards");
        stop.stop("second");
        assertEquals("first", stop.reason());
        assertTrue(stop.interruptible(() -> Thread.currentThread().isInterrupted()),
                "work started after the stop is interrupted at once");
        assertFalse(Thread.interrupted());
    }
}
