package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every file in examples/robocopy is run with {@code /JOB:} from the repository root (its paths are
 * relative to it), with the destination moved into a temporary directory, and is still exactly
 * what {@code /SAVE} writes. And every example in examples/ is run by some test.
 */
class JobExamplesIT {
    private static final Path EXAMPLES = Launcher.REPO.resolve("examples");
    private static final Path JOBS = EXAMPLES.resolve("robocopy");
    private static final Path SAMPLE = EXAMPLES.resolve("sample-data");
    /** examples/ entries and the test that runs them; "out" is where the examples write (git-ignored). */
    private static final Map<String, String> EXAMPLE_TESTS = Map.ofEntries(
            Map.entry("sample-data", "QuickStartIT and the jobs below"),
            Map.entry("robocopy", "JobExamplesIT"),
            Map.entry("quickstart.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("nightly-backup.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("mirror-with-safety.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("snapshot-backup.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("conditional.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("alerting.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("js-hooks.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("throttled-copy.sync.groovy", "DslExamplesIT and ExamplesTest"),
            Map.entry("watch-inbox.sync.groovy", "DslExamplesIT and ExamplesTest (run with --timeout)"),
            Map.entry("monitoring.sync.groovy", "DslExamplesIT (with promtool and a local ping server) and ExamplesTest"),
            Map.entry("hooks", "js-hooks.sync.groovy's JavaScript hook files (DslExamplesIT and ExamplesTest)"),
            Map.entry("remote-sftp.sync.groovy", "RemoteSftpIT, against a real sshd (DslExamplesIT.REMOTE)"),
            Map.entry("out", "(output of the examples, not an example)"));

    /** The YAML sync files in examples/ and their test (kept apart from EXAMPLE_TESTS: Map.of takes ten pairs). */
    private static final Map<String, String> YAML_EXAMPLE_TESTS = Map.of(
            "quickstart.sync.yaml", "YamlExamplesIT (against its Groovy twin)",
            "remote.sync.yaml", "RemoteSmbIT, a copy with the test smbd put in (YamlExamplesIT.REMOTE)");

    @TempDir
    Path tmp;

    /**
     * One job file: how to call it with destination {@code dst}, what is there before, the exit code,
     * and the destination tree after, given the tree before.
     */
    record Example(String file, Function<Path, List<String>> args, Consumer<Path> before, int code,
                   UnaryOperator<SortedMap<String, String>> expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Example> examples() {
        Instant future = Instant.parse("2099-01-01T00:00:00Z");
        return Stream.of(
                // Mirror: the extra file goes, the tree is the sample data minus *.tmp and cache/.
                new Example("mirror-sample.yaml",
                        dst -> List.of("/JOB:examples/robocopy/mirror-sample", "/NOSD", dst.toString()),
                        dst -> Trees.file(dst, "stale.txt", "not in the source"), 3,
                        before -> Trees.without(Trees.contents(SAMPLE), "docs/reports/draft.tmp", "cache")),
                // Template: endpoints on the command line; a newer destination file and an extra stay.
                new Example("backup-template.yaml",
                        dst -> List.of("examples/sample-data", dst.toString(), "/JOB:examples/robocopy/backup-template"),
                        dst -> {
                            Trees.file(dst, "README.txt", "my newer edit", future);
                            Trees.file(dst, "mine.txt", "only here");
                        }, 3,
                        before -> {
                            SortedMap<String, String> t = Trees.without(Trees.contents(SAMPLE),
                                    "docs/reports/draft.tmp", "cache", "README.txt");
                            t.putAll(before);   // README.txt and mine.txt as they were
                            return t;
                        }));
    }

    @Test
    void everyJobFileInExamplesRobocopyIsRunHere() throws IOException {
        assertEquals(new TreeSet<>(examples().map(Example::file).toList()), new TreeSet<>(names(JOBS)),
                "add a row to JobExamplesIT.examples() for each job file in examples/robocopy");
    }

    @Test
    void everyExampleInExamplesIsRunBySomeTest() throws IOException {
        List<String> untested = names(EXAMPLES).stream().filter(n -> !EXAMPLE_TESTS.containsKey(n))
                .filter(n -> !YAML_EXAMPLE_TESTS.containsKey(n)).toList();
        assertEquals(List.of(), untested, "examples without a test (see EXAMPLE_TESTS)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void jobRunsFromTheRepositoryRootIntoAnotherDestination(Example e) {
        Path dst = Trees.dir(tmp, "dst");
        e.before().accept(dst);
        SortedMap<String, String> before = Trees.contents(dst);
        List<String> args = new ArrayList<>(List.of("robocopy"));
        args.addAll(e.args().apply(dst));

        Launcher.Result r = Launcher.syncopate(args.toArray(String[]::new)).in(Launcher.REPO).run()
                .assertExit(e.code());

        assertEquals("", r.stderr());
        assertEquals(e.expected().apply(before), Trees.contents(dst));
        assertEquals(0, LogTable.last(r.stdout(), "Files")[LogTable.FAILED], r.stdout());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void jobFileHoldsExactlyWhatSaveWrites(Example e) throws IOException {
        String file = Files.readString(JOBS.resolve(e.file()));
        String settings = file.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")).strip();

        Launcher.Result r = Launcher.syncopate("robocopy", "/JOB:examples/robocopy/" + e.file(), "/NOSD", "/NODD",
                "/QUIT").in(Launcher.REPO).run().assertExit(0);

        assertEquals(settings, r.stdout().strip(), "regenerate with the /SAVE command in the file's comment");
    }

    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }
}
