package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run} compiles a block's JavaScript hooks as {@code check} does, before the block starts: a
 * source that does not compile is the block's mistake (16, the same line as {@code check} prints), and
 * the block copies and deletes nothing. A YAML sync file is checked whole, so no block of it runs.
 */
class JsCompileTest {
    @TempDir
    Path dir;

    /** Every hook position, in a Groovy block and in a YAML block; {@code %1$s} is the source, {@code %2$s} the destination. */
    static Stream<List<String>> brokenHooks() {
        return Stream.of(
                List.of("filter.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  filter js('f => (((')\n}\n"),
                List.of("before.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  beforeCopy js('f => (((')\n}\n"),
                List.of("after.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  afterCopy js('f => (((')\n}\n"),
                List.of("delete.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  beforeDelete js('f => (((')\n}\n"),
                List.of("error.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  onError js('(f, e) => (((')\n}\n"),
                List.of("exit.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  onExitCode js('c => (((')\n}\n"),
                List.of("notfn.sync.groovy", "sync { from %1$s; to %2$s; mirror()\n  filter js('42')\n}\n"),
                List.of("filter.sync.yaml", "sync:\n  - from: %1$s\n    to: %2$s\n    mirror: true\n"
                        + "    filter: {js: \"f => (((\"}\n"),
                List.of("exit.sync.yaml", "sync:\n  - from: %1$s\n    to: %2$s\n    mirror: true\n"
                        + "    onExitCode: {js: \"c => (((\"}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenHooks")
    void aHookThatDoesNotCompileFailsItsBlockBeforeItCopiesOrDeletes(List<String> row) throws IOException {
        String name = row.get(0);
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        Path dst = Trees.files(dir.resolve("dst"), "extra.txt", "X");
        String text = row.get(1).formatted(name.endsWith(".yaml") ? src : q(src), name.endsWith(".yaml") ? dst : q(dst));

        ScriptHarness.Run checked = ScriptHarness.check(dir, name, text);
        ScriptHarness.Run r = ScriptHarness.run(dir, name, text);

        assertEquals(16, r.code(), r.err() + r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("syncopate: " + name + ":"), r.err());
        assertEquals(checked.err(), r.err(), "run reports what check reports");
        assertEquals("", r.out(), "the block did not start");
        assertFalse(Files.exists(dst.resolve("a.txt")), "nothing copied");
        assertTrue(Files.exists(dst.resolve("extra.txt")), "nothing deleted");
    }

    @Test
    void aYamlFileWithOneBrokenHookRunsNoBlockAtAll() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        Path hook = ScriptHarness.write(dir, "broken.js", "f => {\n  return (((\n}\n");
        ScriptHarness.Run r = ScriptHarness.run(dir, "two.sync.yaml", """
                sync:
                  - from: %s
                    to: %s
                  - from: %s
                    to: %s
                    beforeCopy: {jsFile: %s}
                """.formatted(src, dir.resolve("first"), src, dir.resolve("second"), hook));
        assertEquals(16, r.code(), r.err());
        assertEquals(List.of("syncopate: broken.js:3: SyntaxError: broken.js:3:0 Expected an operand but found }"),
                r.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("first")), "the first block did not run either");
        assertFalse(Files.exists(dir.resolve("second")));
    }

    @Test
    void aGroovyBlockIsCheckedWhenItIsReachedSoEarlierBlocksHaveRun() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.run(dir, "two.sync.groovy", """
                sync { from %1$s; to %2$s }
                sync { from %1$s; to %3$s; filter js('f => (((') }
                println 'the script goes on'
                """.formatted(q(src), q(dir.resolve("first")), q(dir.resolve("second"))));
        assertEquals(16 | 1, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("first/a.txt")));
        assertFalse(Files.exists(dir.resolve("second")), "the broken block did not start");
        assertTrue(r.out().endsWith("the script goes on" + NL), r.out());
    }

    @Test
    void aScriptHandlerThatDoesNotCompileIsRejectedAtItsLine() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "handler.sync.groovy", """
                println 'start'
                onExitCode js('code => (((')
                println 'the script goes on'
                """);
        assertEquals(16, r.code(), r.err());
        assertEquals(List.of("start", "the script goes on"), r.lines());
        assertEquals(List.of("syncopate: handler.sync.groovy:2: SyntaxError: handler.sync.groovy:1:11 Expected an operand"
                + " but found eof"), r.err().lines().toList());
    }
}
