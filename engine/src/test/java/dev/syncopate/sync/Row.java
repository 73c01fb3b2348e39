package dev.syncopate.sync;

import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.params.provider.Arguments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One row of a scenario table, rclone style: a name, the trees before, the switches, and what
 * must hold after (destination tree, exit code, summary rows). Runs on every file system in
 * {@link #on} unless narrowed.
 *
 * <pre>{@code
 * row("dst has extra").src("a=1").dst("a=1", "x=9").expect("a=1", "x=9").exit(2).files("1 0 1 0 0 1")
 * }</pre>
 */
final class Row {
    final String name;
    private String[] src = {};
    private String[] dst = {};
    private boolean dstExists = true;
    private UnaryOperator<SyncOptions.Builder> switches = b -> b;
    private List<String> expected;
    private List<String> expectedSource;
    private int exit = -1;
    private String files;
    private String dirs;
    private Set<Trees.Fs> on = EnumSet.allOf(Trees.Fs.class);

    private Row(String name) {
        this.name = name;
    }

    static Row row(String name) {
        return new Row(name);
    }

    Row src(String... spec) { src = spec; return this; }
    Row dst(String... spec) { dst = spec; return this; }
    /** The destination directory does not exist before the run. */
    Row noDst() { dstExists = false; return this; }
    Row with(UnaryOperator<SyncOptions.Builder> s) { switches = s; return this; }
    /** The destination tree after the run. */
    Row expect(String... spec) { expected = Trees.sorted(spec); return this; }
    /** The source tree after the run (for /MOV and /MOVE). */
    Row expectSource(String... spec) { expectedSource = Trees.sorted(spec); return this; }
    Row exit(int code) { exit = code; return this; }
    /** The Files row: "total copied skipped mismatch failed extras". */
    Row files(String counts) { files = counts; return this; }
    /** The Dirs row, same form. */
    Row dirs(String counts) { dirs = counts; return this; }
    Row only(Trees.Fs fs) { on = EnumSet.of(fs); return this; }

    @Override
    public String toString() {
        return name;
    }

    /** Every row crossed with its file systems, as JUnit arguments (name, file system, row). */
    static Stream<Arguments> cross(Row... rows) {
        return Arrays.stream(rows).flatMap(r -> r.on.stream().map(fs -> Arguments.of(r.name, fs, r)));
    }

    void check(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source(src);
            if (dstExists) {
                h.destination(dst);
            }
            Harness.Run r = h.run(switches);
            List<String> after = h.destinationTree();
            List<String> sourceAfter = h.sourceTree();
            String context = name + " on " + fs + ":" + r.describe();
            assertAll(context,
                    () -> { if (expected != null) assertEquals(expected, after, "destination tree"); },
                    () -> { if (expectedSource != null) assertEquals(expectedSource, sourceAfter, "source tree"); },
                    () -> { if (exit >= 0) assertEquals(exit, r.code(), "exit code"); },
                    () -> { if (files != null) assertEquals(files, r.files(), "Files row"); },
                    () -> { if (dirs != null) assertEquals(dirs, r.dirs(), "Dirs row"); });
        }
    }
}
