package dev.syncopate.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit 16: bad arguments and an unreachable source stop the run before it touches the disk. */
class FatalErrorsIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /MIRR     | syncopate: unknown switch /MIRR (did you mean /MIR?)
            /R:x      | syncopate: invalid /R:x (expected a whole number of retries, 0 or more)
            /MAXLAD:7 | syncopate: /MAXLAD (last-access date filter) is not supported yet
            /mır      | syncopate: unknown switch /mır (did you mean /MIR?)
            '/R: 3'   | syncopate: invalid /R: 3 (expected a whole number of retries, 0 or more)
            /         | syncopate: a lone / is no switch (a switch has a name, as in /MIR; for the root directory write //)
            /CREDFILE:missing.yaml | syncopate: credentials file missing.yaml does not exist
            """)
    void badSwitchExits16WithOneStderrLineAndCreatesNothing(String badSwitch, String message) {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        SortedMap<String, String> before = Trees.snapshot(tmp);

        // /LOG and /JSON too: not even the log file may appear when the command line is wrong.
        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("dst").toString(), "/MIR",
                "/LOG:" + tmp.resolve("run.log"), "/JSON:" + tmp.resolve("run.json"), badSwitch).in(tmp).run();

        r.assertExit(16);
        assertEquals(List.of(message), r.stderrLines());
        assertEquals("", r.stdout());
        assertEquals(before, Trees.snapshot(tmp), "nothing created or changed");
    }

    @Test
    void missingDestinationArgumentExits16AndCreatesNothing() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        SortedMap<String, String> before = Trees.snapshot(tmp);
        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), "/MIR").in(tmp).run().assertExit(16);
        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderr().startsWith("syncopate: missing destination directory"), r.toString());
        assertEquals(before, Trees.snapshot(tmp));
    }

    @Test
    void logFileThatCannotBeCreatedExits16BeforeCopyingAnything() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Trees.file(tmp, "not-a-dir", "a file where the log's directory should be");
        SortedMap<String, String> before = Trees.snapshot(tmp);

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("dst").toString(),
                "/LOG:" + tmp.resolve("not-a-dir/run.log")).in(tmp).run().assertExit(16);

        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderr().startsWith("syncopate: cannot open the log file "), r.toString());
        assertEquals(before, Trees.snapshot(tmp), "nothing copied");
    }

    @Test
    void missingSourceExits16WithAnErrorLineAndNoDestination() {
        Path src = tmp.resolve("no-such-source");
        Path dst = tmp.resolve("dst");
        SortedMap<String, String> before = Trees.snapshot(tmp);

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").in(tmp).run()
                .assertExit(16);

        assertTrue(r.stdoutLines().stream().anyMatch(l -> l.matches(
                ".* ERROR 2 \\(0x00000002\\) Accessing Source Directory " + Pattern.quote(src + "/"))),
                r.toString());
        assertEquals(before, Trees.snapshot(tmp), "the destination was not created");
    }

    @Test
    void mirrorOfAnEmptySourceOverAFullDestinationExits16AndDeletesNothing() {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "precious.txt", "keep me");
        Trees.file(dst, "dir/also.txt", "keep me too");
        SortedMap<String, String> before = Trees.snapshot(tmp);

        Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").in(tmp).run().assertExit(16);

        assertEquals(before, Trees.snapshot(tmp));
    }
}
