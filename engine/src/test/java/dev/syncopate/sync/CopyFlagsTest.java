package dev.syncopate.sync;

import dev.syncopate.options.CopyFlags;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /COPY:flags, /DCOPY:T, /NOCOPY and /M: what besides the data a run writes. */
class CopyFlagsTest {

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void copyTKeepsTheMtimeToTheNanosecond(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=x", "sub/b=yy@+0.000000001");
            Harness.Run r = h.run(b -> b.subdirs());
            assertEquals(1, r.code(), r.describe());
            assertEquals(Trees.T0_NANOS, Trees.mtime(h.path("dst/a")));
            assertEquals(Trees.T0_NANOS + 1, Trees.mtime(h.path("dst/sub/b")));
            Harness.Run again = h.run(b -> b.subdirs());
            assertEquals(0, again.code(), again.describe());
            assertEquals("2 0 2 0 0 0", again.files());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void withoutTTheMtimeIsNotCopied(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=x");
            Harness.Run r = h.run(b -> b.copyFlags(CopyFlags.parse("DA")));
            assertEquals(1, r.code(), r.describe());
            assertEquals(List.of("a=x"), h.destinationTree());
            assertNotEquals(Trees.T0_NANOS, Trees.mtime(h.path("dst/a")));
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void dcopyTSetsDirectoryTimesAfterFillingThem(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("sub/deep/a=1", "empty/");
            FileTime sub = FileTime.from(Trees.offset("-5d"));
            FileTime deep = FileTime.from(Trees.offset("-4d"));
            FileTime root = FileTime.from(Trees.offset("-3d"));
            Files.setLastModifiedTime(h.path("src/sub/deep"), deep);
            Files.setLastModifiedTime(h.path("src/sub"), sub);
            Files.setLastModifiedTime(h.path("src/empty"), sub);
            Files.setLastModifiedTime(h.src, root);
            Harness.Run r = h.run(b -> b.emptyDirs().dirCopyFlags(CopyFlags.parse("DAT")));
            assertEquals(1, r.code(), r.describe());
            assertEquals(sub, Files.getLastModifiedTime(h.path("dst/sub")));
            assertEquals(deep, Files.getLastModifiedTime(h.path("dst/sub/deep")));
            assertEquals(sub, Files.getLastModifiedTime(h.path("dst/empty")));
            assertEquals(root, Files.getLastModifiedTime(h.dst));
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void withoutDcopyTDirectoryTimesAreNotCopied(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("sub/a=1");
            FileTime sub = FileTime.from(Trees.offset("-5d"));
            Files.setLastModifiedTime(h.path("src/sub"), sub);
            h.run(b -> b.emptyDirs());
            assertNotEquals(sub, Files.getLastModifiedTime(h.path("dst/sub")));
        }
    }

    /** /NOCOPY /PURGE: extras go, nothing is written (Robocopy still creates directories under /MIR). */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void nocopyWithPurgeOnlyDeletes(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("new=1", "same=1", "changed=2@+5", "sub/x=1");
            h.destination("same=1", "changed=old", "extra=9", "oldsub/y=1");
            Harness.Run r = h.run(b -> b.copyFlags(CopyFlags.NONE).purge());
            // Without /S an extra directory is out of reach: reported, kept.
            assertEquals(List.of("changed=old", "oldsub/", "oldsub/y=1", "same=1"), h.destinationTree(), r.describe());
            assertTrue((r.code() & 2) != 0, r.describe());
            assertTrue(r.code() < 8, r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void nocopyWithMirrorDeletesAndMakesOnlyDirectories(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "dir1/", "dir2/");
            h.destination("b=1", "dir2/c=1");
            Harness.Run r = h.run(b -> b.copyFlags(CopyFlags.NONE).mirror());
            assertEquals(List.of("dir1/", "dir2/"), h.destinationTree(), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Trees.Fs.class, names = "UNIX")
    void copyACopiesPermissionsAndItsAbsenceDoesNot(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1#rwx------");
            h.run(b -> b);
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(h.path("dst/a")));
            h.source("b=1#rwx------");
            h.run(b -> b.copyFlags(CopyFlags.parse("DT")));
            assertNotEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(h.path("dst/b")));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Trees.Fs.class, names = "WINDOWS")
    void copyACopiesDosAttributes(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1#AHR");
            Harness.Run r = h.run(b -> b);
            assertEquals(1, r.code(), r.describe());
            assertEquals(true, Files.getAttribute(h.path("dst/a"), "dos:hidden"));
            assertEquals(true, Files.getAttribute(h.path("dst/a"), "dos:readonly"));
        }
    }

    /** /M: only archive-flagged files, and their flag is cleared once copied. */
    @ParameterizedTest
    @EnumSource(value = Trees.Fs.class, names = "WINDOWS")
    void resetArchiveClearsTheFlagOfCopiedFiles(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1#A", "b=2", "same=3#A");
            h.destination("same=3#A");
            Harness.Run r = h.run(b -> b.resetArchive());
            assertEquals(List.of("a=1", "same=3"), h.destinationTree(), r.describe());
            assertEquals("3 1 2 0 0 0", r.files());
            assertFalse((Boolean) Files.getAttribute(h.path("src/a"), "dos:archive"));
            assertTrue((Boolean) Files.getAttribute(h.path("src/same"), "dos:archive"));
            assertEquals(0, h.run(b -> b.resetArchive()).code(), "a second /M run finds nothing to copy");
        }
    }
}
