package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** timestamp, now, today, env, params, hostname, keep and snapshots, with a clock the test controls. */
class TimeAndRetentionTest {
    /** Sunday, 8 November 2026, 23:00 UTC. */
    static final Instant T0 = Instant.parse("2026-11-08T23:00:00Z");

    @TempDir
    Path dir;

    /** A clock that moves one second forward each time it is read, as real time would during a run. */
    static Clock ticking(Instant start) {
        return new Clock() {
            private Instant next = start;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plusSeconds(1);
                return now;
            }
        };
    }

    record Result(int code, String out, String err) {
    }

    private Result run(String script, Clock clock, RunSettings.Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunSettings s = RunSettings.defaults(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .withClock(clock).withMode(mode)
                .withEnv(Map.of("HOME_NAS", "/mnt/nas")::get).withHostname(() -> "backup01")
                .withParams(Map.of("target", "usb"));
        ScriptRunner.Outcome o = new ScriptRunner(s).run(ScriptHarness.write(dir, "t.sync.groovy", script));
        return new Result(o.exitCode(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8) + (o.error() == null ? "" : o.error()));
    }

    private Result run(String script, Clock clock) {
        return run(script, clock, RunSettings.Mode.RUN);
    }

    @Test
    void theRunHasOneTimestamp() {
        Result r = run("""
                println timestamp()
                println timestamp()
                println timestamp('yyyy-MM-dd HH:mm:ss')
                println "${now.isAfter(LocalDateTime.of(2026, 11, 8, 23, 0))} ${today} ${today.dayOfWeek == SUNDAY}"
                """, ticking(T0));
        assertEquals(String.join(NL, "20261108_230000", "20261108_230000", "2026-11-08 23:00:00",
                "true 2026-11-08 true", ""), r.out());
    }

    @Test
    void environmentParametersAndHost() {
        Result r = run("println \"${env('HOME_NAS')} ${env('NOPE')} ${env('NOPE', 'fallback')} ${params.target}"
                + " ${params.missing} ${hostname}\"", ticking(T0));
        assertEquals("/mnt/nas null fallback usb null backup01" + NL, r.out());
    }

    @Test
    void aBadTimestampPatternIsAScriptError() {
        Result r = run("timestamp('yyyy-MM-dd bb')", ticking(T0));
        assertEquals(16, r.code());
        assertTrue(r.err().startsWith("t.sync.groovy:1: invalid timestamp pattern 'yyyy-MM-dd bb': "), r.err());
    }

    @Test
    void keepLastRemovesTheOldestTimestampFoldersAndNothingElse() throws IOException {
        Path parent = folders("20261101_230000", "20261102_230000", "20261103_230000", "photos", "2026-11-01");
        Result r = run("keep last: 2, in: " + q(parent), ticking(T0));
        assertEquals("Removed old folder " + parent.resolve("20261101_230000") + NL, r.out());
        assertEquals(List.of("2026-11-01", "20261102_230000", "20261103_230000", "photos"), names(parent));
        assertEquals(0, r.code());
    }

    @Test
    void keepUsesTheScriptsTimestampPattern() throws IOException {
        Path parent = folders("2026-11-01", "2026-11-02", "20261101_230000");
        Result r = run("def stamp = timestamp('yyyy-MM-dd')\nkeep last: 1, in: " + q(parent), ticking(T0));
        assertEquals("Removed old folder " + parent.resolve("2026-11-01") + NL, r.out());
        assertEquals(List.of("2026-11-02", "20261101_230000"), names(parent));
    }

    @Test
    void keepDaysCountsFromNow() throws IOException {
        Path parent = folders("20261025_230000", "20261101_225959", "20261101_230000", "20261108_230000");
        Result r = run("keep days: 7.days, in: " + q(parent), ticking(T0));
        assertEquals("Removed old folder " + parent.resolve("20261025_230000") + NL
                + "Removed old folder " + parent.resolve("20261101_225959") + NL, r.out());
    }

    @Test
    void keepMistakes() {
        Result r = run("keep last: 3\nkeep in: 'x'\nkeep lats: 3, in: 'x'\nkeep last: 2, in: 'x', pattern: 'HH'", ticking(T0));
        assertEquals(String.join(NL,
                "syncopate: t.sync.groovy:1: keep needs 'in:' (the folder that holds the timestamped folders)",
                "syncopate: t.sync.groovy:2: keep needs 'last:' (how many folders) or 'days:' (how old), or both",
                "syncopate: t.sync.groovy:3: unknown option 'lats:' for 'keep' (did you mean 'last:'?)",
                "syncopate: t.sync.groovy:4: invalid value for 'keep pattern:' (timestamp pattern 'HH' has no date, so"
                        + " its folders cannot be ordered: it needs a year (yyyy), usually with month (MM) and day (dd);"
                        + " note that YYYY is the week-based year)", ""), r.err());
        assertEquals(16, r.code());
    }

    @Test
    void snapshotsLinkUnchangedFilesAndKeepTheNewest() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "same.txt", "unchanged", "sub/edit.txt", "v1");
        Path snaps = dir.resolve("snaps");
        String script = "def r = sync { from " + q(src) + "; snapshot into: " + q(snaps) + ", keep: 2 }\n"
                + "println \"code ${r.exitCode}\"";

        Result first = run(script, ticking(T0));
        assertEquals("", first.err());
        Path s1 = snaps.resolve("20261108_230000");
        assertEquals("unchanged", Files.readString(s1.resolve("same.txt")));

        Files.writeString(src.resolve("sub/edit.txt"), "version 2");
        Files.setLastModifiedTime(src.resolve("sub/edit.txt"),
                java.nio.file.attribute.FileTime.from(T0.plus(Duration.ofHours(1))));
        Result second = run(script, ticking(T0.plus(Duration.ofDays(1))));
        assertEquals("", second.err());
        Path s2 = snaps.resolve("20261109_230000");
        assertEquals(inode(s1.resolve("same.txt")), inode(s2.resolve("same.txt")), "unchanged file is a hard link");
        assertNotEquals(inode(s1.resolve("sub/edit.txt")), inode(s2.resolve("sub/edit.txt")));
        assertEquals("v1", Files.readString(s1.resolve("sub/edit.txt")), "the previous snapshot is never modified");
        assertEquals("version 2", Files.readString(s2.resolve("sub/edit.txt")));

        Result third = run(script, ticking(T0.plus(Duration.ofDays(2))));
        assertTrue(third.out().contains("Removed old folder " + s1 + NL), third.out());
        assertEquals(List.of("20261109_230000", "20261110_230000"), names(snaps));
        assertEquals("unchanged", Files.readString(snaps.resolve("20261110_230000/same.txt")));
    }

    @Test
    void aSnapshotNeedsNoToAndRefusesOne() {
        Result r = run("sync { from 'a'; to 'b'; snapshot into: 'c' }", ticking(T0));
        assertEquals("syncopate: t.sync.groovy:1: sync block has both 'to' and 'snapshot'; a snapshot makes its own"
                + " destination" + NL, r.err());
    }

    private Path folders(String... names) throws IOException {
        Path parent = dir.resolve("parent");
        for (String n : names) {
            Files.createDirectories(parent.resolve(n));
        }
        return parent;
    }

    private static List<String> names(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Object inode(Path p) throws IOException {
        assertFalse(Files.isSymbolicLink(p));
        return Files.getAttribute(p, "unix:ino");
    }
}
