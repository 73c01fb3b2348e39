package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example scripts shipped in the repository's {@code examples/} (read in place: Maven runs the tests
 * in the dsl module, so they are {@code ../examples}): each checks clean and runs in-process on real
 * directories, twice where a second run matters. DslExamplesIT runs them through the real launcher.
 */
class ExamplesTest {
    static final List<String> EXAMPLES =
            List.of("quickstart", "nightly-backup", "mirror-with-safety", "snapshot-backup", "conditional",
                    "alerting", "js-hooks", "monitoring", "throttled-copy", "watch-inbox");
    /** Examples that talk to a server (even check logs in): RemoteSftpIT runs them against a real sshd. */
    static final List<String> REMOTE = List.of("remote-sftp");
    /** The repository's examples/: ../examples from the dsl module (Maven's user.dir), or from the root (an IDE's). */
    static final Path DIR = Stream.of("../examples", "examples").map(Path.of(System.getProperty("user.dir"))::resolve)
            .map(Path::normalize).filter(p -> Files.isDirectory(p.resolve("sample-data"))).findFirst()
            .orElseThrow(() -> new IllegalStateException("no examples/ next to " + System.getProperty("user.dir")));
    static final Path SAMPLE = DIR.resolve("sample-data");

    @TempDir
    Path dir;

    private static Path example(String name) {
        Path file = DIR.resolve(name + ".sync.groovy");
        assertTrue(Files.isRegularFile(file), "missing example " + file);
        return file;
    }

    @Test
    void everyScriptInExamplesIsTestedHere() throws IOException {
        TreeSet<String> expected = new TreeSet<>(EXAMPLES);
        expected.addAll(REMOTE);
        try (Stream<Path> s = Files.list(DIR)) {
            assertEquals(expected, s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sync.groovy")).map(n -> n.substring(0, n.length() - ".sync.groovy".length()))
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll), "add a test for every examples/*.sync.groovy");
        }
    }

    @Test
    void everyExampleChecksClean() {
        for (String name : EXAMPLES) {
            ScriptHarness.Run r = ScriptHarness.command("check", example(name), "-P", "source=" + SAMPLE,
                    "-P", "target=" + dir.resolve("t"), "-P", "backups=" + dir.resolve("b"),
                    "-P", "snapshots=" + dir.resolve("s"), "-P", "versions=" + dir.resolve("v"),
                    "-P", "daily=" + dir.resolve("d"), "-P", "offsite=" + dir.resolve("o"),
                    "-P", "hooks=" + DIR.resolve("hooks"));
            assertEquals("", r.err(), name);
            assertEquals(0, r.code(), name);
            assertTrue(r.lines().getLast().startsWith(name + ".sync.groovy: OK ("), r.out());
        }
        assertEquals(List.of(), list(dir), "check writes nothing");
    }

    @Test
    void quickstartCopiesTheSampleDataThenHasNothingToDo() {
        Path target = dir.resolve("out/quickstart");
        String[] params = {"-P", "source=" + SAMPLE, "-P", "target=" + target};
        ScriptHarness.Run first = ScriptHarness.command("run", example("quickstart"), params);
        assertEquals("", first.err());
        assertEquals(1, first.code());
        assertTrue(first.out().endsWith("quickstart: copied 6 of 7 files into " + target + " (exit code 1)" + NL),
                first.out());
        assertTrue(Files.exists(target.resolve("docs/reports/2026.csv")));
        assertTrue(Files.exists(target.resolve("empty/.keep")));
        assertFalse(Files.exists(target.resolve("docs/reports/draft.tmp")));
        assertFalse(Files.exists(target.resolve("cache")));
        ScriptHarness.Run second = ScriptHarness.command("run", example("quickstart"), params);
        assertEquals(0, second.code());
        assertTrue(second.out().endsWith("quickstart: copied 0 of 7 files into " + target + " (exit code 0)" + NL),
                second.out());
    }

    @Test
    void throttledCopyCopiesTheSampleDataUnderItsLimit() {
        Path target = dir.resolve("out/throttled");
        ScriptHarness.Run r = ScriptHarness.command("run", example("throttled-copy"), "-P", "source=" + SAMPLE,
                "-P", "target=" + target);
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertTrue(Files.exists(target.resolve("photos/2026/beach.jpg")));
        assertFalse(Files.exists(target.resolve("cache")));
        assertTrue(r.lines().getLast().matches("throttled: copied \\d+ bytes at up to 1 MiB/s \\(exit code 1\\)"), r.out());
    }

    @Test
    void watchInboxCopiesThenWatchesUntilTheTimeout() {
        Path target = dir.resolve("out/inbox");
        ScriptHarness.Run r = ScriptHarness.command("run", example("watch-inbox"), "-P", "source=" + SAMPLE,
                "-P", "target=" + target, "--timeout", "1s");
        assertEquals("syncopate: timed out after 1s: the run was stopped early (exit code includes 8)" + NL, r.err());
        assertEquals(9, r.code());
        assertTrue(Files.exists(target.resolve("docs/reports/2026.csv")));
        assertTrue(r.out().contains("  Monitor : ended (timed out after 1s) after 1 pass, exit code 9"), r.out());
        assertEquals("inbox: stopped watching " + SAMPLE + " (exit code 9)", r.lines().getLast());
    }

    @Test
    void jsHooksSkipTheBigPhotoInJavaScript() {
        Path target = dir.resolve("out/js-hooks");
        ScriptHarness.Run r = ScriptHarness.command("run", example("js-hooks"), "-P", "source=" + SAMPLE,
                "-P", "target=" + target, "-P", "hooks=" + DIR.resolve("hooks"));
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertTrue(Files.exists(target.resolve("photos/2026/mountain.jpg")));
        assertFalse(Files.exists(target.resolve("photos/2026/beach.jpg")));
        assertFalse(Files.exists(target.resolve("docs/reports/draft.tmp")));
        assertTrue(r.out().contains("beach.jpg\t(photo over 40 KB: 48000 bytes)"), r.out());
        assertTrue(r.lines().contains("copied docs/reports/2026.csv (86 bytes)"), r.out());
        assertEquals("js-hooks: exit code 1", r.lines().getLast());
    }

    @Test
    void nightlyMakesTimestampedFoldersWithExclusionsAndKeepsTheNewest() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "report.docx", "r", "~lock.docx", "l", "x.tmp", "t",
                "sub/a.lock", "a", "sub/b.txt", "b", "desktop.ini", "d", "Temp/t.txt", "t", ".git/HEAD", "h");
        Path backups = dir.resolve("backups");
        for (String old : List.of("20200101_230000", "20200102_230000", "notes")) {
            Files.createDirectories(backups.resolve(old));
        }
        ScriptHarness.Run r = ScriptHarness.command("run", example("nightly-backup"), "-P", "source=" + src,
                "-P", "backups=" + backups, "-P", "keep=2");
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertEquals("Removed old folder " + backups.resolve("20200101_230000"), r.lines().getFirst(), r.out());
        List<Path> folders = list(backups).stream()
                .filter(p -> p.getFileName().toString().matches("\\d{8}_\\d{6}")).toList();
        assertEquals(2, folders.size(), folders.toString());
        Path newest = folders.getLast();
        assertEquals(List.of(newest.resolve("report.docx"), newest.resolve("sub")), list(newest));
        assertEquals(List.of(newest.resolve("sub/b.txt")), list(newest.resolve("sub")));
        assertTrue(Files.isDirectory(backups.resolve("notes")), "no timestamp: kept");
        String stamp = newest.getFileName().toString();
        assertTrue(Files.readString(backups.resolve("logs/docs-" + stamp + ".log")).contains("   Files :"));
        assertEquals("docs: exit code 1, 2 files copied into " + backups + "/" + stamp, r.lines().getLast(), r.out());
    }

    @Test
    void mirrorIsSafe() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A", "node_modules/x.js", "x", "b.swp", "s");
        Path target = Trees.files(dir.resolve("mirror"), "old.txt", "O", "archive/notes.txt", "N");
        Path versions = dir.resolve("versions");
        String[] params = {"-P", "source=" + src, "-P", "target=" + target, "-P", "versions=" + versions};
        ScriptHarness.Run r = ScriptHarness.command("run", example("mirror-with-safety"), params);
        assertEquals("", r.err());
        assertEquals(3, r.code());
        assertEquals(List.of(target.resolve("a.txt"), target.resolve("archive")), list(target));
        assertTrue(Files.exists(target.resolve("archive/notes.txt")), "kept by the beforeDelete hook");
        assertTrue(r.out().contains("deleting old.txt (a copy goes to " + versions + ")" + NL), r.out());
        try (Stream<Path> s = Files.walk(versions)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("old.txt")), "purged file moved to versions");
        }
        assertTrue(Files.readString(versions.resolve("last-run.json")).contains("\"exitCode\": 3"));
        assertEquals("mirror: exit code 3, 1 copied, 1 extra files", r.lines().getLast());

        Trees.files(target, "new-extra.txt", "E");
        ScriptHarness.Run tooMany = ScriptHarness.command("run", example("mirror-with-safety"), params[0], params[1],
                params[2], params[3], params[4], params[5], "-P", "maxDelete=0");
        assertEquals(10, tooMany.code(), tooMany.out());
        assertTrue(Files.exists(target.resolve("new-extra.txt")), "maxDelete: nothing deleted");
        assertTrue(tooMany.out().contains("MIRROR FAILED (exit code 10)"), tooMany.out());

        Files.delete(src.resolve("a.txt"));
        Files.delete(src.resolve("b.swp"));
        Files.delete(src.resolve("node_modules/x.js"));
        Files.delete(src.resolve("node_modules"));
        ScriptHarness.Run empty = ScriptHarness.command("run", example("mirror-with-safety"), params);
        assertEquals(16, empty.code(), "the empty-source guard");
        assertTrue(Files.exists(target.resolve("a.txt")));
        assertTrue(empty.out().contains("MIRROR FAILED (exit code 16)"), empty.out());
    }

    @Test
    void snapshotLinksTheSecondRun() throws IOException, InterruptedException {
        Path src = Trees.files(dir.resolve("home"), "notes.txt", "n", ".cache/big", "b", "x.tmp", "t");
        Path snaps = dir.resolve("snaps");
        String[] params = {"-P", "source=" + src, "-P", "snapshots=" + snaps, "-P", "keep=2"};
        ScriptHarness.Run first = ScriptHarness.command("run", example("snapshot-backup"), params);
        assertEquals("", first.err());
        assertEquals(1, first.code());
        Thread.sleep(1100);   // the next timestamp
        ScriptHarness.Run second = ScriptHarness.command("run", example("snapshot-backup"), params);
        assertEquals(0, second.code(), second.out());
        List<Path> two = list(snaps);
        assertEquals(2, two.size());
        assertEquals(Files.getAttribute(two.get(0).resolve("notes.txt"), "unix:ino"),
                Files.getAttribute(two.get(1).resolve("notes.txt"), "unix:ino"));
        assertEquals(List.of(two.get(1).resolve("notes.txt")), list(two.get(1)));
        assertEquals("snapshot " + two.get(1) + ": exit code 0, 0 files copied", second.lines().getLast());
    }

    @Test
    void conditionalRunsTheWeeklyMirrorWhenForcedAndReportsAtTheEnd() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.command("run", example("conditional"), "-P", "source=" + src,
                "-P", "daily=" + dir.resolve("daily"), "-P", "offsite=" + dir.resolve("offsite"), "-P", "force=weekly");
        assertEquals("", r.err());
        assertEquals(1, r.code());
        assertTrue(Files.exists(dir.resolve("daily/a.txt")));
        assertTrue(Files.exists(dir.resolve("offsite/a.txt")));
        assertTrue(r.lines().getLast().startsWith("backup finished on "), r.out());
        assertTrue(r.lines().getLast().endsWith(" with exit code 1"), r.out());
    }

    @Test
    void conditionalSkipsTheMirrorAndAlertsWhenTheDailyCopyFails() {
        ScriptHarness.Run r = ScriptHarness.command("run", example("conditional"), "-P",
                "source=" + dir.resolve("missing"), "-P", "daily=" + dir.resolve("daily"),
                "-P", "offsite=" + dir.resolve("offsite"), "-P", "force=weekly");
        assertEquals(16, r.code());
        assertFalse(Files.exists(dir.resolve("offsite")));
        assertTrue(r.out().contains("daily copy failed (exit code 16): no weekly mirror today" + NL), r.out());
        assertTrue(r.lines().getLast().startsWith("ALERT from "), r.out());
        assertTrue(r.lines().getLast().endsWith(": backup failed with exit code 16"), r.out());
    }

    private static List<Path> list(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void alertingWithNoServersSaysSoInOneLineAndKeepsTheSyncsCode() {
        Path target = dir.resolve("out/alerting");
        long start = System.nanoTime();
        ScriptHarness.Run r = ScriptHarness.command("run", example("alerting"), "-P", "source=" + SAMPLE,
                "-P", "target=" + target);
        assertEquals(1, r.code());
        assertEquals("syncopate: could not post webhook to http://127.0.0.1:9/syncopate: connection refused" + NL, r.err());
        assertTrue(Files.exists(target.resolve("docs/reports/2026.csv")));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "not hung");
        ScriptHarness.Run failed = ScriptHarness.command("run", example("alerting"), "-P", "source=" + dir.resolve("missing"),
                "-P", "target=" + target, "-P", "smtpPort=9");
        assertEquals(16, failed.code());
        assertTrue(failed.err().endsWith("syncopate: could not send email to ops@example.com: connection refused" + NL),
                failed.err());
    }

    @Test
    void monitoringWritesItsMetricsAndAPingThatCannotBeSentIsOnlyAWarning() {
        Path target = dir.resolve("out/monitoring");
        ScriptHarness.Run r = ScriptHarness.command("run", example("monitoring"), "-P", "source=" + dir.resolve("missing"),
                "-P", "target=" + target);
        assertEquals(16, r.code(), r.err());
        assertTrue(r.err().startsWith("syncopate: warning: could not ping http://127.0.0.1:9/ping/monitoring/start:"
                + " connection refused" + NL), r.err());
        assertTrue(r.err().endsWith("syncopate: warning: could not ping http://127.0.0.1:9/ping/monitoring/fail:"
                + " connection refused" + NL), r.err());
        String prom = dev.syncopate.sync.Trees.read(dir.resolve("out/monitoring.prom"));
        assertTrue(prom.contains("syncopate_block_exit_code{script=\"monitoring.sync.groovy\",block=\"docs\"} 16\n"), prom);
    }
}
