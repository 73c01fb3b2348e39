package dev.syncopate.sync;

import dev.syncopate.event.Disposition;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User hooks: filter, beforeCopy, afterCopy, beforeDelete, onError. A hook that throws fails its
 * one file (exit bit 8) and the run goes on; all hooks run on the caller's thread, one at a time.
 */
class HooksTest {

    /** Records every call; names decide what each hook does. */
    private static final class Recorder implements SyncHooks {
        final List<String> calls = new ArrayList<>();
        final Set<Thread> threads = new HashSet<>();

        private void record(String hook, FileView f) {
            threads.add(Thread.currentThread());
            calls.add(hook + " " + f.path());
        }

        @Override
        public boolean hasFilter() {
            return true;
        }

        @Override
        public boolean accept(FileView f) {
            record("filter", f);
            if (f.name().startsWith("throw-filter")) {
                throw new IllegalStateException("filter exploded");
            }
            return !f.name().startsWith("filtered");
        }

        @Override
        public Verdict beforeCopy(FileView f) {
            record("beforeCopy", f);
            if (f.name().startsWith("throw-before")) {
                throw new IllegalStateException("beforeCopy exploded");
            }
            return f.name().endsWith(".lock") ? Verdict.skip("lock file") : Verdict.PROCEED;
        }

        @Override
        public void afterCopy(FileView f) {
            record("afterCopy", f);
            if (f.name().startsWith("throw-after")) {
                throw new IllegalStateException("afterCopy exploded");
            }
        }

        @Override
        public Verdict beforeDelete(FileView f) {
            record("beforeDelete", f);
            if (f.name().startsWith("throw-delete")) {
                throw new IllegalStateException("beforeDelete exploded");
            }
            return f.name().startsWith("keep") ? Verdict.skip("kept by policy") : Verdict.PROCEED;
        }

        @Override
        public void onError(FileView f, String message) {
            record("onError", f);
            calls.add("  message: " + message);
            if (f.name().contains("double")) {
                throw new IllegalStateException("onError exploded too");
            }
        }

        List<String> callsOf(String hook) {
            return calls.stream().filter(c -> c.startsWith(hook + " ")).map(c -> c.substring(hook.length() + 1))
                    .toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void filterBeforeCopyVetoAndAfterCopy(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "filtered.txt=2", "x.lock=3", "s/b=4");
            Recorder hooks = new Recorder();
            Harness.Run r = h.run(b -> b.subdirs().hooks(hooks));
            assertEquals(List.of("a=1", "s/", "s/b=4"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), "a veto is not a failure" + r.describe());
            assertEquals("4 2 2 0 0 0", r.files());
            assertEquals(List.of("a COPIED", "filtered.txt EXCLUDED", "x.lock VETOED", "s/b COPIED"), r.dispositions());
            assertEquals("lock file", r.fileLines().get(2).reason());
            assertEquals("filtered", r.fileLines().get(1).reason());
            assertEquals(List.of("a", "s/b"), hooks.callsOf("afterCopy"));
            assertEquals(List.of("a", "x.lock", "s/b"), hooks.callsOf("beforeCopy"));
            assertEquals(Set.of(Thread.currentThread()), hooks.threads);
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void afterCopyRunsOncePerCopiedFileOnOneThreadEvenWithManyWorkers(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source(IntStream.range(0, 300).mapToObj(i -> "d" + (i % 7) + "/f" + i + "=" + i).toArray(String[]::new));
            Recorder hooks = new Recorder();
            Harness.Run r = h.run(b -> b.subdirs().threads(8).hooks(hooks));
            assertEquals(1, r.code(), r.describe());
            List<String> after = hooks.callsOf("afterCopy");
            assertEquals(300, after.size());
            assertEquals(300, new HashSet<>(after).size(), "each file once");
            assertEquals(r.fileLines().stream().map(f -> f.path()).toList(), after, "in log order");
            assertEquals(Set.of(Thread.currentThread()), hooks.threads);
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void listOnlyAsksBeforeCopyAndBeforeDeleteButNeverAfterCopy(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination("x=1");
            Recorder hooks = new Recorder();
            h.run(b -> b.mirror().listOnly().hooks(hooks));
            assertEquals(List.of("filter a", "beforeCopy a", "beforeDelete x"), hooks.calls);
            assertEquals(List.of("x=1"), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void beforeDeleteVetoKeepsTheExtra(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination("a=1", "keep.db=1", "x=1", "keepdir/y=1");
            Recorder hooks = new Recorder();
            Harness.Run r = h.run(b -> b.mirror().hooks(hooks));
            assertEquals(List.of("a=1", "keep.db=1", "keepdir/", "keepdir/y=1"), h.destinationTree(), r.describe());
            assertEquals(2, r.code(), "still extras, not failures" + r.describe());
            // In log order: the extra directory, then the extra files.
            assertEquals(List.of("keepdir", "keep.db", "x"), hooks.callsOf("beforeDelete"));
            assertTrue(r.notices().stream().anyMatch(n -> n.contains("kept by policy")), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aThrowingHookFailsItsFileAndTheRunGoesOn(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "throw-before=3", "throw-after=4", "z=5");
            h.destination("throw-delete=1");
            Recorder hooks = new Recorder();
            Harness.Run r = h.run(b -> b.mirror().hooks(hooks));
            assertEquals(1 | 2 | 8, r.code(), r.describe());
            // The directory's extras come first in the log, as in Robocopy's.
            assertEquals(List.of("throw-delete EXTRA", "a COPIED", "throw-after FAILED", "throw-before FAILED",
                    "z COPIED"), r.dispositions());
            assertTrue(h.destinationTree().contains("throw-delete=1"), "a failed beforeDelete deletes nothing");
            assertTrue(h.destinationTree().containsAll(List.of("a=1", "z=5")));
            assertFalse(h.destinationTree().contains("throw-before=3"));
            assertEquals(List.of("throw-after", "  message: afterCopy hook failed: afterCopy exploded",
                    "throw-before", "  message: beforeCopy hook failed: beforeCopy exploded"),
                    hooks.calls.stream().filter(c -> c.startsWith("onError ") || c.startsWith("  "))
                            .map(c -> c.replace("onError ", "")).toList());
            assertEquals(2, r.result().summary().files().failed());
            assertTrue(r.notices().stream().anyMatch(n -> n.contains("beforeDelete exploded")), r.describe());
        }
    }

    /**
     * A filter that throws (a typo such as {@code it.sizee} fails every call) leaves the job's source
     * set unknown: from then on nothing is purged, here or in later directories, and the log says why.
     */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aThrowingFilterKeepsEveryExtra(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "throw-filter=2", "sub/b=3");
            h.destination("old=1", "throw-filter=9", "sub/old=2", "gone/x=3");
            Harness.Run r = h.run(b -> b.mirror().hooks(new Recorder()));
            assertEquals(1 | 2 | 8, r.code(), r.describe());
            assertEquals(List.of(SyncEngine.FILTER_FAILED), r.notices().stream()
                    .filter(n -> n.contains("filter hook failed,")).toList(), r.describe());
            assertTrue(h.destinationTree().containsAll(List.of("old=1", "throw-filter=9", "sub/old=2", "gone/x=3",
                    "a=1", "sub/b=3")), h.destinationTree().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aThrowingOnErrorIsOnlyAWarning(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("throw-before-double=1", "b=2");
            Harness.Run r = h.run(b -> b.hooks(new Recorder()));
            assertEquals(9, r.code(), r.describe());
            assertTrue(r.notices().stream().anyMatch(n -> n.contains("onError hook failed")), r.describe());
            assertEquals(Disposition.COPIED, r.fileLines().get(0).disposition());
        }
    }
}
