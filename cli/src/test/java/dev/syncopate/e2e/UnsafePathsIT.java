package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operator mistakes that would lose data: an empty path (the current directory) and a source and
 * destination inside each other. Each is exit 16, one stderr line, and the tree exactly as it was.
 */
class UnsafePathsIT {
    private static final String EMPTY = "an empty path, which would mean the current directory; is a variable unset?";
    private static final String OVERLAP = " on overlapping directories; exclude it (/XD sub, exclude dirs: 'sub') or"
            + " choose directories that do not overlap";

    @TempDir
    Path tmp;
    /** The working directory of every run: what an empty path would have meant. */
    private Path work;

    @BeforeEach
    void tree() {
        work = Trees.dir(tmp, "work");
        Trees.file(work, "precious.txt", "must survive");
        Trees.file(work, "s/a.txt", "alpha");
        Trees.file(work, "s/sub/b.txt", "beta, a source file");
        Trees.file(work, "s/sub/deep/d.txt", "delta, a source file");
        Trees.file(work, "backup/old.txt", "an older backup");
    }

    @ParameterizedTest(name = "robocopy {0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | backup | /MIR  | syncopate: invalid source: an empty path, which would mean the current directory; is a variable unset?
            s     | ''     | /MIR  | syncopate: invalid destination: an empty path, which would mean the current directory; is a variable unset?
            ' '   | backup | /PURGE | syncopate: invalid source: an empty path, which would mean the current directory; is a variable unset?
            s     | s/sub  | /MIR  | syncopate: the destination {W}/s/sub is inside the source {W}/s: refusing /MIR or /PURGE (mirror(), purge())OVERLAP
            s     | s/sub  | /MOVE | syncopate: the destination {W}/s/sub is inside the source {W}/s: refusing /MOVE (move())OVERLAP
            s/sub | s      | /MIR  | syncopate: the source {W}/s/sub is inside the destination {W}/s: refusing /MIR or /PURGE (mirror(), purge())OVERLAP
            s     | s      | /E    | syncopate: the source and the destination are the same directory: {W}/s
            """)
    void robocopyRefusesAndTouchesNothing(String source, String destination, String option, String expected) {
        SortedMap<String, String> before = Trees.contents(work);

        Launcher.Result r = Launcher.syncopate("robocopy", source, destination, option,
                "/LOG:" + tmp.resolve("run.log")).in(work).run().assertExit(16);

        assertEquals(List.of(expected.replace("{W}", work.toString()).replace("OVERLAP", OVERLAP)), r.stderrLines());
        assertEquals("", r.stdout());
        assertEquals(before, Trees.contents(work), "nothing created, copied or deleted");
        assertFalse(tmp.resolve("run.log").toFile().exists(), "not even the log file");
    }

    @Test
    void robocopyMirrorsIntoANestedDestinationThatXdExcludes() {
        Launcher.Result r = Launcher.syncopate("robocopy", "s", "s/sub", "/MIR", "/XD", "sub").in(work).run()
                .assertExit(3);

        // The user said sub is no part of the source: it is a mirror of a.txt, its own files are extras.
        assertEquals(List.of("s/a.txt", "s/sub/a.txt"), files(Trees.contents(work.resolve("s")), "s/"), r.toString());
    }

    @Test
    void robocopyCopiesIntoANestedDestinationWithoutWalkingIt() {
        Launcher.Result r = Launcher.syncopate("robocopy", "s", "s/sub", "/E").in(work).run().assertExit(3);

        assertTrue(r.stdoutLines().contains(
                "NOTE : the destination is inside the source, so the source's sub is left out (never copied into itself)."),
                r.toString());
        assertEquals(List.of("s/a.txt", "s/sub/a.txt", "s/sub/b.txt", "s/sub/deep/d.txt"),
                files(Trees.contents(work.resolve("s")), "s/"), "s/sub was not copied into s/sub/sub");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty-from.sync.groovy | sync { from ''; to 'backup'; mirror() }                    |           | empty-from.sync.groovy:1: invalid value for 'from' (EMPTY)
            unset-env.sync.groovy  | sync { from 's'; to env('SYNCOPATE_UNSET_DST'); mirror() } |           | unset-env.sync.groovy:1: invalid value for 'to' (expected a path, not null; is a variable unset?)
            empty-env.sync.groovy  | sync { from env('SRC'); to 'backup'; mirror() }            |           | empty-env.sync.groovy:1: invalid value for 'from' (EMPTY)
            empty-param.sync.groovy | sync { from 's'; to params.target; purge() }              | target=   | empty-param.sync.groovy:1: invalid value for 'to' (EMPTY)
            null-block.sync.groovy | sync(null)                                                 |           | null-block.sync.groovy:1: sync needs a block: sync { from '...'; to '...' }, not null
            nested.sync.groovy     | sync('n') { from 's'; to 's/sub'; mirror() }               |           | nested.sync.groovy:1: the destination {W}/s/sub is inside the source {W}/s: refusing /MIR or /PURGE (mirror(), purge())OVERLAP
            moved.sync.groovy      | sync('n') { from 's/sub'; to 's'; move() }                 |           | moved.sync.groovy:1: the source {W}/s/sub is inside the destination {W}/s: refusing /MOVE (move())OVERLAP
            empty-from.sync.yaml   | 'sync: [{from: "", to: backup, mirror: true}]'               |           | empty-from.sync.yaml:1: invalid value for 'from' (EMPTY)
            nested.sync.yaml       | 'sync: [{from: s, to: s/sub, mirror: true}]'               |           | nested.sync.yaml:1: the destination {W}/s/sub is inside the source {W}/s: refusing /MIR or /PURGE (mirror(), purge())OVERLAP
            """)
    void scriptsRefuseTheBlockAndTouchNothing(String name, String text, String param, String expected) {
        Path script = Trees.file(tmp, name, text + "\n");
        SortedMap<String, String> before = Trees.contents(work);
        List<String> args = new ArrayList<>(List.of("run", script.toString()));
        if (param != null) {
            args.addAll(List.of("-P", param));
        }

        Launcher.Result r = Launcher.syncopate(args.toArray(String[]::new)).in(work)
                .env("XDG_CACHE_HOME", tmp.resolve("cache").toString()).env("SRC", "").run().assertExit(16);

        String line = "syncopate: " + expected;
        assertEquals(List.of(line.replace("{W}", work.toString()).replace("OVERLAP", OVERLAP).replace("EMPTY", EMPTY)),
                r.stderrLines());
        assertEquals(before, Trees.contents(work), "nothing created, copied or deleted");
    }

    /** {@code check} tells today what tonight's run would refuse. */
    @Test
    void checkRefusesANestedMirror() {
        Path script = Trees.file(tmp, "nested.sync.groovy", """
                sync('n') {
                    from 's'
                    to 's/sub'
                    mirror()
                }
                """);
        Launcher.Result r = Launcher.syncopate("check", script.toString()).in(work)
                .env("XDG_CACHE_HOME", tmp.resolve("cache").toString()).run().assertExit(16);
        assertEquals(List.of("syncopate: nested.sync.groovy:1: the destination " + work + "/s/sub is inside the source "
                + work + "/s: refusing /MIR or /PURGE (mirror(), purge())" + OVERLAP), r.stderrLines());
    }

    private static List<String> files(SortedMap<String, String> tree, String prefix) {
        return tree.entrySet().stream().filter(e -> e.getValue().startsWith("file")).map(e -> prefix + e.getKey())
                .toList();
    }
}
