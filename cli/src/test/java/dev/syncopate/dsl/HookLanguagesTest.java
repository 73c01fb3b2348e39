package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each hook kind written in Groovy ({@link GroovyHook}) and in JavaScript ({@link JavaScriptHook}) does
 * the same: the same files end up in the destination, the same exit code, the same line in the output.
 */
class HookLanguagesTest {
    @TempDir
    Path dir;

    static Stream<Arguments> hookKinds() {
        return Stream.of(
                row("filter { f -> f.name != 'b.lock' }",
                        "filter js(\"f => f.name !== 'b.lock'\")",
                        List.of("a.txt"), "New File"),
                row("beforeCopy { f -> if (f.name == 'b.lock') skip 'lock file' }",
                        "beforeCopy js('f => f.name === \"b.lock\" ? \"lock file\" : true')",
                        List.of("a.txt"), "b.lock\t(lock file)"),
                row("beforeDelete { f -> skip 'kept' }",
                        "beforeDelete js('f => \"kept\"')",
                        List.of("a.txt", "b.lock", "old.txt"), "(kept)"),
                row("afterCopy { f -> println \"copied ${f.path} ${f.kind}\" }",
                        "afterCopy js('f => console.log(\"copied \" + f.path + \" \" + f.kind)')",
                        List.of("a.txt", "b.lock"), "copied a.txt NEW"),
                row("onExitCode { c -> println \"block $c\" }",
                        "onExitCode js('c => console.log(\"block \" + c)')",
                        List.of("a.txt", "b.lock"), "block 3"));
    }

    private static Arguments row(String groovy, String js, List<String> copied, String said) {
        return Arguments.of(groovy, js, copied, said);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hookKinds")
    void groovyAndJavaScriptHooksDoTheSame(String groovy, String js, List<String> inDestination, String said) {
        ScriptHarness.Run g = run("groovy", groovy);
        ScriptHarness.Run j = run("js", js);
        assertEquals("", g.err());
        assertEquals("", j.err());
        assertEquals(inDestination, files("groovy"));
        assertEquals(inDestination, files("js"));
        assertEquals(g.code(), j.code());
        assertTrue(g.out().contains(said), g.out());
        assertTrue(j.out().contains(said), j.out());
    }

    private ScriptHarness.Run run(String name, String hook) {
        Path src = Trees.files(dir.resolve(name + "-src"), "a.txt", "AAAA", "b.lock", "B");
        Path dst = Trees.files(dir.resolve(name + "-dst"), "old.txt", "O");
        return ScriptHarness.run(dir, name + ".sync.groovy",
                "sync {\n  from " + q(src) + "\n  to " + q(dst) + "\n  mirror()\n  " + hook + "\n}\n");
    }

    private List<String> files(String name) {
        try (Stream<Path> s = Files.list(dir.resolve(name + "-dst"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
