package dev.syncopate.execute;

import dev.syncopate.event.SyncEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executor that does the work, as {@link ExecuteStage} builds it when no switch wraps it. */
class FileSystemExecutorTest {

    @Test
    void makeDirCreatesTheDirectoryOrSaysWhyNot() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            Executor e = s.executor();
            assertEquals(List.of("dir 'sub' NEW"), Stage.describe(e.makeDir(s.root().child("sub"), 2)));
            assertTrue(Files.isDirectory(s.dst.resolve("sub")));
            s.destination("file=1");
            assertEquals(List.of("dir 'file' FAILED", "ERROR 183 Creating Destination Directory file"),
                    Stage.describe(e.makeDir(s.root().child("file"), 0)));
        }
    }

    @Test
    void aPurgeDeletesTheExtraTreeButWhatAnExclusionProtects() throws Exception {
        try (Stage s = new Stage(b -> b.mirror().excludeFiles("*.keep"))) {
            s.destination("gone=1", "old/x.keep=2", "old/y=3", "older/z=4");
            assertEquals(List.of(), s.executor().purge(s.root(), s.purges()));
            assertEquals(List.of("old/", "old/x.keep=2"), s.destinationTree());
        }
    }

    @Test
    void staleTempsGoAndAResumableOneStaysUnderZ() throws Exception {
        try (Stage s = new Stage(b -> b.restartable())) {
            s.source("a=12345");
            String resumable = TempNames.name("a", 5, dev.syncopate.sync.Trees.T0_NANOS);
            String stale = TempNames.name("gone", 3, 0);
            s.destination(resumable + "=12", stale + "=xyz");
            s.executor().clearTemps(s.root(), s.temps(), s.plan());
            assertEquals(List.of(resumable + "=12"), s.destinationTree());
        }
    }

    @Test
    void theEndSaysWhatVerifyReadBack() throws Exception {
        try (Stage s = new Stage(b -> b.verify())) {
            s.source("a=1");
            Executor e = s.executor();
            e.copy(s.copyJob("a"));
            assertEquals(List.of(new SyncEvent.Verified(1, 1, 0)), e.finish());
        }
    }

    @Test
    void moveRemovesEmptiedSourceDirectoriesAtTheEndDeepestFirst() throws Exception {
        try (Stage s = new Stage(b -> b.move().emptyDirs())) {
            s.source("a/b/");
            s.destination("a/b/");
            Executor e = s.executor();
            e.directoryDone(s.root().child("a"), null);
            e.directoryDone(s.root().child("a").child("b"), null);
            assertTrue(Files.isDirectory(s.src.resolve("a/b")), "nothing before the end");
            assertEquals(List.of(), e.finish());
            assertFalse(Files.exists(s.src.resolve("a")));
            assertEquals(List.of("a/", "a/b/"), s.destinationTree());
        }
    }
}
