package dev.syncopate.dsl;

import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every setting of a YAML sync block builds the same engine options as its Groovy twin: one row per
 * setting, both run through {@code syncopate run} with a recording engine, the options compared whole.
 */
class YamlMappingTest {
    @TempDir
    Path dir;

    /** A Groovy block line and the YAML block keys (indented by the test) that mean the same. */
    record Twin(String groovy, String yaml) {
        @Override
        public String toString() {
            return yaml.isEmpty() ? "(defaults)" : yaml.replace("\n", "; ");
        }
    }

    static final List<Twin> TWINS = List.of(
            new Twin("", ""),
            new Twin("files '*.doc', '*.xls'", "files: ['*.doc', '*.xls']"),
            new Twin("files '*.doc'", "files: '*.doc'"),
            new Twin("mirror()", "mirror: true"),
            new Twin("", "mirror: false"),
            new Twin("purge()", "purge: true"),
            new Twin("move()", "move: true"),
            new Twin("moveFiles()", "moveFiles: true"),
            new Twin("levels 2", "levels: 2"),
            new Twin("exclude files: ['*.tmp', '~*'], dirs: ['Temp', '.git']",
                    "exclude:\n  files: ['*.tmp', '~*']\n  dirs: [Temp, .git]"),
            new Twin("exclude dirs: ['cache']", "exclude: {dirs: cache}"),
            new Twin("skip older: true, newer: true, changed: true, extra: true, lonely: true",
                    "skip: {older: true, newer: true, changed: true, extra: true, lonely: true}"),
            new Twin("includeSame()", "includeSame: true"),
            new Twin("includeTweaked()", "includeTweaked: true"),
            new Twin("checksum()", "checksum: true"),
            new Twin("size min: 1.KB, max: 2.GB", "size: {min: 1KB, max: 2GB}"),
            new Twin("size max: 1048576", "size: {max: 1048576}"),
            new Twin("age min: 7, max: 30", "age: {min: 7, max: 30}"),
            new Twin("age max: 20240131", "age: {max: 20240131}"),
            new Twin("fatTimes()", "fatTimes: true"),
            new Twin("retries 5", "retries: 5"),
            new Twin("retries 2, wait: 10.seconds", "retries: 2\nwait: 10s"),
            new Twin("wait 7", "wait: 7"),
            new Twin("wait 2.minutes", "wait: 2m"),
            new Twin("threads 4", "threads: 4"),
            new Twin("bandwidth 10.MB", "bandwidth: 10M"),
            new Twin("bandwidth 1048576", "bandwidth: 1048576"),
            new Twin("dryRun()", "dryRun: true"),
            new Twin("log 'x.log'", "log: {path: x.log}"),
            new Twin("log 'x.log', append: true", "log: {path: x.log, append: true}"),
            new Twin("report json: 'r.json'", "report: {json: r.json}"),
            new Twin("backupDir 'versions'", "backupDir: versions"),
            new Twin("maxDelete 100", "maxDelete: 100"),
            new Twin("allowEmptySource()", "allowEmptySource: true"));

    @TestFactory
    Stream<DynamicTest> everySettingBuildsTheOptionsOfItsGroovyTwin() {
        return TWINS.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> {
            SyncOptions groovy = groovy("sync {\n  from 'src'\n  to 'dst'\n  " + t.groovy() + "\n}\n");
            SyncOptions yaml = yaml("sync:\n  - from: src\n    to: dst\n"
                    + t.yaml().lines().map(l -> "    " + l + "\n").reduce("", String::concat));
            assertEquals(groovy, yaml, t.yaml());
        }));
    }

    @Test
    void theComparisonSeesADifference() {
        // Guards the table: a YAML block that says less must not compare equal.
        assertNotEquals(groovy("sync { from 'src'; to 'dst'; mirror() }"), yaml("sync: [{from: src, to: dst}]"));
    }

    @Test
    void snapshotIsTheSameWord() {
        Recorder g = Recorder.run(dir, "sync { from 'src'; snapshot into: 'snaps', keep: 3 }");
        Recorder y = Recorder.runFile(dir, "nightly.sync.yaml", "sync: [{from: src, snapshot: {into: snaps, keep: 3}}]",
                new int[0]);
        assertEquals(g.only().source(), y.only().source());
        assertEquals(g.only().destination().getParent(), y.only().destination().getParent());
    }

    @Test
    void blocksRunInOrderAndTheExitCodeIsTheirOr() {
        Recorder y = Recorder.runFile(dir, "nightly.sync.yaml",
                "sync:\n  - {from: a, to: b}\n  - {from: c, to: d, mirror: true}\n", new int[] {1, 2});
        assertEquals(List.of(Path.of("a"), Path.of("c")), y.options.stream().map(SyncOptions::source).toList());
        assertEquals(3, y.exitCode, y.err());
    }

    @Test
    void dryRunOnTheCommandLineMakesEveryBlockListOnly() {
        Recorder y = Recorder.runFile(dir, "nightly.sync.yml", "sync: [{from: a, to: b}, {from: c, to: d}]",
                new int[0], "--dry-run");
        assertEquals(List.of(true, true), y.options.stream().map(SyncOptions::listOnly).toList());
    }

    private SyncOptions groovy(String script) {
        return Recorder.run(dir, script).only();
    }

    private SyncOptions yaml(String text) {
        Recorder r = Recorder.runFile(dir, "nightly.sync.yaml", text, new int[0]);
        assertEquals("", r.err());
        return r.only();
    }
}
