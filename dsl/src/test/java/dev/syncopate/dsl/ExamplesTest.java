package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example scripts (test resources under {@code dev/syncopate/dsl/examples}, to be shipped in
 * {@code examples/}): each checks clean and runs on real directories, twice where a second run matters.
 */
class ExamplesTest {
    static final List<String> EXAMPLES = List.of("quickstart", "nightly", "mirror", "snapshot", "conditional");

    @TempDir
    Path dir;

    private Path example(String name) {
        try (InputStream in = ExamplesTest.class.getResourceAsStream("examples/" + name + ".sync.groovy")) {
            Path file = dir.resolve(name + ".sync.groovy");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path sampleData() {
        // the repository's examples/sample-data when the tests run in it, a copy of its shape otherwise
        Path repo = Path.of("..", "examples", "sample-data");
        if (Files.isDirectory(repo)) {
            return repo;
        }
        return ScriptHarness.tree(dir.resolve("sample-data"), "README.txt", "r", "cache/thumbs.db", "t",
                "docs/meeting-notes.md", "m", "docs/reports/2026.csv", "c", "docs/reports/draft.tmp", "d",
                "empty/.keep", "", "photos/2026/beach.jpg", "b", "photos/2026/mountain.jpg", "m");
    }

    @Test
    void everyExampleChecksClean() {
        Path src = ScriptHarness.tree(dir.resolve("src"), "a.txt", "A");
        for (String name : EXAMPLES) {
            ScriptHarness.Run r = ScriptHarness.command("check", example(name), "-P", "source=" + src,
                    "-P", "target=" + dir.resolve("t"), "-P", "backups=" + dir.resolve("b"),
                    "-P", "snapshots=" + dir.resolve("s"), "-P", "versions=" + dir.resolve("v"));
            assertEquals("", r.err(), name);
            assertEquals(0, r.code(), name);
            assertTrue(r.out().contains(name + ".sync.groovy: OK ("), r.out());
        }
    }

    @Test
    void quickstartCopiesTheSampleDataThenHasNothingToDo() {
        Path target = dir.resolve("out/quickstart");
        Path script = example("quickstart");
        String[] params = {"-P", "source=" + sampleData(), "-P", "target=" + target};
        ScriptHarness.Run first = ScriptHarness.command("run", script, params);
        assertEquals("", first.err());
        assertEquals(1, first.code());
        assertTrue(first.out().endsWith("quickstart: copied 6 of 7 files into " + target + " (exit code 1)" + NL),
                first.out());
        assertTrue(Files.exists(target.resolve("docs/reports/2026.csv")));
        assertFalse(Files.exists(target.resolve("docs/reports/draft.tmp")));
        assertFalse(Files.exists(target.resolve("cache")));
        ScriptHarness.Run second = ScriptHarness.command("run", script, params);
        assertEquals(0, second.code());
        assertTrue(second.out().endsWith("quickstart: copied 0 of 7 files into " + target + " (exit code 0)" + NL),
                second.out());
    }

    @Test
    void nightlyMakesTimestampedFoldersAndKeepsTheNewest() throws IOException {
        Path src = ScriptHarness.tree(dir.resolve("src"), "report.docx", "r", "~lock.docx", "l", "x.tmp", "t",
                "sub/a.lock", "a", "sub/b.txt", "b");
        Path backups = dir.resolve("backups");
        for (String old : List.of("20200101_230000", "20200102_230000")) {
            Files.createDirectories(backups.resolve(old));
        }
        ScriptHarness.Run r = ScriptHarness.command("run", example("nightly"), "-P", "source=" + src,
                "-P", "backups=" + backups, "-P", "keep=2");
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("Removed old folder " + backups.resolve("20200101_230000")), r.out());
        List<Path> folders = list(backups).stream().filter(p -> p.getFileName().toString().matches("\\d{8}_\\d{6}"))
                .toList();
        assertEquals(2, folders.size(), folders.toString());
        Path newest = folders.getLast();
        assertTrue(Files.exists(newest.resolve("report.docx")));
        assertTrue(Files.exists(newest.resolve("sub/b.txt")));
        assertFalse(Files.exists(newest.resolve("~lock.docx")));
        assertFalse(Files.exists(newest.resolve("x.tmp")));
        assertFalse(Files.exists(newest.resolve("sub/a.lock")));
        assertTrue(Files.isDirectory(backups.resolve("logs")), "the log folder is no timestamp: kept");
        assertTrue(r.out().contains("docs: exit code 1, 2 files copied into " + newest + NL), r.out());
    }

    @Test
    void mirrorIsSafe() throws IOException {
        Path src = ScriptHarness.tree(dir.resolve("src"), "a.txt", "A", "node_modules/x.js", "x");
        Path target = ScriptHarness.tree(dir.resolve("mirror"), "old.txt", "O", "keep/notes.txt", "N");
        Path versions = dir.resolve("versions");
        ScriptHarness.Run r = ScriptHarness.command("run", example("mirror"), "-P", "source=" + src,
                "-P", "target=" + target, "-P", "versions=" + versions);
        assertEquals("", r.err());
        assertEquals(3, r.code());
        assertTrue(Files.exists(target.resolve("a.txt")));
        assertFalse(Files.exists(target.resolve("node_modules")));
        assertFalse(Files.exists(target.resolve("old.txt")));
        assertTrue(Files.exists(target.resolve("keep/notes.txt")), "kept by the beforeDelete hook");
        try (Stream<Path> s = Files.walk(versions)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("old.txt")), "purged file moved to versions");
        }
        assertTrue(Files.exists(versions.resolve("last-run.json")));

        Files.delete(src.resolve("a.txt"));
        Files.delete(src.resolve("node_modules/x.js"));
        Files.delete(src.resolve("node_modules"));
        ScriptHarness.Run empty = ScriptHarness.command("run", example("mirror"), "-P", "source=" + src,
                "-P", "target=" + target, "-P", "versions=" + versions);
        assertEquals(16, empty.code(), "the empty-source guard");
        assertTrue(Files.exists(target.resolve("a.txt")));
        assertTrue(empty.out().contains("MIRROR FAILED (exit code 16)"), empty.out());
    }

    @Test
    void snapshotLinksTheSecondRun() throws IOException, InterruptedException {
        Path src = ScriptHarness.tree(dir.resolve("home"), "notes.txt", "n", ".cache/big", "b");
        Path snaps = dir.resolve("snaps");
        String[] params = {"-P", "source=" + src, "-P", "snapshots=" + snaps, "-P", "keep=2"};
        ScriptHarness.Run first = ScriptHarness.command("run", example("snapshot"), params);
        assertEquals("", first.err());
        assertEquals(1, first.code());
        Thread.sleep(1100);   // the next timestamp
        ScriptHarness.Run second = ScriptHarness.command("run", example("snapshot"), params);
        assertEquals(0, second.code(), second.out());
        List<Path> two = list(snaps);
        assertEquals(2, two.size());
        assertEquals(Files.getAttribute(two.get(0).resolve("notes.txt"), "unix:ino"),
                Files.getAttribute(two.get(1).resolve("notes.txt"), "unix:ino"));
        assertFalse(Files.exists(two.get(1).resolve(".cache")));
        assertTrue(second.out().contains(": exit code 0, 0 files copied"), second.out());
    }

    @Test
    void conditionalRunsTheWeeklyMirrorWhenForcedAndReportsAtTheEnd() {
        Path src = ScriptHarness.tree(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.command("run", example("conditional"), "-P", "source=" + src,
                "-P", "daily=" + dir.resolve("daily"), "-P", "offsite=" + dir.resolve("offsite"), "-P", "force=weekly");
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertTrue(Files.exists(dir.resolve("offsite/a.txt")));
        assertTrue(r.lines().getLast().startsWith("backup finished on "), r.out());
        assertTrue(r.lines().getLast().endsWith(" with exit code 1"), r.out());
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
