package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names a block does not know fall back to the script before they are reported. */
class FallbackTest {
    @TempDir
    Path dir;

    private List<Path> destinations(String script) {
        Recorder r = Recorder.run(dir, script);
        assertEquals("", r.err());
        return r.options.stream().map(o -> o.destination()).toList();
    }

    @Test
    void aScriptMethod() {
        assertEquals(List.of(Path.of("/mnt/nas/x")), destinations("""
                def target(s) { "/mnt/nas/$s" }
                sync { from 'src'; to target('x') }
                """));
    }

    @Test
    void aLocalAndABindingVariable() {
        assertEquals(List.of(Path.of("/a/b")), destinations("""
                def base = '/a'
                sub = 'b'
                sync { from 'src'; to "$base/$sub" }
                """));
    }

    @Test
    void aClosureInABindingVariable() {
        assertEquals(List.of(Path.of("/c/x")), destinations("""
                target = { s -> "/c/$s" }
                sync { from 'src'; to target('x') }
                """));
    }

    @Test
    void blocksWrittenInsideAnotherClosure() {
        assertEquals(List.of(Path.of("/t/a"), Path.of("/t/b")), destinations("""
                def target(s) { "/t/$s" }
                ['a', 'b'].each { n -> sync(n) { from "src/$n"; to target(n) } }
                """));
    }

    @Test
    void aScriptMethodMissingANameInsideIsThatNamesProblemNotTheBlocks() {
        Recorder r = Recorder.run(dir, "def target(s) { helper(s) }\nsync { from 'src'; to target('x') }\n");
        assertEquals("syncopate: nightly.sync.groovy:1: unknown method 'helper'" + ScriptHarness.NL, r.err());
        assertEquals(16, r.exitCode);
    }

    @Test
    void scriptWordsAndConstantsInsideBlocksAndHooks() {
        Recorder r = Recorder.run(dir, """
                sync {
                    from 'src'
                    to "dst/${timestamp('yyyy')}/${params.x}"
                    beforeCopy { f -> if (f.kind == NEW && today.dayOfWeek != SUNDAY) skip 'x' }
                    println "in block on ${hostname.size() > 0}"
                }
                """, new int[0], "-P", "x=1");
        assertEquals("", r.err());
        assertEquals("in block on true" + ScriptHarness.NL, r.out());
        assertEquals(Path.of("dst/" + java.time.Year.now() + "/1"), r.only().destination());
    }

    @Test
    void assignmentsInABlockGoToTheScriptUnlessTheyNameASetting() {
        Recorder r = Recorder.run(dir, "sync { from 'src'; to 'dst'; threads = 2; seen = true }\nprintln seen");
        assertEquals("true" + ScriptHarness.NL, r.out());
        assertEquals(2, r.only().threads());
    }
}
