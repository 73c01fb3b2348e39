package dev.syncopate.execute;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The timeout stop as a wrapper: nothing starts after it, and the end says so as a failure. */
class StoppableTest {

    @Test
    void afterTheStopNoCopyStartsAndItHasNoLine() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            s.source("a=1");
            Executor e = s.executor();
            CopyJob job = s.copyJob("a");
            s.stop.stop("timed out after 1m");
            assertEquals(List.of(), e.copy(job));
            assertEquals(List.of(), s.destinationTree());
        }
    }

    @Test
    void afterTheStopNothingIsDeletedAndNoHookIsAsked() throws Exception {
        List<String> asked = new ArrayList<>();
        SyncHooks hooks = new SyncHooks() {
            @Override
            public Verdict beforeDelete(FileView f) {
                asked.add(f.path());
                return Verdict.PROCEED;
            }
        };
        try (Stage s = new Stage(b -> b.mirror().hooks(hooks))) {
            s.destination("x=1", "y=2");
            Executor e = s.executor();
            s.stop.stop("timed out after 1m");
            assertEquals(List.of(), e.purge(s.root(), s.purges()));
            assertEquals(List.of(), asked);
            assertEquals(List.of("x=1", "y=2"), s.destinationTree());
        }
    }

    @Test
    void aStopBetweenTwoExtrasDeletesNoMore() throws Exception {
        try (Stage s = new Stage(b -> b.mirror())) {
            s.destination("x=1", "y=2");
            List<dev.syncopate.plan.Action.Purge> extras = s.purges();
            // The second extra's turn comes after the stop: the real deletes run in between.
            Executor e = new Stoppable(new ForwardingExecutor(s.executor()) {
                @Override
                public List<dev.syncopate.event.SyncEvent> purge(dev.syncopate.plan.DirectoryContext dir,
                                                                 List<dev.syncopate.plan.Action.Purge> one) {
                    List<dev.syncopate.event.SyncEvent> events = inner.purge(dir, one);
                    s.stop.stop("timed out after 1m");
                    return events;
                }
            }, s.stop);
            e.purge(s.root(), extras);
            assertEquals(List.of("y=2"), s.destinationTree());
        }
    }

    @Test
    void theEndOfAStoppedRunSaysWhyAsAFailure() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            Executor e = s.executor();
            assertEquals(List.of(), e.finish());
            s.stop.stop("timed out after 4h");
            assertEquals(List.of("failure: ERROR : Stopped (timed out after 4h): no new copies were started and"
                    + " nothing more was deleted; the next run copies the rest."), Stage.describe(e.finish()));
        }
    }
}
