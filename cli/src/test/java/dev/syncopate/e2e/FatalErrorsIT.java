package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
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
            /BWLIMIT:fast | syncopate: invalid /BWLIMIT:fast (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            /BWLIMIT:0    | syncopate: invalid /BWLIMIT:0 (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            /BWLIMIT:-1M  | syncopate: invalid /BWLIMIT:-1M (expected bytes per second, more than 0, such as 10M or 500K, 1024-based)
            """)
    void badSwitchExits16WithOneStderrLineAndCreatesNothing(String badSwitch, String message) {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        SortedMap<String, String> before = Trees.contents(tmp);

        // /LOG and /JSON too: not even the log file may appear when the command line is wrong.
        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("dst").toString(), "/MIR",
                "/LOG:" + tmp.resolve("run.log"), "/JSON:" + tmp.resolve("run.json"), badSwitch).in(tmp).run();

        r.assertExit(16);
        assertEquals(List.of(message), r.stderrLines());
        assertEquals("", r.stdout());
        assertEquals(before, Trees.contents(tmp), "nothing created or changed");
    }

    @Test
    void missingDestinationArgumentExits16AndCreatesNothing() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        SortedMap<String, String> before = Trees.contents(tmp);
        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), "/MIR").in(tmp).run().assertExit(16);
        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderr().startsWith("syncopate: missing destination directory"), r.toString());
        assertEquals(before, Trees.contents(tmp));
    }

    @Test
    void logFileThatCannotBeCreatedExits16BeforeCopyingAnything() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Trees.file(tmp, "not-a-dir", "a file where the log's directory should be");
        SortedMap<String, String> before = Trees.contents(tmp);

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("dst").toString(),
                "/LOG:" + tmp.resolve("not-a-dir/run.log")).in(tmp).run().assertExit(16);

        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderr().startsWith("syncopate: cannot open the log file "), r.toString());
        assertEquals(before, Trees.contents(tmp), "nothing copied");
    }

    @Test
    void missingSourceExits16WithAnErrorLineAndNoDestination() {
        Path src = tmp.resolve("no-such-source");
        Path dst = tmp.resolve("dst");
        SortedMap<String, String> before = Trees.contents(tmp);

        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").in(tmp).run()
                .assertExit(16);

        assertTrue(r.stdoutLines().stream().anyMatch(l -> l.matches(
                ".* ERROR 2 \\(0x00000002\\) Accessing Source Directory " + Pattern.quote(src + "/"))),
                r.toString());
        assertEquals(before, Trees.contents(tmp), "the destination was not created");
    }

    /**
     * A source root that exists but cannot be listed is as fatal as a missing one (Robocopy: 16),
     * not a failed directory (8): the run stops before touching the destination. Root reads a
     * mode-000 directory, so as root the launcher runs as nobody (setpriv), owning the destination.
     */
    @Test
    void unreadableSourceRootExits16WithAnErrorLineAndDeletesNothing() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "extra.txt", "an extra /MIR would purge");
        Trees.file(dst, "sub/old.txt", "and another");
        Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        SortedMap<String, String> before = Trees.contents(dst);
        try {
            Launcher.Result r = asUnprivileged(dst, "robocopy", src.toString(), dst.toString(), "/MIR")
                    .in(tmp).run().assertExit(16);
            List<String> out = r.stdoutLines();
            int error = r.indexOfStdoutLine("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d ERROR 5 \\(0x00000005\\) "
                    + "Accessing Source Directory " + Pattern.quote(src + "/"));
            assertTrue(error >= 0, r.toString());
            assertEquals("Access is denied.", out.get(error + 1), r.toString());
            assertEquals(List.of("syncopate: ERROR 5 (0x00000005) Accessing Source Directory " + src + "/: Access is denied."),
                    r.stderrLines(), r.toString());
        } finally {
            Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals(before, Trees.contents(dst), "nothing purged");
    }

    /** The launcher as an unprivileged user when the tests run as root, owning {@code writable}. */
    private static Launcher asUnprivileged(Path writable, String... args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Launcher.syncopate(args);
        }
        Process chown = new ProcessBuilder("chown", "-R", "65534:65534", writable.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(chown.waitFor() == 0 && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs chown and setpriv to run as an unprivileged user");
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", Launcher.SCRIPT.toString()));
        command.addAll(List.of(args));
        return Launcher.command(command.toArray(String[]::new)).env("SYNCOPATE_CDS", "0");
    }

    /**
     * A fatal line is in the log (stdout, or the /LOG file) and on stderr too, as one line without
     * the log's time stamp: cron mails stderr, systemd marks it. A log file leaves stdout empty.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing source       | robocopy | no-such-source | | ERROR 2 (0x00000002) Accessing Source Directory SRC/: The system cannot find the file specified.
            source is a file     | robocopy | a-file         | | ERROR 267 (0x0000010B) Accessing Source Directory SRC/: The directory name is invalid.
            empty source, /LOG   | robocopy | empty          | /LOG:run.log | ERROR : The source SRC is empty but the destination DST is not; refusing to purge it (is a share unmounted?). Use /ALLOWEMPTYSOURCE (allowEmptySource()) if this is intended.
            missing source, run  | run      | no-such-source | | ERROR 2 (0x00000002) Accessing Source Directory SRC/: The system cannot find the file specified.
            """)
    void aFatalErrorIsAlsoOneLineOnStderr(String name, String mode, String source, String log, String line) {
        Trees.file(tmp, "a-file", "a file, not a directory");
        Trees.dir(tmp, "empty");
        Path src = tmp.resolve(source);
        Path dst = tmp.resolve("dst");
        Trees.file(dst, "precious.txt", "keep me");
        Launcher.Result r;
        if (mode.equals("run")) {
            Trees.file(tmp, "fatal.sync.groovy", "sync { from '" + src + "'; to '" + dst + "' }\n");
            r = Launcher.syncopateIn(tmp, "run", "fatal.sync.groovy").run().assertExit(16);
        } else {
            r = (log == null ? Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR")
                    : Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR", log)).in(tmp).run()
                    .assertExit(16);
        }
        String expected = line.replace("SRC", src.toString()).replace("DST", dst.toString());
        assertEquals(List.of("syncopate: " + expected), r.stderrLines(), r.toString());
        // The log has an error code line and its message on the next line.
        String logged = expected.matches("ERROR \\d.*") ? expected.substring(0, expected.indexOf(": The")) : expected;
        if (log != null) {
            assertEquals("", r.stdout(), "the log went to its file");
            assertTrue(Trees.read(tmp.resolve("run.log")).contains(logged), "and the file has it");
        } else {
            assertTrue(r.stdout().contains(logged), "the log on stdout still has it: " + r);
        }
    }

    @Test
    void mirrorOfAnEmptySourceOverAFullDestinationExits16AndDeletesNothing() {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(dst, "precious.txt", "keep me");
        Trees.file(dst, "dir/also.txt", "keep me too");
        SortedMap<String, String> before = Trees.contents(tmp);

        Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").in(tmp).run().assertExit(16);

        assertEquals(before, Trees.contents(tmp));
    }
}
