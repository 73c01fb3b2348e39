package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every examples/*.sync.yaml beside its Groovy twin (same stem, .sync.groovy) through the real launcher:
 * both run from a copy of the repository's examples/ (their paths are relative to the root), and must
 * leave the same tree with the same exit code, twice.
 */
class YamlExamplesIT {
    static final List<String> TWINS = List.of("quickstart");
    /** A sync file to a server, without a twin: RemoteSmbIT runs a copy of it against a real smbd. */
    static final List<String> REMOTE = List.of("remote");
    private static final Path EXAMPLES = Launcher.REPO.resolve("examples");

    @TempDir
    Path tmp;

    @Test
    void everyYamlExampleHasAGroovyTwinAndIsRunHere() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<String> yaml = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sync.yaml"))
                    .filter(n -> !REMOTE.contains(n.replace(".sync.yaml", ""))).toList();
            assertEquals(new TreeSet<>(TWINS), new TreeSet<>(yaml.stream().map(n -> n.replace(".sync.yaml", "")).toList()));
            for (String n : yaml) {
                assertTrue(Files.isRegularFile(EXAMPLES.resolve(n.replace(".yaml", ".groovy"))), n + " has no twin");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart"})
    void theYamlTwinDoesWhatTheGroovyScriptDoes(String stem) {
        SortedMap<String, String> groovy = null;
        for (String ext : List.of(".sync.groovy", ".sync.yaml")) {
            Path root = copyOfTheRepositoryRoot(ext);
            String file = "examples/" + stem + ext;
            Launcher.Result check = syncopate(root, "check", file).assertExit(0);
            assertEquals(stem + ext + ": OK (1 sync block checked)", check.stdoutLines().getLast());
            Launcher.Result first = syncopate(root, "run", file).assertExit(1);
            assertEquals("", first.stderr());
            syncopate(root, "run", file).assertExit(0);
            SortedMap<String, String> out = Trees.contents(root.resolve("out"));
            assertFalse(out.isEmpty());
            if (groovy == null) {
                groovy = out;
            } else {
                assertEquals(groovy, out, stem + ".sync.yaml against " + stem + ".sync.groovy");
            }
        }
    }

    private Launcher.Result syncopate(Path root, String... args) {
        return Launcher.syncopate(args).in(root).env("XDG_CACHE_HOME", tmp.resolve("cache").toString()).run();
    }

    /** A folder holding a copy of examples/ (sample data and scripts), where a run's out/ can be compared. */
    private Path copyOfTheRepositoryRoot(String name) {
        Path root = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            for (Path p : (Iterable<Path>) s.filter(p -> !p.startsWith(EXAMPLES.resolve("out")))::iterator) {
                Path copy = root.resolve("examples").resolve(EXAMPLES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return root;
    }
}
