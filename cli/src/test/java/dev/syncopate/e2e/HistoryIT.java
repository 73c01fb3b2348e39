package dev.syncopate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate history} through the real launcher, after real runs: their exit codes and counts in
 * the order they ran, {@code --last}, a script never run, a bad argument, and the journal's JSON lines.
 * The runs are made once for the class; the tests only read them.
 */
// A -Dtest=RunLock* meant for the unit tests also selects this class in surefire: skip it there.
@EnabledIfSystemProperty(named = "syncopate.repo", matches = ".+",
        disabledReason = "an end-to-end test: failsafe runs it (mvn verify)")
class HistoryIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String HEADER =
            "Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note";
    /** Started and Duration of a row. */
    private static final String WHEN = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  +\\d+:\\d\\d:\\d\\d";
    private static final String COMPILE_ERROR = "nightly.sync.groovy:2:9: Unexpected input: '='";

    @TempDir
    static Path tmp;

    private static Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString());
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Runs nightly.sync.groovy four ways: a dry run (1), a copy (1), in sync (0), a compile error (16). */
    @BeforeAll
    static void fourRuns() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        String sync = "sync { from " + q(src) + "; to " + q(tmp.resolve("dst")) + " }\n";
        Trees.file(tmp, "nightly.sync.groovy", sync);
        syncopate("run", "nightly.sync.groovy", "--dry-run").run().assertExit(1);
        syncopate("run", "nightly.sync.groovy").run().assertExit(1);
        syncopate("run", "nightly.sync.groovy").run().assertExit(0);
        Trees.file(tmp, "nightly.sync.groovy", sync + "def x = = 1\n");
        Launcher.Result broken = syncopate("run", "nightly.sync.groovy").run().assertExit(16);
        assertEquals(List.of("syncopate: " + COMPILE_ERROR), broken.stderrLines());
    }

    @Test
    void theRunsAreShownInTheOrderTheyRanWithTheirExitCodesAndCounts() {
        Launcher.Result h = syncopate("history", "nightly.sync.groovy").run().assertExit(0);

        List<String> lines = h.stdoutLines();
        assertEquals(6, lines.size(), h.toString());
        assertEquals(HEADER, lines.get(0));
        // A dry run counts what it would copy, as Robocopy /L does.
        assertTrue(lines.get(1).matches(WHEN + "     1      2       2       0       0         9  dry run"), lines.get(1));
        assertTrue(lines.get(2).matches(WHEN + "     1      2       2       0       0         9"), lines.get(2));
        assertTrue(lines.get(3).matches(WHEN + "     0      2       0       0       0         0"), lines.get(3));
        assertTrue(lines.get(4).matches(WHEN + "    16      0       0       0       0         0  \\Q" + COMPILE_ERROR
                + "\\E"), lines.get(4));
        assertTrue(lines.get(5).matches("journal: \\Q" + tmp.resolve("state/runs") + "\\E/nightly\\.sync\\.groovy-"
                + "[0-9a-f]{16}\\.history\\.jsonl"), lines.get(5));
        assertEquals("", h.stderr());
    }

    @Test
    void lastShowsTheNewestRunsAndALinkShowsTheSameHistory() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link.sync.groovy"), tmp.resolve("nightly.sync.groovy"));

        Launcher.Result h = syncopate("history", link.toString(), "--last", "2").run().assertExit(0);

        List<String> lines = h.stdoutLines();
        assertEquals(4, lines.size(), h.toString());
        assertEquals(HEADER, lines.get(0));
        assertTrue(lines.get(1).matches(WHEN + "     0 .*"), lines.get(1));
        assertTrue(lines.get(2).matches(WHEN + "    16 .*"), lines.get(2));
    }

    @Test
    void theJournalIsOneJsonObjectPerRun() throws IOException {
        String journal = syncopate("history", "nightly.sync.groovy").run().stdoutLines().getLast()
                .substring("journal: ".length());

        List<String> lines = Files.readAllLines(Path.of(journal));

        assertEquals(4, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode copy = json.readTree(lines.get(1));
        List<String> fields = new ArrayList<>();
        copy.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("start", "end", "seconds", "exit", "pid", "dryRun", "dirs", "files", "bytes", "note"), fields);
        assertEquals(1, copy.get("exit").intValue());
        assertFalse(copy.get("dryRun").booleanValue());
        assertEquals("{\"total\":2,\"copied\":2,\"skipped\":0,\"failed\":0,\"extras\":0}", copy.get("files").toString());
        assertEquals("{\"total\":9,\"copied\":9}", copy.get("bytes").toString());
        assertTrue(copy.get("note").isNull());
        assertTrue(copy.get("seconds").doubleValue() >= 0);
        assertFalse(OffsetDateTime.parse(copy.get("end").asText()).isBefore(OffsetDateTime.parse(copy.get("start").asText())));
        assertTrue(json.readTree(lines.get(0)).get("dryRun").booleanValue());
        assertEquals(COMPILE_ERROR, json.readTree(lines.get(3)).get("note").asText());
    }

    @Test
    void aScriptNeverRunHasNoRunsRecorded() throws IOException {
        Path never = Trees.file(tmp, "new.sync.groovy", "println 'never run'\n").toRealPath();

        Launcher.Result h = syncopate("history", "new.sync.groovy").run().assertExit(0);

        assertEquals(2, h.stdoutLines().size(), h.toString());
        assertEquals("no runs recorded for " + never, h.stdoutLines().getFirst());
        assertTrue(h.stdoutLines().getLast().startsWith("journal: "), h.toString());
        assertEquals("", h.stderr());
    }

    @Test
    void aBadArgumentIsOneLineAndExit16() {
        Launcher.Result r = syncopate("history", "nightly.sync.groovy", "--last", "0").run().assertExit(16);
        assertEquals(List.of("syncopate: --last must be 1 or more, not 0"), r.stderrLines());
        assertEquals("", r.stdout());
    }
}
