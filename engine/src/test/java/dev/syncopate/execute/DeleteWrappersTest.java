package dev.syncopate.execute;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The purge route: the {@code beforeDelete} hook, then {@code /MAXDEL}, then the deletes. */
class DeleteWrappersTest {

    /** Keeps names starting with "keep", throws for "throw", and says when it was asked. */
    private static final class Gate implements SyncHooks {
        final List<String> asked = new ArrayList<>();

        @Override
        public Verdict beforeDelete(FileView f) {
            asked.add(f.path());
            if (f.name().startsWith("throw")) {
                throw new IllegalStateException("no access");
            }
            return f.name().startsWith("keep") ? Verdict.skip("policy") : Verdict.PROCEED;
        }
    }

    @Test
    void theHookKeepsWhatItVetoesAndAThrowingHookIsAFailure() throws Exception {
        Gate gate = new Gate();
        try (Stage s = new Stage(b -> b.mirror().hooks(gate))) {
            s.destination("keep.db=1", "throw.me=2", "x=3");
            List<String> events = Stage.describe(s.executor().purge(s.root(), s.purges()));
            assertEquals(List.of("notice: \t    kept extra: /dst/keep.db (policy)",
                    "failure: ERROR : beforeDelete hook failed for /dst/throw.me: no access; not deleted"), events);
            assertEquals(List.of("keep.db=1", "throw.me=2"), s.destinationTree());
        }
    }

    @Test
    void maxDeleteHoldsEveryPurgeUntilTheEndThenDeletes() throws Exception {
        Gate gate = new Gate();
        try (Stage s = new Stage(b -> b.mirror().maxDelete(3).hooks(gate))) {
            s.destination("a=1", "old/b=2", "keep=3");
            Executor e = s.executor();
            assertEquals(List.of(), e.purge(s.root(), s.purges()));
            assertEquals(List.of(), gate.asked, "the hook is asked at the end, just before the deletes");
            assertEquals(List.of("a=1", "keep=3", "old/", "old/b=2"), s.destinationTree());
            assertEquals(List.of("notice: \t    kept extra: /dst/keep (policy)"), Stage.describe(e.finish()));
            assertEquals(List.of("a", "keep", "old"), gate.asked, "in the order given");
            assertEquals(List.of("keep=3"), s.destinationTree(), "3 entries: a, old and old/b; keep does not count");
        }
    }

    @Test
    void maxDeleteOverTheLimitDeletesNothingAndFails() throws Exception {
        try (Stage s = new Stage(b -> b.mirror().maxDelete(2))) {
            s.destination("a=1", "old/b=2");
            Executor e = s.executor();
            e.purge(s.root(), s.purges());
            assertEquals(List.of("failure: ERROR : /MAXDEL:2 exceeded: purging the extras (1 *EXTRA File, 1 *EXTRA Dir"
                    + " holding 1 entry) would delete 3 entries; nothing was deleted."), Stage.describe(e.finish()));
            assertEquals(List.of("a=1", "old/", "old/b=2"), s.destinationTree());
        }
    }

    @Test
    void maxDeleteUnderListOnlyStillCountsButDeletesNothing() throws Exception {
        try (Stage s = new Stage(b -> b.mirror().maxDelete(5).listOnly())) {
            s.destination("a=1");
            Executor e = s.executor();
            e.purge(s.root(), s.purges());
            assertEquals(List.of(), e.finish());
            assertEquals(List.of("a=1"), s.destinationTree());
        }
    }

    @Test
    void aRunStoppedBeforeTheEndAsksNoHookAboutHeldPurges() throws Exception {
        Gate gate = new Gate();
        try (Stage s = new Stage(b -> b.mirror().maxDelete(9).hooks(gate))) {
            s.destination("a=1");
            Executor e = s.executor();
            e.purge(s.root(), s.purges());
            s.stop.stop("timed out");
            e.finish();
            assertEquals(List.of(), gate.asked);
            assertEquals(List.of("a=1"), s.destinationTree());
        }
    }
}
