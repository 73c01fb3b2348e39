package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every examples/*.sync.groovy through the real launcher, from the repository root as a user runs them:
 * their default source (the shipped sample data) and, redirected by {@code -P} into a temporary directory,
 * their destinations. Each is checked, run, and its tree and key output lines compared.
 */
class DslExamplesIT {
    static final List<String> SCRIPTS = List.of("quickstart.sync.groovy", "nightly-backup.sync.groovy",
            "mirror-with-safety.sync.groovy", "snapshot-backup.sync.groovy", "conditional.sync.groovy",
            "alerting.sync.groovy", "js-hooks.sync.groovy", "monitoring.sync.groovy", "throttled-copy.sync.groovy",
            "watch-inbox.sync.groovy");
    /**
     * Examples that talk to a server: even their {@code check} logs in, so they are run by RemoteSftpIT against
     * a real sshd instead of here.
     */
    static final List<String> REMOTE = List.of("remote-sftp.sync.groovy");
    private static final Path EXAMPLES = Launcher.REPO.resolve("examples");
    private static final Path SAMPLE = EXAMPLES.resolve("sample-data");
    private static final String QUICKSTART = "scripts/syncopate run examples/quickstart.sync.groovy";
    /** The sample data as every example copies it: without *.tmp files and the cache folder. */
    private static final SortedMap<String, String> COPY =
            Trees.without(Trees.contents(SAMPLE), "docs/reports/draft.tmp", "cache");

    /** Compiled scripts stay in here, never in the user's ~/.cache. */
    @TempDir
    static Path cache;
    @TempDir
    Path tmp;

    private static Launcher.Result run(String... args) {
        return Launcher.syncopate(args).in(Launcher.REPO).env("XDG_CACHE_HOME", cache.toString()).run();
    }

    private static Launcher.Result example(String script, String... args) {
        List<String> line = new ArrayList<>(List.of("run", "examples/" + script));
        line.addAll(Arrays.asList(args));
        return run(line.toArray(String[]::new));
    }

    @Test
    void everyScriptInExamplesIsRunHere() throws IOException {
        TreeSet<String> expected = new TreeSet<>(SCRIPTS);
        expected.addAll(REMOTE);
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            assertEquals(expected, s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sync.groovy")).collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart.sync.groovy", "nightly-backup.sync.groovy", "mirror-with-safety.sync.groovy",
            "snapshot-backup.sync.groovy", "conditional.sync.groovy", "alerting.sync.groovy",
            "js-hooks.sync.groovy", "monitoring.sync.groovy", "throttled-copy.sync.groovy", "watch-inbox.sync.groovy"})
    void checksCleanAndWritesNothing(String script) {
        Path w = Trees.dir(tmp, "w");
        Launcher.Result r = run("check", "examples/" + script, "-P", "target=" + w.resolve("t"),
                "-P", "backups=" + w.resolve("b"), "-P", "versions=" + w.resolve("v"), "-P", "snapshots=" + w.resolve("s"),
                "-P", "daily=" + w.resolve("d"), "-P", "offsite=" + w.resolve("o")).assertExit(0);
        assertEquals("", r.stderr());
        assertTrue(r.stdoutLines().getLast().matches("\\Q" + script + "\\E: OK \\([12] sync blocks? checked\\)"), r.stdout());
        assertEquals(new TreeMap<>(), Trees.contents(w));
    }

    @Test
    void readmesMainCommandIsTheQuickstart() throws IOException {
        assertTrue(Files.readAllLines(Launcher.REPO.resolve("README.md")).stream().map(String::strip)
                .anyMatch(l -> l.equals(QUICKSTART) || l.startsWith(QUICKSTART + " ")), "README.md lacks " + QUICKSTART);
    }

    @Test
    void quickstartFromTheRepositoryRootCopiesThenHasNothingToDo() {
        Path out = tmp.resolve("quickstart");
        Launcher.Result dry = example("quickstart.sync.groovy", "-P", "target=" + out, "--dry-run").assertExit(1);
        assertFalse(Files.exists(out), "--dry-run");
        assertEquals("quickstart: copied 6 of 7 files into " + out + " (exit code 1)", dry.stdoutLines().getLast());

        Launcher.Result r = readmeQuickstart(out).assertExit(1);
        assertEquals("", r.stderr());
        assertEquals(COPY, Trees.contents(out));
        assertTrue(r.stdout().contains("   Source : " + SAMPLE + "/"), r.stdout());
        assertEquals(6, LogTable.copiedFiles(r.stdout()));
        assertEquals("quickstart: copied 6 of 7 files into " + out + " (exit code 1)", r.stdoutLines().getLast());

        Launcher.Result again = readmeQuickstart(out).assertExit(0);
        assertEquals("quickstart: copied 0 of 7 files into " + out + " (exit code 0)", again.stdoutLines().getLast());
        assertEquals(COPY, Trees.contents(out));
    }

    /** The README's command by its relative path from the repository root, into {@code out} instead of out/quickstart. */
    private static Launcher.Result readmeQuickstart(Path out) {
        List<String> argv = new ArrayList<>(List.of(QUICKSTART.split(" ")));
        argv.addAll(List.of("-P", "target=" + out));
        return Launcher.command(argv.toArray(String[]::new)).in(Launcher.REPO).env("XDG_CACHE_HOME", cache.toString())
                .run();
    }

    @Test
    void monitoringWritesMetricsThatPromtoolAcceptsAndPingsStartThenSuccess() throws IOException {
        Path out = tmp.resolve("monitoring");
        try (RecordingHttpServer hc = RecordingHttpServer.start()) {
            Launcher.Result r = example("monitoring.sync.groovy", "-P", "target=" + out, "-P", "ping=" + hc.url("/p/uuid"))
                    .assertExit(1);
            assertEquals("", r.stderr());
            assertEquals(COPY, Trees.contents(out));
            assertEquals(List.of("/p/uuid/start", "/p/uuid"), hc.paths());
        }
        var metrics = MetricsIT.checked(tmp.resolve("monitoring.prom"));
        assertEquals("6", metrics.get("syncopate_block_files{script=\"monitoring.sync.groovy\",block=\"docs\",result=\"copied\"}"));

        Launcher.Result down = example("monitoring.sync.groovy", "-P", "target=" + out).assertExit(0);
        assertEquals(List.of("syncopate: warning: could not ping http://127.0.0.1:9/ping/monitoring/start: connection refused",
                "syncopate: warning: could not ping http://127.0.0.1:9/ping/monitoring: connection refused"), down.stderrLines());
    }

    @Test
    void jsHooksFilterSkipAndReportInJavaScript() {
        Path out = tmp.resolve("js-hooks");
        Launcher.Result r = example("js-hooks.sync.groovy", "-P", "target=" + out).assertExit(1);
        assertEquals("", r.stderr());
        assertEquals(Trees.without(COPY, "photos/2026/beach.jpg"), Trees.contents(out));
        assertTrue(r.stdout().contains("beach.jpg\t(photo over 40 KB: 48000 bytes)"), r.stdout());
        assertTrue(r.stdoutLines().contains("copied photos/2026/mountain.jpg (32000 bytes)"), r.stdout());
        assertEquals("js-hooks: exit code 1", r.stdoutLines().getLast());
    }

    @Test
    void alertingWithNoServersPrintsOneLinePerAlertAndKeepsTheSyncsCode() {
        Path out = tmp.resolve("alerting");
        Launcher.Result r = example("alerting.sync.groovy", "-P", "target=" + out).assertExit(1);
        assertEquals("syncopate: could not post webhook to http://127.0.0.1:9/syncopate: connection refused",
                r.stderr().strip());
        assertEquals(COPY, Trees.contents(out));
    }

    @Test
    void nightlyBackupMakesATimestampedFolderAndKeepsTheNewest() {
        Path b = tmp.resolve("backups");
        Trees.file(b, "20200101_230000/old.txt", "oldest");
        Trees.file(b, "20200102_230000/old.txt", "older");
        Trees.file(b, "notes/readme.txt", "not a timestamp: never removed");

        Launcher.Result r = example("nightly-backup.sync.groovy", "-P", "backups=" + b, "-P", "keep=2").assertExit(1);

        assertEquals("", r.stderr());
        List<String> stamps = names(b).stream().filter(n -> n.matches("\\d{8}_\\d{6}")).toList();
        assertEquals(2, stamps.size(), stamps.toString());
        assertEquals("20200102_230000", stamps.getFirst());
        String stamp = stamps.getLast();
        assertEquals(List.of("20200102_230000", stamp, "logs", "notes"), names(b));
        assertEquals(COPY, Trees.contents(b.resolve(stamp)));
        String log = Trees.read(b.resolve("logs/docs-" + stamp + ".log"));
        assertEquals(6, LogTable.copiedFiles(log), log);
        // The block's log goes to its file; the console gets the script's own lines.
        assertEquals(List.of("Removed old folder " + b.resolve("20200101_230000"),
                "docs: exit code 1, 6 files copied into " + b + "/" + stamp), r.stdoutLines());
    }

    @Test
    void mirrorWithSafetyKeepsVersionsHonoursTheHookAndStopsAtMaxDelete() {
        Path m = tmp.resolve("mirror");
        Path v = tmp.resolve("versions");
        Trees.file(m, "old.txt", "only in the mirror");
        Trees.file(m, "archive/2020.txt", "kept by the beforeDelete hook");
        Trees.file(m, "README.txt", "my edit, overwritten");
        String[] params = {"-P", "target=" + m, "-P", "versions=" + v};

        Launcher.Result r = example("mirror-with-safety.sync.groovy", params).assertExit(3);

        assertEquals("", r.stderr());
        SortedMap<String, String> expected = new TreeMap<>(COPY);
        expected.putAll(Trees.contents(m).subMap("archive", "archive0"));
        assertEquals(expected, Trees.contents(m));
        List<String> days = names(v).stream().filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
        assertEquals(1, days.size(), names(v).toString());
        assertEquals("only in the mirror", Trees.read(v.resolve(days.getFirst()).resolve("old.txt")));
        assertEquals("my edit, overwritten", Trees.read(v.resolve(days.getFirst()).resolve("README.txt")));
        assertTrue(Trees.read(v.resolve("last-run.json")).contains("\"exitCode\": 3"));
        assertTrue(r.stdoutLines().contains("deleting old.txt (a copy goes to " + v + ")"), r.stdout());
        assertTrue(r.stdout().contains("kept extra: " + m.resolve("archive") + " (archive is kept)"), r.stdout());
        assertEquals("mirror: exit code 3, 6 copied, 1 extra files", r.stdoutLines().getLast());

        Trees.file(m, "new-extra.txt", "would be deleted");
        SortedMap<String, String> before = Trees.contents(m);
        Launcher.Result tooMany = example("mirror-with-safety.sync.groovy", "-P", "target=" + m, "-P", "versions=" + v,
                "-P", "maxDelete=0").assertExit(10);
        assertEquals(before, Trees.contents(m), "maxDelete exceeded: nothing deleted");
        assertTrue(tooMany.stdout().contains("MIRROR FAILED (exit code 10); the end of its log:"), tooMany.stdout());

        Path empty = Trees.dir(tmp, "unmounted");
        Launcher.Result guard = example("mirror-with-safety.sync.groovy", "-P", "source=" + empty, "-P", "target=" + m,
                "-P", "versions=" + v).assertExit(16);
        assertEquals(before, Trees.contents(m), "empty-source guard: nothing deleted");
        assertTrue(guard.stdout().contains("MIRROR FAILED (exit code 16)"), guard.stdout());
    }

    @Test
    void snapshotBackupHardLinksTheUnchangedFilesAndKeepsTheNewest() throws Exception {
        Path s = tmp.resolve("snapshots");
        Trees.file(s, "20200101_000000/README.txt", "the oldest snapshot");
        String[] params = {"-P", "snapshots=" + s, "-P", "keep=2"};

        Launcher.Result first = example("snapshot-backup.sync.groovy", params).assertExit(1);
        assertEquals("", first.stderr());
        String one = names(s).getLast();
        assertEquals(COPY, Trees.contents(s.resolve(one)));
        assertEquals("snapshot " + s + "/" + one + ": exit code 1, 6 files copied", first.stdoutLines().getLast());

        Thread.sleep(1100);   // the next second: the next snapshot's name
        Launcher.Result second = example("snapshot-backup.sync.groovy", params).assertExit(0);
        List<String> kept = names(s);
        assertEquals(2, kept.size(), kept.toString());
        assertEquals(one, kept.getFirst(), "20200101_000000 removed, the newest 2 kept");
        String two = kept.getLast();
        assertEquals(COPY, Trees.contents(s.resolve(two)));
        assertTrue(second.stdout().contains("Removed old folder " + s.resolve("20200101_000000")), second.stdout());
        assertEquals("snapshot " + s + "/" + two + ": exit code 0, 0 files copied", second.stdoutLines().getLast());
        for (String f : List.of("README.txt", "photos/2026/beach.jpg")) {
            assertEquals(Files.getAttribute(s.resolve(one).resolve(f), "unix:ino"),
                    Files.getAttribute(s.resolve(two).resolve(f), "unix:ino"), f + " is one file, linked");
        }
    }

    @Test
    void conditionalRunsTheWeeklyMirrorWhenForced() {
        Path d = tmp.resolve("daily");
        Path o = tmp.resolve("offsite");
        Launcher.Result r = example("conditional.sync.groovy", "-P", "daily=" + d, "-P", "offsite=" + o,
                "-P", "force=weekly").assertExit(1);
        assertEquals("", r.stderr());
        assertEquals(COPY, Trees.contents(d));
        assertEquals(COPY, Trees.contents(o));
        assertTrue(r.stdoutLines().getLast().matches("backup finished on \\S+ with exit code 1"), r.stdout());
    }

    @Test
    void conditionalMirrorsOnlyOnSundaysUnlessForced() {
        Path d = tmp.resolve("daily");
        Path o = tmp.resolve("offsite");
        DayOfWeek day = LocalDate.now().getDayOfWeek();
        Launcher.Result r = example("conditional.sync.groovy", "-P", "daily=" + d, "-P", "offsite=" + o).assertExit(1);
        assertEquals(COPY, Trees.contents(d));
        if (day == DayOfWeek.SUNDAY) {
            assertEquals(COPY, Trees.contents(o));
        } else {
            assertFalse(Files.exists(o));
            assertTrue(r.stdoutLines().contains("weekly mirror: not today ("
                    + day.toString().toLowerCase(Locale.ROOT) + ")"), r.stdout());
        }
    }

    @Test
    void conditionalAlertsAndSkipsTheMirrorWhenTheDailyCopyFails() {
        Path o = tmp.resolve("offsite");
        Launcher.Result r = example("conditional.sync.groovy", "-P", "source=" + tmp.resolve("unmounted"),
                "-P", "daily=" + tmp.resolve("daily"), "-P", "offsite=" + o, "-P", "force=weekly").assertExit(16);
        assertFalse(Files.exists(o));
        assertTrue(r.stdoutLines().contains("daily copy failed (exit code 16): no weekly mirror today"), r.stdout());
        assertTrue(r.stdoutLines().getLast().matches("ALERT from \\S+: backup failed with exit code 16"), r.stdout());
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
