package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /L} as a wrapper: the lines of a real run, and not one change on disk. */
class DryRunTest {

    @Test
    void aCopyIsListedAsCopiedAndNothingIsWritten() throws Exception {
        try (Stage s = new Stage(b -> b.listOnly())) {
            s.source("a=new@+5", "b=1");
            s.destination("a=old");
            Executor e = s.executor();
            assertEquals(List.of("a NEWER COPIED"), Stage.describe(e.copy(s.copyJob("a"))));
            assertEquals(List.of("b NEW COPIED"), Stage.describe(e.copy(s.copyJob("b"))));
            assertEquals(List.of("a=old"), s.destinationTree());
        }
    }

    @Test
    void purgesMakeDirsAndTheEndChangeNothing() throws Exception {
        try (Stage s = new Stage(b -> b.listOnly().mirror().verify())) {
            s.source("sub/x=1");
            s.destination("extra=1", "old/y=2");
            Executor e = s.executor();
            assertEquals(List.of(), e.purge(s.root(), s.purges()));
            assertEquals(List.of("dir 'sub' NEW"), Stage.describe(e.makeDir(s.root().child("sub"), 1)));
            e.directoryDone(s.root(), null);
            assertEquals(List.of(), e.finish(), "no /VERIFY line for copies that were not made");
            assertEquals(List.of("extra=1", "old/", "old/y=2"), s.destinationTree());
        }
    }

    @Test
    void staleTempsStayUnderListOnly() throws Exception {
        String temp = TempNames.name("a", 1, 0);
        try (Stage s = new Stage(b -> b.listOnly())) {
            s.destination(temp + "=partial");
            s.executor().clearTemps(s.root(), s.temps(), s.plan());
            assertEquals(List.of(temp + "=partial"), s.destinationTree());
        }
        try (Stage s = new Stage(b -> b)) {
            s.destination(temp + "=partial");
            s.executor().clearTemps(s.root(), s.temps(), s.plan());
            assertEquals(List.of(), s.destinationTree(), "without /L the stale temp goes");
        }
    }

    @Test
    void withoutListOnlyTheSameCallsDoTheWork() throws Exception {
        try (Stage s = new Stage(b -> b.mirror())) {
            s.source("a=1");
            s.destination("extra=1");
            Executor e = s.executor();
            List<SyncEvent> copied = e.copy(s.copyJob("a"));
            assertEquals(List.of("a NEW COPIED"), Stage.describe(copied));
            assertEquals(List.of(), e.purge(s.root(), s.purges()));
            assertEquals(List.of("a=1"), s.destinationTree());
        }
    }
}
