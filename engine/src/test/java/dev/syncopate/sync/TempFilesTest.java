package dev.syncopate.sync;

import dev.syncopate.execute.TempNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Temp files of interrupted runs: resumed under /Z, otherwise removed, never extras, never copied. */
class TempFilesTest {
    private static final String DATA = "abcdefghij";

    /** The temp name a copy of a 10-byte file stamped T0 writes to. */
    private static String temp(String name, long size) {
        return TempNames.name(name, size, Trees.T0_NANOS);
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void restartableResumesALeftoverTempFile(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=" + DATA);
            // Upper case proves the first five bytes were kept, not rewritten.
            h.destination(temp("a", 10) + "=ABCDE");
            Harness.Run r = h.run(b -> b.mirror().restartable());
            assertEquals(List.of("a=ABCDEfghij"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
            assertEquals("1 1 0 0 0 0", r.files());
            assertEquals(Trees.T0_NANOS, Trees.mtime(h.path("dst/a")));
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void restartableResumesInASubdirectory(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("sub/a=" + DATA);
            h.destination("sub/" + temp("a", 10) + "=ABC");
            Harness.Run r = h.run(b -> b.mirror().restartable());
            assertEquals(List.of("sub/", "sub/a=ABCdefghij"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void withoutRestartableALeftoverIsDiscarded(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=" + DATA);
            h.destination(temp("a", 10) + "=ABCDE");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(List.of("a=" + DATA), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
        }
    }

    /** Temps of other versions, of vanished files, of files already in place: all go, none is an extra. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void staleTempFilesAreRemovedAndNeverExtras(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=" + DATA, "same=1", "sub/s=1");
            h.destination(temp("a", 3) + "=old", temp("gone", 4) + "=gone", "same=1", temp("same", 1) + "=x",
                    "sub/s=1", "sub/" + temp("s", 1) + "=y");
            Harness.Run r = h.run(b -> b.mirror().restartable());
            assertEquals(List.of("a=" + DATA, "same=1", "sub/", "sub/s=1"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
            assertEquals("3 1 2 0 0 0", r.files());
            assertEquals("2 0 2 0 0 0", r.dirs());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void nothingToCopyStillCleansUp(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("same=1");
            h.destination("same=1", temp("same", 1) + "=x");
            Harness.Run r = h.run(b -> b);
            assertEquals(List.of("same=1"), h.destinationTree(), r.describe());
            assertEquals(0, r.code(), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void listOnlyLeavesTempFilesAlone(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=" + DATA);
            h.destination(temp("a", 3) + "=old");
            Harness.Run r = h.run(b -> b.mirror().listOnly());
            assertEquals(List.of(temp("a", 3) + "=old"), h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
        }
    }

    /**
     * A source name that looks like a temp is user data (say, the leftover of an interrupted run
     * in a tree that is itself backed up): it is copied at any depth, and its copy in the
     * destination is no stale temp, so the second run has nothing to do.
     */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aTempNamedSourceFileIsCopiedAndKept(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", temp("a", 1) + "=x", "sub/" + temp("b", 5) + "=yyyyy");
            Harness.Run first = h.run(b -> b.mirror());
            List<String> all = Trees.sorted("a=1", temp("a", 1) + "=x", "sub/", "sub/" + temp("b", 5) + "=yyyyy");
            assertEquals(all, h.destinationTree(), first.describe());
            assertEquals(1, first.code(), first.describe());
            assertEquals("3 3 0 0 0 0", first.files());
            Harness.Run second = h.run(b -> b.mirror().restartable());
            assertEquals(all, h.destinationTree(), second.describe());
            assertEquals(0, second.code(), second.describe());
            assertEquals("3 0 3 0 0 0", second.files());
        }
    }

    /** The copy a run is making must not write to, resume from, or rename away a name the source holds. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void restartableNeverResumesFromASourcePresentName(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            // The exact temp name a copy of this version of "a" would use is also a source file.
            h.source("a=" + DATA, temp("a", 10) + "=ABCDE", "sub/s=" + DATA, "sub/" + temp("s", 10) + "=ABC");
            h.destination(temp("a", 10) + "=ABCDE", "sub/" + temp("s", 10) + "=ABC");
            Harness.Run r = h.run(b -> b.mirror().restartable());
            List<String> all = Trees.sorted("a=" + DATA, temp("a", 10) + "=ABCDE", "sub/", "sub/s=" + DATA,
                    "sub/" + temp("s", 10) + "=ABC");
            assertEquals(all, h.destinationTree(), r.describe());
            assertEquals(1, r.code(), r.describe());
            assertEquals("4 2 2 0 0 0", r.files());
            assertEquals(0, h.run(b -> b.mirror().restartable()).code());
        }
    }

    /** Without /Z too: both copies run side by side and neither overwrites the other. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aCopyNeverWritesThroughASourcePresentName(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=" + DATA, temp("a", 10) + "=ABCDE", temp(temp("a", 10), 5) + "=Z");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(Trees.sorted("a=" + DATA, temp("a", 10) + "=ABCDE", temp(temp("a", 10), 5) + "=Z"),
                    h.destinationTree(), r.describe());
            assertEquals("3 3 0 0 0 0", r.files());
        }
    }

    /** On a case-insensitive destination an extra named like the temp in other case is the same file. */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void anExtraNamedLikeTheTempInOtherCaseIsLeftAlone(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            String upper = temp("a", 10).toUpperCase(java.util.Locale.ROOT);
            h.source("a=" + DATA);
            h.destination(upper + "=mine");
            Harness.Run r = h.run(b -> b.restartable());
            assertEquals(Trees.sorted(upper + "=mine", "a=" + DATA), h.destinationTree(), r.describe());
            assertEquals(3, r.code(), r.describe());
        }
    }
}
