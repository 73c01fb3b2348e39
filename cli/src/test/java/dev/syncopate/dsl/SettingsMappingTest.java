package dev.syncopate.dsl;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every block setting, as the engine options it builds: one row per setting, run through {@code syncopate run}. */
class SettingsMappingTest {
    @TempDir
    Path dir;

    /** A block line, the option it sets, and the value expected there. */
    record Row(String line, Function<SyncOptions, Object> option, Object expected) {
    }

    static Row row(String line, Function<SyncOptions, Object> option, Object expected) {
        return new Row(line, option, expected);
    }

    static final List<Row> ROWS = List.of(
            row("files '*.doc', '*.xls'", o -> o.selection().filePatterns(), List.of("*.doc", "*.xls")),
            row("files(['*.doc', '*.xls'])", o -> o.selection().filePatterns(), List.of("*.doc", "*.xls")),
            row("mirror()", o -> List.of(o.scope().purge(), o.scope().emptyDirs()), List.of(true, true)),
            row("purge()", o -> o.scope().purge(), true),
            row("move()", o -> List.of(o.scope().moveFiles(), o.scope().moveDirs()), List.of(true, true)),
            row("moveFiles()", o -> List.of(o.scope().moveFiles(), o.scope().moveDirs()), List.of(true, false)),
            row("levels 2", o -> o.scope().levels(), 2),
            row("exclude files: ['*.tmp', '~*'], dirs: ['Temp', '.git']",
                    o -> List.of(o.selection().excludeFiles(), o.selection().excludeDirs()),
                    List.of(List.of("*.tmp", "~*"), List.of("Temp", ".git"))),
            row("exclude files: '*.tmp'; exclude files: '*.bak'", o -> o.selection().excludeFiles(),
                    List.of("*.tmp", "*.bak")),
            row("skip older: true", o -> o.selection().excludeOlder(), true),
            row("skip newer: true", o -> o.selection().excludeNewer(), true),
            row("skip changed: true", o -> o.selection().excludeChanged(), true),
            row("skip extra: true", o -> o.selection().excludeExtra(), true),
            row("skip lonely: true", o -> o.selection().excludeLonely(), true),
            row("skip older: true; skip older: false", o -> o.selection().excludeOlder(), false),
            row("includeSame()", o -> o.selection().includeSame(), true),
            row("includeTweaked()", o -> o.selection().includeTweaked(), true),
            row("checksum()", o -> o.selection().checksum(), true),
            row("size min: 1.KB, max: 2.GB", o -> List.of(o.selection().minSize(), o.selection().maxSize()),
                    List.of(1024L, 2L * 1024 * 1024 * 1024)),
            row("size max: '10MB'", o -> o.selection().maxSize(), 10L * 1024 * 1024),
            row("age min: 7, max: 30", o -> List.of(o.selection().minAge(), o.selection().maxAge()),
                    List.of(AgeLimit.ofDays(7), AgeLimit.ofDays(30))),
            row("age max: 20240131", o -> o.selection().maxAge(), AgeLimit.ofDate(LocalDate.of(2024, 1, 31))),
            row("age max: LocalDate.of(2024, 1, 31)", o -> o.selection().maxAge(),
                    AgeLimit.ofDate(LocalDate.of(2024, 1, 31))),
            row("age min: '2024-01-31'", o -> o.selection().minAge(), AgeLimit.ofDate(LocalDate.of(2024, 1, 31))),
            row("age max: 30.days", o -> o.selection().maxAge(), AgeLimit.ofDays(30)),
            row("fatTimes()", o -> o.selection().fatTimes(), true),
            row("retries 5", o -> o.retries(), 5),
            row("retries '5'", o -> o.retries(), 5),
            row("retries 2, wait: 10.seconds", o -> List.of(o.retries(), o.waitTime()),
                    List.of(2, Duration.ofSeconds(10))),
            row("wait 7", o -> o.waitTime(), Duration.ofSeconds(7)),
            row("wait 1.5", o -> o.waitTime(), Duration.ofMillis(1500)),
            row("wait 2.minutes", o -> o.waitTime(), Duration.ofMinutes(2)),
            row("wait '500ms'", o -> o.waitTime(), Duration.ofMillis(500)),
            row("threads 4", o -> o.threads(), 4),
            row("threads = 4", o -> o.threads(), 4),
            row("bandwidth 10.MB", o -> o.copying().bandwidth().bytesPerSecond(), 10L << 20),
            row("bandwidth '500K'", o -> o.copying().bandwidth().bytesPerSecond(), 500L << 10),
            row("dryRun()", o -> o.listOnly(), true),
            row("log 'x.log'", o -> List.of(o.log().logFile(), o.log().appendLog()), List.of(Path.of("x.log"), false)),
            row("log 'x.log', append: true", o -> List.of(o.log().logFile(), o.log().appendLog()),
                    List.of(Path.of("x.log"), true)),
            row("report json: 'r.json'", o -> o.log().jsonReport(), Path.of("r.json")),
            row("backupDir 'versions'", o -> o.copying().backupDir(), Path.of("versions")),
            row("maxDelete 100", o -> o.maxDelete(), 100L),
            row("allowEmptySource()", o -> o.allowEmptySource(), true),
            row("filter { f -> true }", o -> o.hooks().hasFilter(), true));

    @TestFactory
    Stream<DynamicTest> everySettingReachesTheEngine() {
        return ROWS.stream().map(r -> DynamicTest.dynamicTest(r.line(), () -> {
            Recorder rec = Recorder.run(dir, "sync {\n  from 'src'\n  to 'dst'\n  " + r.line() + "\n}\n");
            assertEquals("", rec.err());
            assertEquals(r.expected(), r.option().apply(rec.only()), r.line());
        }));
    }

    @Test
    void defaultsAreWhatABackupWants() {
        Recorder rec = Recorder.run(dir, "sync { from 'src'; to 'dst' }");
        SyncOptions o = rec.only();
        assertEquals(Path.of("src"), o.source());
        assertEquals(Path.of("dst"), o.destination());
        assertEquals(List.of(true, true, 0, false), List.of(o.scope().recurse(), o.scope().emptyDirs(),
                o.scope().levels(), o.scope().purge()));
        assertTrue(o.copying().copyLinks());
        assertEquals(List.of(3, Duration.ofSeconds(5), 8), List.of(o.retries(), o.waitTime(), o.threads()));
        assertEquals(List.of(false, -1L, false), List.of(o.listOnly(), o.maxDelete(), o.hooks().hasFilter()));
        assertEquals(null, o.log().logFile());
    }

    @Test
    void dryRunOnTheCommandLineMakesEveryBlockListOnly() {
        Recorder rec = Recorder.run(dir, "sync { from 'a'; to 'b' }\nsync { from 'c'; to 'd' }", "--dry-run");
        assertEquals(List.of(true, true), rec.options.stream().map(SyncOptions::listOnly).toList());
    }

    @Test
    void pathsMayBeTextGStringsPathsOrFiles() {
        Recorder rec = Recorder.run(dir, "def n = 'x'\nsync { from Path.of('a'); to \"b/$n\" }\n"
                + "sync { from new File('c'); to 'd' }");
        assertEquals(List.of(Path.of("a"), Path.of("b/x"), Path.of("c"), Path.of("d")),
                List.of(rec.options.get(0).source(), rec.options.get(0).destination(),
                        rec.options.get(1).source(), rec.options.get(1).destination()));
    }
}
