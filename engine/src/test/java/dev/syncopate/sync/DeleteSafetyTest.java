package dev.syncopate.sync;

import dev.syncopate.event.DirStatus;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deletes never blind: /MAXDEL, the empty-source guard, and source directories that cannot be listed. */
class DeleteSafetyTest {
    private static final String[] EXTRAS = {"a=1", "x=1", "y=1", "old/z=1", "sub/s=1", "sub/w=1"};

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void maxDeleteExceededDeletesNothingAndFails(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "new=1", "sub/s=1");
            h.destination(EXTRAS);
            // x, y, old, old/z and sub/w: five entries
            Harness.Run r = h.run(b -> b.mirror().maxDelete(4));
            assertEquals(1 | 2 | 8, r.code(), r.describe());
            assertEquals(Trees.sorted("a=1", "new=1", "x=1", "y=1", "old/", "old/z=1", "sub/", "sub/s=1", "sub/w=1"),
                    h.destinationTree());
            assertTrue(r.notices().contains("ERROR : /MAXDEL:4 exceeded: purging the extras (3 *EXTRA File,"
                    + " 1 *EXTRA Dir holding 1 entry) would delete 5 entries; nothing was deleted."), r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void maxDeleteNotExceededDeletes(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/s=1");
            h.destination(EXTRAS);
            Harness.Run r = h.run(b -> b.mirror().maxDelete(5));
            assertEquals(2, r.code(), r.describe());
            assertEquals(List.of("a=1", "sub/", "sub/s=1"), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void extrasThatBeforeDeleteKeepsDoNotCountTowardsMaxDelete(Trees.Fs fs) throws Exception {
        SyncHooks keepArchive = new SyncHooks() {
            @Override
            public Verdict beforeDelete(FileView f) {
                return f.path().startsWith("archive") ? Verdict.skip("archived") : Verdict.PROCEED;
            }
        };
        try (Harness h = new Harness(fs)) {
            h.source("a=1");
            h.destination("a=1", "archive/notes.txt=1", "archive/old.txt=1", "gone=1");
            Harness.Run r = h.run(b -> b.mirror().maxDelete(1).hooks(keepArchive));
            assertEquals(2, r.code(), r.describe());
            assertEquals(List.of("a=1", "archive/", "archive/notes.txt=1", "archive/old.txt=1"), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void maxDeleteUnderListOnlyGivesTheSameCode(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/s=1");
            h.destination(EXTRAS);
            Harness.Run r = h.run(b -> b.mirror().maxDelete(1).listOnly());
            assertEquals(2 | 8, r.code(), r.describe());
            assertEquals(Trees.sorted(EXTRAS).size() + 2, h.destinationTree().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void emptySourceNeverWipesTheDestination(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source();
            h.destination(EXTRAS);
            List<String> before = h.destinationTree();
            for (boolean listOnly : new boolean[]{true, false}) {
                Harness.Run mir = h.run(b -> b.mirror().listOnly(listOnly));
                assertEquals(16, mir.code(), mir.describe());
                Harness.Run purge = h.run(b -> b.purge().listOnly(listOnly));
                assertEquals(16, purge.code(), purge.describe());
                assertTrue(mir.notices().get(0).contains("/ALLOWEMPTYSOURCE"), mir.describe());
            }
            assertEquals(before, h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aSourceHoldingOnlyTempNamedFilesIsNotEmpty(Trees.Fs fs) throws Exception {
        // Such names in the source are user data, not leftovers of this job: they are copied.
        String name = dev.syncopate.execute.TempNames.name("a", 1, 0);
        try (Harness h = new Harness(fs)) {
            h.source(name + "=x");
            h.destination("a=1");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(3, r.code(), r.describe());
            assertEquals(List.of(name + "=x"), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void allowEmptySourcePurges(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source();
            h.destination(EXTRAS);
            Harness.Run r = h.run(b -> b.mirror().allowEmptySource());
            assertEquals(2, r.code(), r.describe());
            assertEquals(List.of(), h.destinationTree());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void theGuardOnlyConcernsPurges(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source();
            h.destination("x=1");
            assertEquals(2, h.run(b -> b.emptyDirs()).code());
            h.destination();
            Files.delete(h.path("dst/x"));
            assertEquals(0, h.run(b -> b.mirror()).code(), "empty source, empty destination");
        }
    }

    /**
     * A destination name that differs from the source's only in Unicode form, beside the exact
     * name: never purged (deleting it could hit its twin where names are looked up by form), an
     * extra and an error instead.
     */
    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aDestinationTwinIsNeverPurged(Trees.Fs fs) throws Exception {
        String nfc = "caf\u00e9", nfd = "cafe\u0301";
        try (Harness h = new Harness(fs)) {
            h.source(nfc + "=1");
            h.destination(nfc + "=1", nfd + "=old");
            Harness.Run r = h.run(b -> b.mirror());
            assertEquals(2 | 8, r.code(), r.describe());
            assertEquals(Trees.sorted(nfc + "=1", nfd + "=old"), h.destinationTree());
            assertEquals("Deleting Extra File", r.errors().get(0).action(), r.describe());
            assertEquals(h.dst.resolve(nfd), r.errors().get(0).path());
            assertEquals("1 0 1 0 1 1", r.files(), r.describe());
        }
    }

    /** beforeCopy of a file runs before the walk lists that directory's subdirectories: it can take one away. */
    private static SyncHooks whenCopying(String name, Runnable sabotage) {
        return new SyncHooks() {
            @Override
            public Verdict beforeCopy(FileView f) {
                if (f.name().equals(name)) {
                    sabotage.run();
                }
                return Verdict.PROCEED;
            }
        };
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aSourceDirThatVanishesBeforeItsListingIsNeverPurged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "p/b=1", "p/sub/s=1");
            h.destination("p/x=1", "p/sub/s=1", "p/sub/extra=1", "p/sub/deep/d=1");
            // p/b is planned after p is listed and before p/sub is: the hook makes p/sub vanish in between.
            Harness.Run r = h.run(b -> b.mirror().hooks(whenCopying("b", () -> deleteTree(h.path("src/p/sub")))));
            assertEquals(Trees.sorted("a=1", "p/", "p/b=1", "p/sub/", "p/sub/s=1", "p/sub/extra=1", "p/sub/deep/",
                    "p/sub/deep/d=1"), h.destinationTree(), r.describe());
            assertEquals(1 | 2 | 8, r.code(), r.describe());
            assertEquals(1, r.result().summary().dirs().failed());
            assertTrue(r.dirLines().stream().anyMatch(d -> d.path().equals("p/sub") && d.status() == DirStatus.FAILED),
                    r.describe());
            assertEquals("Scanning Source Directory", r.errors().get(0).action());
        }
    }

    @ParameterizedTest
    @EnumSource(Trees.Fs.class)
    void aSourceDirReplacedByAFileIsNeverPurged(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/s=1");
            h.destination("sub/s=1", "sub/extra=1");
            Harness.Run r = h.run(b -> b.mirror().hooks(whenCopying("a", () -> {
                deleteTree(h.path("src/sub"));
                try {
                    Files.writeString(h.path("src/sub"), "now a file");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })));
            assertEquals(Trees.sorted("a=1", "sub/", "sub/s=1", "sub/extra=1"), h.destinationTree(), r.describe());
            assertEquals(1 | 8, r.code(), r.describe());
        }
    }
}
