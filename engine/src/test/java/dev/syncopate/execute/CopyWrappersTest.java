package dev.syncopate.execute;

import dev.syncopate.plan.Action;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the switches add around one copy: /CHECKSUM, /BACKUPDIR, the lazy directory, /MOV. */
class CopyWrappersTest {

    @Test
    void checksumSkipsEqualContentAndCopiesDifferentContentAsChanged() throws Exception {
        try (Stage s = new Stage(b -> b.checksum())) {
            s.source("same=abc", "diff=abc");
            s.destination("same=abc", "diff=xyz");
            Executor e = s.executor();
            assertTrue(s.copyJob("same").action().checkContent(), "the planner leaves the compare to execute");
            assertEquals(List.of("same SAME SKIPPED (same)"), Stage.describe(e.copy(s.copyJob("same"))));
            assertEquals(List.of("diff CHANGED COPIED"), Stage.describe(e.copy(s.copyJob("diff"))));
            assertEquals(List.of("diff=abc", "same=abc"), s.destinationTree());
        }
    }

    @Test
    void checksumComparesEvenUnderListOnly() throws Exception {
        try (Stage s = new Stage(b -> b.checksum().listOnly())) {
            s.source("diff=abc");
            s.destination("diff=xyz");
            assertEquals(List.of("diff CHANGED COPIED"), Stage.describe(s.executor().copy(s.copyJob("diff"))));
            assertEquals(List.of("diff=xyz"), s.destinationTree());
        }
    }

    @Test
    void checksumThatCannotReadTheDestinationFailsTheFile() throws Exception {
        try (Stage s = new Stage(b -> b.checksum())) {
            s.source("a=abc");
            s.destination("a=abc");
            CopyJob job = s.copyJob("a");
            Files.delete(s.dst.resolve("a"));
            assertEquals(List.of("a SAME FAILED", "ERROR 2 Comparing File a", "notice: ERROR: RETRY LIMIT EXCEEDED."),
                    Stage.describe(s.executor().copy(job)));
        }
    }

    @Test
    void backupDirKeepsTheOldVersionBeforeAnOverwrite() throws Exception {
        try (Stage s = new Stage(b -> b.backupDir(b.build().destination().resolveSibling("bak")))) {
            s.source("a=new@+5");
            s.destination("a=old");
            assertEquals(List.of("a NEWER COPIED"), Stage.describe(s.executor().copy(s.copyJob("a"))));
            assertEquals(List.of("a=new"), s.destinationTree());
            assertEquals("old", Files.readString(s.fs.getPath("/bak/a")));
        }
    }

    @Test
    void aBackupThatCannotBeMadeLeavesTheOldVersionInPlace() throws Exception {
        try (Stage s = new Stage(b -> b.backupDir(b.build().destination().resolveSibling("bak")))) {
            s.source("a=new@+5");
            s.destination("a=old");
            Files.writeString(s.fs.getPath("/bak"), "a file where the backup directory should be");
            assertEquals(List.of("a NEWER FAILED", "ERROR 183 Backing Up File a"),
                    Stage.describe(s.executor().copy(s.copyJob("a"))));
            assertEquals(List.of("a=old"), s.destinationTree());
        }
    }

    @Test
    void aLazyDirectoryIsCreatedByItsFirstCopyOrFailsIt() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            s.source("a=1");
            CopyJob planned = s.copyJob("a");
            CopyJob lazy = new CopyJob(planned.dir(), planned.action(), LazyDir.missing(s.dst.resolve("sub")),
                    planned.tempName());
            Files.delete(s.dst);
            assertEquals(List.of("a NEW COPIED"), Stage.describe(s.executor().copy(withDir(planned, s.dst))));
            assertTrue(Files.isRegularFile(s.dst.resolve("a")));
            Files.writeString(s.dst.resolve("sub"), "a file");
            List<String> failed = Stage.describe(new LazyTargetDir(new DryRun(s.executor()), new ErrorLines(s.clock))
                    .copy(lazy));
            assertEquals("a NEW FAILED", failed.get(0));
            assertTrue(failed.get(1).endsWith("Creating Destination Directory sub"), failed.toString());
        }
    }

    private static CopyJob withDir(CopyJob job, java.nio.file.Path dir) {
        return new CopyJob(job.dir(), job.action(), LazyDir.missing(dir), job.tempName());
    }

    @Test
    void moveFilesDeletesTheSourceOnlyAfterASuccessfulCopy() throws Exception {
        try (Stage s = new Stage(b -> b.moveFiles().retries(0))) {
            s.source("a=1", "b=2");
            Executor e = s.executor();
            CopyJob a = s.copyJob("a");
            CopyJob b = s.copyJob("b");
            assertEquals(List.of("a NEW COPIED"), Stage.describe(e.copy(a)));
            Files.delete(s.dst.resolve("a"));
            Files.delete(s.dst);
            Files.writeString(s.dst, "the destination directory is a file now");
            List<String> failed = Stage.describe(e.copy(b));
            assertEquals("b NEW FAILED", failed.getFirst());
            assertEquals(List.of("b=2"), s.sourceTree(), "a went, b stays: its copy failed");
        }
    }

    @Test
    void theCopierIsSwappable() throws Exception {
        List<String> asked = new ArrayList<>();
        Copier recording = request -> {
            asked.add(request.source().getFileName() + " -> " + request.target().getFileName());
            return new FileCopier().copy(request);
        };
        try (Stage s = new Stage(b -> b)) {
            s.source("a=1");
            assertEquals(List.of("a NEW COPIED"), Stage.describe(s.executor(recording).copy(s.copyJob("a"))));
            assertEquals(List.of("a -> a"), asked);
            assertEquals(List.of("a=1"), s.destinationTree());
            assertFalse(s.plan().stream().anyMatch(x -> x instanceof Action.Purge));
        }
    }

    @Test
    void aCopyStepThatThrowsFailsItsFileNotTheRun() throws Exception {
        try (Stage s = new Stage(b -> b)) {
            s.source("a=1");
            Executor broken = new ForwardingExecutor(s.executor()) {
                @Override
                public List<dev.syncopate.event.SyncEvent> copy(CopyJob job) {
                    throw new IllegalStateException("a bug");
                }
            };
            assertEquals(List.of("a NEW FAILED", "ERROR 1117 Copying File a"),
                    Stage.describe(new FailSafeCopy(broken, new ErrorLines(s.clock)).copy(s.copyJob("a"))));
        }
    }
}
