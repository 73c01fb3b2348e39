package dev.syncopate.cli;

import dev.syncopate.platform.Platform;
import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import dev.syncopate.runstate.StateDir;
import dev.syncopate.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run} records and {@code history} shows, in-process with a fake engine whose every block copies
 * 3 of 4 files: the blocks' counts are summed, a compile error is a run, {@code check} is none.
 */
class HistoryCommandTest {
    private static final Summary BLOCK = new Summary(new Counts(1, 1, 0, 0, 0, 0), new Counts(4, 3, 1, 0, 0, 1),
            new Counts(4096, 3072, 1024, 0, 0, 0), Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    private static final String HEADER =
            "Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run syncopate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Platform.LINUX,
                (o, so, se) -> new SyncResult(1, BLOCK)).withStateDir(dir.resolve("state"));
        int code = Main.execute(args, env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String script(String text) throws IOException {
        return Files.writeString(dir.resolve("nightly.sync.groovy"), text).toString();
    }

    @Test
    void runsAreRecordedWithTheirBlocksCountsSummedAndShownOldestFirst() throws IOException {
        String script = script("sync { from 'a'; to 'b' }\nsync { from 'c'; to 'd' }\n");
        assertEquals(1, syncopate("run", script).code());
        assertEquals(1, syncopate("run", script, "--dry-run").code());
        script("sync { from 'a'; to 'b' }\ndef x = = 1\n");
        Run broken = syncopate("run", script);
        assertEquals(16, broken.code());
        assertEquals("syncopate: nightly.sync.groovy:2:9: Unexpected input: '='\n", broken.err());
        assertEquals(0, syncopate("check", script("println 'checked'\n")).code());

        Run h = syncopate("history", script);

        assertEquals(0, h.code(), h.err());
        List<String> lines = h.lines();
        assertEquals(5, lines.size(), h.out());
        assertEquals(HEADER, lines.get(0));
        String counts = "     1      8       6       0       2     6.0 k";
        assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d   0:00:0\\d" + counts), lines.get(1));
        assertTrue(lines.get(2).matches(".{29}" + counts + "  dry run"), lines.get(2));
        assertTrue(lines.get(3).endsWith("    16      0       0       0       0         0"
                + "  nightly.sync.groovy:2:9: Unexpected input: '='"), lines.get(3));
        assertTrue(lines.get(4).matches("journal: .*/state/runs/nightly\\.sync\\.groovy-[0-9a-f]{16}\\.history\\.jsonl"),
                lines.get(4));
        assertEquals("", h.err());
    }

    @Test
    void aScriptNeverRunHasNoHistory() throws IOException {
        Path never = Files.writeString(dir.resolve("never.sync.groovy"), "println 'never run'\n");
        Run h = syncopate("history", never.toString());
        assertEquals(0, h.code());
        assertEquals("no runs recorded for " + never.toRealPath(), h.lines().getFirst());
        assertFalse(Files.exists(dir.resolve("state")), "history creates nothing");
    }

    /** A mistyped name is not a script without runs: 16, one line, as run and schedule say it. */
    @Test
    void aScriptThatDoesNotExistIs16() {
        Run h = syncopate("history", "nosuch.sync.groovy");
        assertEquals(16, h.code());
        assertEquals("syncopate: script file nosuch.sync.groovy not found\n", h.err());
        assertEquals("", h.out());
    }

    /** A script removed after it ran: its runs (each failing with "not found") are still there to see. */
    @Test
    void aRemovedScriptStillShowsTheRunsItHad() throws IOException {
        String script = script("sync { from 'a'; to 'b' }\n");
        assertEquals(1, syncopate("run", script).code());
        Files.delete(Path.of(script));
        assertEquals(16, syncopate("run", script).code());
        Run h = syncopate("history", script);
        assertEquals(0, h.code());
        assertEquals(List.of(HEADER), h.lines().subList(0, 1));
        assertTrue(h.lines().get(2).endsWith("script file " + script + " not found"), h.out());
    }

    @Test
    void aBadArgumentIs16WithOneLine() {
        Run zero = syncopate("history", "x.sync.groovy", "--last", "0");
        assertEquals(16, zero.code());
        assertEquals("syncopate: --last must be 1 or more, not 0\n", zero.err());
        Run word = syncopate("history", "x.sync.groovy", "--last", "many");
        assertEquals(16, word.code());
        assertEquals("syncopate: Invalid value for option '--last': 'many' is not an int\n", word.err());
        assertEquals(16, syncopate("history").code());
    }

    @Test
    void theHelpShowsAnExample() {
        Run help = syncopate("history", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: syncopate history [-h] [--stacktrace] [--html=FILE] [--last=N] FILE\n"), help.out());
        assertTrue(help.out().contains("Example:\n  $ syncopate history nightly.sync.groovy --last 2\n  " + HEADER + "\n"),
                help.out());
    }

    @Test
    void inProcessTestsKeepTheirStateOutOfTheRealHome() {
        // The build sets SYNCOPATE_STATE_DIR for tests that run `run` in-process without a state directory.
        Path state = StateDir.resolve(System::getenv, false);
        assertFalse(state.startsWith(Path.of(System.getProperty("user.home"), ".local")), state.toString());
        assertEquals(state, new Environment(System.out, System.err, Platform.LINUX, (o, so, se) -> null).stateDir());
    }
}
