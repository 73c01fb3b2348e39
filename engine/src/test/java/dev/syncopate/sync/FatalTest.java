package dev.syncopate.sync;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit 16 before anything is touched, and the trees that contain each other. */
class FatalTest {

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void missingSourceIsFatalAndCreatesNothing(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(16, r.code(), r.describe());
            assertEquals(List.of("<absent>"), h.destinationTree());
            SyncEvent.ErrorLine e = r.errors().get(0);
            assertEquals(ErrorCodes.FILE_NOT_FOUND, e.code());
            assertEquals("Accessing Source Directory", e.action());
            assertEquals(h.src, e.path());
            assertTrue(r.events().getLast() instanceof SyncEvent.JobFinished f && f.exitCode() == 16);
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void sourceThatIsAFileIsFatal(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            Files.writeString(h.src, "file");
            assertEquals(16, h.run(b -> b).code());
            assertEquals(List.of("<absent>"), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void destinationThatIsAFileIsFatal(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            Files.writeString(h.dst, "file");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(16, r.code(), r.describe());
            assertEquals("file", Files.readString(h.dst));
            assertEquals("Accessing Destination Directory", r.errors().get(0).action());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void destinationThatCannotBeCreatedIsFatal(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            Files.writeString(h.path("file"), "in the way");
            Harness.Run r = h.run(h.options(h.src, h.path("file").resolve("dst")).build());
            assertEquals(16, r.code(), r.describe());
            assertEquals("Creating Destination Directory", r.errors().get(0).action());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void sourceEqualToDestinationIsFatal(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            assertEquals(16, h.run(h.options(h.src, h.src).mirror().build()).code());
            assertEquals(16, h.run(h.options(h.src, h.src.resolve("x").resolve("..")).mirror().build()).code(),
                    "the same directory spelled differently");
            Files.createSymbolicLink(h.path("alias"), h.src);
            assertEquals(16, h.run(h.options(h.src, h.path("alias")).mirror().build()).code(), "through a link");
            assertEquals(List.of("a=1"), h.sourceTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void destinationInsideTheSourceIsNotCopiedIntoItself(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/b=2");
            Harness.Run r = h.run(h.options(h.src, h.path("src/backup")).emptyDirs().build());
            assertEquals(1, r.code(), r.describe());
            assertEquals(Trees.sorted("a=1", "sub/", "sub/b=2"), Trees.snapshot(h.path("src/backup")));
            assertTrue(r.describe().contains(
                    "notice NOTE : the destination is inside the source, so the source's backup is left out (never"
                            + " copied into itself)."), r.describe());
            // A mirror would purge the source's own files in it as extras: refused, nothing touched.
            Harness.Run mirror = h.run(h.options(h.src, h.path("src/backup")).mirror().build());
            assertEquals(16, mirror.code(), mirror.describe());
            assertEquals(Trees.sorted("a=1", "backup/", "backup/a=1", "backup/sub/", "backup/sub/b=2", "sub/", "sub/b=2"),
                    h.sourceTree());
        }
    }

    /** A link in the source that leads to the destination is the destination: not copied into itself. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    @org.junit.jupiter.api.Timeout(20)
    void aSourceLinkToTheDestinationIsNotFollowedIntoIt(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination();
            Files.createSymbolicLink(h.path("src/out"), h.dst);
            for (int run = 0; run < 3; run++) {
                Harness.Run r = h.run(b -> b.emptyDirs());
                assertEquals(List.of("a=1"), h.destinationTree(), "run " + run + r.describe());
            }
        }
    }

    /** {@code robocopy s s/sub /MIR}: the source's own files in s/sub would be purged as extras. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void mirrorIntoADirectoryOfTheSourceIsRefusedAndDeletesNothing(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/b=2", "sub/deep/d=3");
            List<String> before = h.sourceTree();
            Harness.Run r = h.run(h.options(h.src, h.path("src/sub")).mirror().build());
            assertEquals(16, r.code(), r.describe());
            assertEquals(before, h.sourceTree());
            assertTrue(r.describe().contains("ERROR : the destination "), r.describe());
        }
    }

    /** ... unless /XD leaves the nested directory out of the walk: then it is no part of the source. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void mirrorIntoAnExcludedDirectoryOfTheSourceRuns(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/b=2");
            Harness.Run r = h.run(h.options(h.src, h.path("src/sub")).mirror().excludeDirs("sub").build());
            assertEquals(3, r.code(), r.describe());
            assertEquals(Trees.sorted("a=1", "sub/", "sub/a=1"), h.sourceTree());
        }
    }

    /**
     * The reverse nesting: under /MIR the rest of the destination would be purged around the source,
     * so it is refused; a plain copy of the nested source into its destination deletes nothing and runs.
     */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void sourceInsideTheDestinationIsRefusedUnderMirrorAndCopiedWithout(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.destination("data/a=1", "other=1");
            Harness.Run mirror = h.run(h.options(h.path("dst/data"), h.dst).mirror().build());
            assertEquals(16, mirror.code(), mirror.describe());
            assertEquals(Trees.sorted("data/", "data/a=1", "other=1"), h.destinationTree());

            Harness.Run copy = h.run(h.options(h.path("dst/data"), h.dst).emptyDirs().build());
            assertEquals(Trees.sorted("a=1", "data/", "data/a=1", "other=1"), h.destinationTree(), copy.describe());
            assertTrue(copy.code() < 8, copy.describe());
        }
    }

    /** A backup directory inside the destination must not be purged as an extra (nor backed up into itself). */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void backupDirInsideTheDestinationIsNeverPurged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=new@+5");
            h.destination("a=old", "x=1", "bak/earlier=1");
            Harness.Run r = h.run(b -> b.mirror().backupDir(h.path("dst/bak")));
            assertEquals(Trees.sorted("a=new", "bak/", "bak/a=old", "bak/x=1", "bak/earlier=1"),
                    h.destinationTree(), r.describe());
            assertTrue(r.code() < 8, r.describe());
        }
    }
}
