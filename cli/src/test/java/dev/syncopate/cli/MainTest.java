package dev.syncopate.cli;

import dev.syncopate.dsl.BlockEngine;
import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.platform.Platform;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher in-process: exit codes, stdout and stderr, verbatim. */
class MainTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void versionComesFromTheBuild() {
        Run r = run("--version");
        assertEquals(0, r.code);
        assertEquals("syncopate " + VersionProvider.version() + NL, r.out());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.version());
    }

    @Test
    void theStreamOnlyEntryPointUsesTheRealPlatform() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"robocopy", "src", "dst", "/MIRR"}, new PrintStream(out, true),
                new PrintStream(err, true));
        assertEquals(16, code);
        assertEquals("syncopate: unknown switch /MIRR (did you mean /MIR?)" + NL, err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void everyHelpListsTheExitCodes() {
        String codes = String.join(NL,
                "Exit codes (a bitmask; 0-7 mean success):",
                "     0   nothing copied, nothing failed: already in sync",
                "     1   files were copied",
                "     2   extras seen: entries only in the destination (deleted by /PURGE, /MIR)",
                "     3   1 + 2: files copied, extras seen",
                "     4   mismatches seen: a file on one side, a directory on the other",
                "     5   1 + 4",
                "     6   2 + 4",
                "     7   1 + 2 + 4",
                "     8   some files or directories failed after their retries",
                "  9-15   8 plus 1, 2 and/or 4",
                "    16   fatal: bad arguments or unreachable source/destination; nothing done") + NL;
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"robocopy", "--help"},
                new String[] {"robocopy", "/?"}, new String[] {"robocopy", "-h"})) {
            Run r = run(help);
            assertEquals(0, r.code);
            assertTrue(r.out().endsWith(codes), r.out());
            assertEquals("", r.err());
        }
    }

    /**
     * Every help is {@link HelpLayout#WIDTH} wide, whatever the terminal, and breaks lines only at spaces:
     * every word of a command's texts appears whole ("nightly.sync.yaml" was cut after "sync.", and
     * "smb://host/share/path" after "smb:"), and each synopsis element stays on one line.
     */
    @Test
    void everyHelpHasOneWidthAndBreaksLinesOnlyAtSpaces() {
        CommandLine top = Main.commandLine(new Environment(System.out, System.err, Platform.LINUX, (o, so, se) -> null),
                new String[] {"--help"});
        List<CommandLine> commands = new ArrayList<>(List.of(top));
        commands.addAll(top.getSubcommands().values());
        for (CommandLine c : commands) {
            CommandLine.Model.CommandSpec spec = c.getCommandSpec();
            List<String> args = new ArrayList<>(List.of(spec.qualifiedName().split(" ")).subList(1,
                    spec.qualifiedName().split(" ").length));
            args.add("--help");
            String out = run(args.toArray(String[]::new)).out();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            texts.addAll(spec.usageMessage().exitCodeList().values());
            spec.args().forEach(a -> texts.addAll(List.of(a.description())));
            for (String text : texts) {
                for (String word : String.format(text).split("\\s+")) {
                    assertTrue(out.contains(word), () -> "'" + word + "' is cut in " + spec.qualifiedName() + " --help:\n"
                            + out);
                }
            }
            for (String line : out.split(NL)) {
                assertTrue(line.length() <= HelpLayout.WIDTH, () -> "longer than " + HelpLayout.WIDTH + ": " + line);
            }
            assertTrue(out.lines().anyMatch(l -> l.length() > 90), () -> spec.qualifiedName() + " --help is narrower:\n"
                    + out);
        }
        assertTrue(run("schedule", "--help").out().contains(" [--daily=HH:MM]"), "a synopsis element is whole");
        assertTrue(run("robocopy", "--help").out().contains(" smb://host/share/path;"));
    }

    @Test
    void robocopyHelpListsTheSwitches() {
        String out = run("robocopy", "--help").out();
        assertTrue(out.startsWith("Usage: syncopate robocopy <source> <destination> [<file>...] [<options>]" + NL));
        assertTrue(out.contains(NL + "Copy scope:" + NL + "  /S                 copy subdirectories, but not empty ones" + NL));
        assertTrue(out.contains(NL + "  /MT[:n]            copy with n threads, 1 to 128 (8 when n is left out; default 1)" + NL));
        assertTrue(out.contains(NL + "  /B                 backup mode (Windows only)" + NL));
    }

    @Test
    void anUnknownSwitchIsOneLineAndNothingRuns() {
        Run r = run("robocopy", "src", "dst", "/MIRR", "/LOG:" + dir.resolve("x.log"));
        assertEquals(16, r.code);
        assertEquals("syncopate: unknown switch /MIRR (did you mean /MIR?)" + NL, r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), r.ran);
    }

    @Test
    void aBadValueBlocksEvenTheSave() {
        Path job = dir.resolve("nightly.yaml");
        Run r = run("robocopy", "src", "dst", "/SAVE:" + dir.resolve("nightly"), "/R:x", "/QUIT");
        assertEquals(16, r.code);
        assertEquals("syncopate: invalid /R:x (expected a whole number of retries, 0 or more)" + NL, r.err());
        assertFalse(Files.exists(job));
    }

    @Test
    void aMissingCredentialsFileIsRefusedBeforeAnythingIsDone() {
        Path missing = dir.resolve("credentials.yaml");
        String message = "syncopate: credentials file " + missing + " does not exist" + NL;
        Run local = run("robocopy", "src", "dst", "/MIR", "/CREDFILE:" + missing);
        Run saving = run("robocopy", "src", "dst", "/CREDFILE:" + missing, "/SAVE:" + dir.resolve("nightly"), "/QUIT");
        assertEquals(List.of(16, message), result(local));
        assertEquals(List.of(), local.ran);
        assertEquals(List.of(16, message), result(saving));
        assertFalse(Files.exists(dir.resolve("nightly.yaml")));
    }

    @Test
    void saveAndQuitWritesTheJobAndCopiesNothing() throws IOException {
        Run r = run("robocopy", "/srv/docs", "/mnt/nas/docs", "/MIR", "/XF", "*.tmp", "/R:2",
                "/SAVE:" + dir.resolve("nightly"), "/QUIT");
        assertEquals(0, r.code);
        assertEquals("", r.out() + r.err());
        assertEquals(List.of(), r.ran);
        assertEquals("""
                from: /srv/docs
                to: /mnt/nas/docs
                mirror: true
                exclude:
                  files:
                  - '*.tmp'
                retries: 2
                """, Files.readString(dir.resolve("nightly.yaml")));
    }

    @Test
    void quitAloneShowsTheSettings() {
        Run r = run("robocopy", "src", "dst", "/E", "/MT", "/QUIT");
        assertEquals(0, r.code);
        assertEquals("from: src\nto: dst\nemptyDirs: true\nthreads: 8\n", r.out());
        assertEquals(List.of(), r.ran);
    }

    @Test
    void aSavedJobRunsLikeTheCommandLineItCameFrom() {
        String[] line = {"robocopy", "/srv/docs", "/mnt/nas/docs", "/MIR", "/XD", ".git", "/LOG+:sync.log", "/TEE"};
        Run direct = run(line);
        List<String> saving = new ArrayList<>(List.of(line));
        saving.add("/SAVE:" + dir.resolve("j"));
        Run saved = run(saving.toArray(String[]::new));
        Run fromJob = run("robocopy", "/JOB:" + dir.resolve("j"));
        assertEquals(3, direct.code);
        assertEquals(direct.ran, saved.ran);   // /SAVE without /QUIT also runs
        assertEquals(direct.ran, fromJob.ran);
    }

    @Test
    void aBadJobFileIsOneLineWithFileAndLine() throws IOException {
        Path job = dir.resolve("nightly.yaml");
        Files.writeString(job, "from: /a\nto: /b\nmirorr: true\n");
        Run r = run("robocopy", "/JOB:" + dir.resolve("nightly"));
        assertEquals(16, r.code);
        assertEquals("syncopate: " + job + ":3: unknown setting 'mirorr' (did you mean 'mirror'?)" + NL, r.err());
        assertEquals(List.of(), r.ran);
    }

    @Test
    void warningsAreOneLineEachAndTheRunGoesOn() {
        Run r = run("robocopy", "src", "dst", "/B", "/EFSRAW", "/b", "/MIR");
        assertEquals(3, r.code);
        assertEquals("syncopate: warning: /B (backup mode) has no meaning on Linux and is ignored" + NL
                + "syncopate: warning: /EFSRAW (EFS raw mode) has no meaning on Linux and is ignored" + NL, r.err());
        assertEquals(1, r.ran.size());
    }

    @Test
    void onWindowsTheSameSwitchIsUnsupportedRatherThanMeaningless() {
        Run r = new Run(Platform.WINDOWS, "robocopy", "src", "dst", "/B");
        assertEquals("syncopate: warning: /B (backup mode) is not supported and is ignored" + NL, r.err());
    }

    @Test
    void theEnginesExitCodeIsTheProcessExitCode() {
        Run r = run("robocopy", "src", "dst", "/MIR");
        assertEquals(3, r.code);
        assertEquals(SyncOptions.builder(Path.of("src"), Path.of("dst")).mirror().build(), r.ran.getFirst());
    }

    @Test
    void launcherMistakesAreOneLine() {
        assertEquals(List.of(16, "syncopate: missing command (see syncopate --help)" + NL), result(run()));
        assertEquals(List.of(16, "syncopate: unknown command 'robocpy' (did you mean 'robocopy'?)" + NL),
                result(run("robocpy")));
        assertEquals(List.of(16, "syncopate: unknown command 'frobnicate' (see syncopate --help)" + NL),
                result(run("frobnicate")));
        assertEquals(List.of(16, "syncopate: unknown option --bogus (see syncopate --help)" + NL),
                result(run("--bogus")));
        assertEquals(List.of(16, "syncopate: missing source directory (usage: syncopate robocopy <source>"
                + " <destination> [<file>...] [<options>])" + NL), result(run("robocopy")));
    }

    /** Mistakes in a subcommand's options: one line in plain words, a suggestion where one is close. */
    @Test
    void optionMistakesAreOneLineWithASuggestion() {
        List<List<String>> table = List.of(
                List.of("run --dryrun x.sync.groovy", "unknown option --dryrun (did you mean --dry-run?)"),
                List.of("check --dry-run=true x.sync.groovy", "unknown option --dry-run=true (see syncopate check --help)"),
                List.of("schedule x.sync.groovy --dayly=23:00", "unknown option --dayly=23:00 (did you mean --daily?)"),
                List.of("history --lats 3 x.sync.groovy", "unknown option --lats (did you mean --last?)"),
                List.of("run --frobnicate x.sync.groovy", "unknown option --frobnicate (see syncopate run --help)"),
                List.of("run -P keep x.sync.groovy", "-P keep: expected name=value"),
                List.of("check -P keep x.sync.groovy", "-P keep: expected name=value"),
                List.of("schedule x.sync.groovy --hourly -P to", "-P to: expected name=value"));
        for (List<String> row : table) {
            assertEquals(List.of(16, "syncopate: " + row.get(1) + NL), result(run(row.get(0).split(" "))), row.get(0));
        }
    }

    @Test
    void stackTracesOnlyOnRequest() {
        Run plain = run("robocopy", "/MIRR");
        Run traced = run("robocopy", "/MIRR", "--stacktrace");
        assertEquals(1, plain.err().lines().count());
        assertTrue(traced.err().startsWith("syncopate: unknown switch /MIRR (did you mean /MIR?)" + NL
                + "dev.syncopate.robocopy.ArgumentException: unknown switch /MIRR"), traced.err());
        assertEquals(16, traced.code);
    }

    /** An Error too: picocli passes only Exceptions to the handler, so one used to reach the JVM (trace, exit 1). */
    @Test
    void anUnexpectedFailureIsStillOneLineAndFatal() {
        for (Throwable failure : List.of(new IllegalStateException("boom"), new OutOfMemoryError("Java heap space"))) {
            Run r = new Run(Platform.LINUX, (o, out, err) -> {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }, "robocopy", "src", "dst");
            assertEquals(16, r.code, failure.toString());
            assertEquals("syncopate: internal error: " + failure + " (run with --stacktrace for details)" + NL, r.err());
        }
    }

    @Test
    void argumentsAreNeverReadFromAtFiles() {
        Run r = run("robocopy", "src", "dst", "@list.txt", "/QUIT");
        assertEquals("from: src\nto: dst\nfiles:\n- '@list.txt'\n", r.out());
    }

    private static List<Object> result(Run r) {
        return List.of(r.code, r.err());
    }

    private static Run run(String... args) {
        return new Run(Platform.LINUX, args);
    }

    /** One in-process launch with captured streams and a fake engine that records what it was given. */
    private static final class Run {
        final List<SyncOptions> ran = new ArrayList<>();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int code;

        Run(Platform platform, String... args) {
            this(platform, null, args);
        }

        Run(Platform platform, BlockEngine runner, String... args) {
            BlockEngine recording = (o, so, se) -> {
                ran.add(o);
                return new SyncResult(3, Summary.EMPTY);
            };
            code = Main.execute(args, new Environment(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), platform, runner == null ? recording : runner));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
