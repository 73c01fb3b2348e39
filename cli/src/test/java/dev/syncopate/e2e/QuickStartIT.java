package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, taken from the README itself and run from the repository root with
 * the relative launcher path, as a new user would type it; only its destination moves into a
 * temporary directory.
 */
class QuickStartIT {
    private static final Path SAMPLE = Launcher.REPO.resolve("examples/sample-data");
    /** The README command's destination, replaced by a temporary directory. */
    private static final String README_DEST = "out/sample-copy";

    @TempDir
    Path tmp;

    @Test
    void firstRunMirrorsTheSampleDataWithoutTmpFilesAndCacheAndExits1() {
        Path dst = tmp.resolve("sample-copy");
        Launcher.Result r = quickStart(dst).assertExit(1);

        assertEquals(Trees.without(Trees.contents(SAMPLE), "docs/reports/draft.tmp", "cache"),
                Trees.contents(dst), "the copy is the sample data minus *.tmp and cache/, with its mtimes");
        assertEquals("", r.stderr());
        assertEquals(0, LogTable.last(r.stdout(), "Files")[LogTable.FAILED]);
        assertEquals(6, LogTable.copiedFiles(r.stdout()), r.stdout());
    }

    @Test
    void secondRunHasNothingToDoExits0AndCopies0() {
        Path dst = tmp.resolve("sample-copy");
        quickStart(dst).assertExit(1);
        SortedMap<String, String> after1 = Trees.contents(dst);

        Launcher.Result r = quickStart(dst).assertExit(0);
        assertEquals(0, LogTable.copiedFiles(r.stdout()), r.stdout());
        assertFalse(r.stdout().contains("New File"), r.stdout());
        assertEquals(after1, Trees.contents(dst));
    }

    @Test
    void logHasRobocopysHeaderLinesAndSummaryTableVerbatim() {
        Path dst = tmp.resolve("sample-copy");
        List<String> log = quickStart(dst).assertExit(1).stdoutLines();

        assertTrue(log.contains("   Source : " + SAMPLE + "/"), () -> String.join("\n", log));
        assertTrue(log.contains("     Dest : " + dst.toAbsolutePath() + "/"), () -> String.join("\n", log));
        assertTrue(log.contains("Exc Files : *.tmp"), () -> String.join("\n", log));
        assertTrue(log.contains(" Exc Dirs : cache"), () -> String.join("\n", log));
        assertTrue(log.contains("  Options : *.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5 "),
                () -> String.join("\n", log));
        assertTrue(log.contains(LogTable.HEADER), () -> String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("  Started : ")), "Started line");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("   Ended : ")), "Ended line");
        assertTrue(log.contains("\t    New File  \t\t   48000\tbeach.jpg"), () -> String.join("\n", log));
        // The table comes after the header, the file lines between them.
        assertTrue(log.indexOf("   Source : " + SAMPLE + "/") < log.indexOf(LogTable.HEADER));
    }

    /** The README's quick-start command, with its destination replaced. */
    private Launcher.Result quickStart(Path dst) {
        List<String> argv = readmeQuickStart();
        assertEquals(List.of("scripts/syncopate", "robocopy", "examples/sample-data", README_DEST),
                argv.subList(0, 4), "the README's quick start changed: " + argv);
        argv.set(3, dst.toString());
        return Launcher.command(argv.toArray(String[]::new)).in(Launcher.REPO).run();
    }

    /** The first {@code scripts/syncopate robocopy} line of the README, split as sh would split it. */
    static List<String> readmeQuickStart() {
        List<String> readme;
        try {
            readme = Files.readAllLines(Launcher.REPO.resolve("README.md"));
        } catch (IOException e) {
            throw new AssertionError("README.md is missing", e);
        }
        String line = readme.stream().map(String::strip).filter(l -> l.startsWith("scripts/syncopate robocopy "))
                .findFirst().orElseThrow(() -> new AssertionError("no quick-start command in README.md"));
        return shellWords(line);
    }

    /** Blank-separated words with '...' and "..." quoting: all the README's command uses. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w = w == null ? new StringBuilder() : w;
            } else if (c == '#' && w == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }
}
