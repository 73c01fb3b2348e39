package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person types first: --help, --version, and a Windows-only switch from an old script. */
class HelpAndCompatibilityIT {
    /** The exit-code section every help shows; the codes are the interface schedulers rely on. */
    private static final List<String> EXIT_CODES = List.of(
            "Exit codes (a bitmask; 0-7 mean success):",
            "     0   nothing copied, nothing failed: already in sync",
            "     1   files were copied",
            "     2   extras seen: entries only in the destination (deleted by /PURGE, /MIR)",
            "     4   mismatches seen: a file on one side, a directory on the other",
            "     8   some files or directories failed after their retries",
            "    16   fatal: bad arguments or unreachable source/destination; nothing done");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "syncopate {0}")
    @ValueSource(strings = {"--help", "robocopy --help", "robocopy /?"})
    void helpListsTheExitCodesOnStdoutAndExits0(String args) {
        Launcher.Result r = Launcher.syncopate(args.split(" ")).run().assertExit(0);
        assertTrue(r.stdoutLines().containsAll(EXIT_CODES), r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void robocopyHelpListsTheSwitches() {
        Launcher.Result r = Launcher.syncopate("robocopy", "--help").run().assertExit(0);
        for (String s : List.of("/MIR", "/XF", "/XD", "/LOG+:", "/JSON:", "/Z", "/R:n", "/W:n")) {
            assertTrue(r.stdout().contains(s), () -> s + " missing in:\n" + r.stdout());
        }
    }

    @Test
    void versionPrintsNameAndVersion() {
        Launcher.Result r = Launcher.syncopate("--version").run().assertExit(0);
        assertTrue(r.stdout().matches("syncopate \\d+\\.\\d+\\.\\d+\\S*\\R"), r.toString());
        assertEquals("", r.stderr());
    }

    @Test
    void windowsOnlySwitchWarnsOnceAndTheCopyStillHappens() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("dst").toString(), "/B")
                .run().assertExit(1);
        assertEquals(List.of("syncopate: warning: /B (backup mode) has no meaning on Linux and is ignored"),
                r.stderrLines());
        assertEquals("alpha", Trees.read(tmp.resolve("dst/a.txt")));
        assertTrue(r.stdout().contains("New File"), r.stdout());
    }

    @Test
    void unknownCommandExits16WithASuggestion() {
        Launcher.Result r = Launcher.syncopate("robocpy", "a", "b").run().assertExit(16);
        assertEquals(List.of("syncopate: unknown command 'robocpy' (did you mean 'robocopy'?)"), r.stderrLines());
        assertEquals("", r.stdout());
    }
}
