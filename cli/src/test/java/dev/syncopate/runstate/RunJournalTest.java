package dev.syncopate.runstate;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The run history file: its exact lines, reading them back, a torn line, and staying small. */
class RunJournalTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-11-20T22:00:01.250Z");
    private static final Summary TOTALS = new Summary(new Counts(9, 1, 8, 0, 0, 0),
            new Counts(120, 118, 2, 0, 0, 3), new Counts(124_000_000, 123_900_000, 100_000, 0, 0, 0),
            Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    @TempDir
    Path tmp;

    private RunJournal journal() {
        return new RunJournal(tmp.resolve("runs/nightly.sync.groovy-0123456789ab.history.jsonl"));
    }

    private static RunRecord run(Instant start, int exit, String note) {
        return new RunRecord(OffsetDateTime.ofInstant(start, BERLIN), OffsetDateTime.ofInstant(start.plusSeconds(1), BERLIN),
                exit, 4242, false, Counts.ZERO, Counts.ZERO, Counts.ZERO, note);
    }

    @Test
    void aRunIsOneLineOfJsonInTheDocumentedFormat() throws IOException {
        RunRecord r = RunRecord.ended(T0, T0.plusMillis(251_250), BERLIN, 1, false, TOTALS, null);
        journal().append(r);
        String pid = Long.toString(ProcessHandle.current().pid());
        assertEquals("{\"start\":\"2026-11-20T23:00:01.250+01:00\",\"end\":\"2026-11-20T23:04:12.500+01:00\","
                + "\"seconds\":251.25,\"exit\":1,\"pid\":" + pid + ",\"dryRun\":false,"
                + "\"dirs\":{\"total\":9,\"copied\":1,\"failed\":0,\"extras\":0},"
                + "\"files\":{\"total\":120,\"copied\":118,\"skipped\":2,\"failed\":0,\"extras\":3},"
                + "\"bytes\":{\"total\":124000000,\"copied\":123900000},\"note\":null}\n",
                Files.readString(journal().file()));
    }

    @Test
    void aRunThatDidNotFinishHasNoEndExitOrCounts() throws IOException {
        journal().append(RunRecord.didNotFinish(new LockOwner(4242, T0, Path.of("/x")), BERLIN));
        assertEquals("{\"start\":\"2026-11-20T23:00:01.250+01:00\",\"end\":null,\"seconds\":null,\"exit\":null,"
                + "\"pid\":4242,\"dryRun\":false,\"dirs\":null,\"files\":null,\"bytes\":null,"
                + "\"note\":\"did not finish (pid 4242 ended without recording a result)\"}\n",
                Files.readString(journal().file()));
    }

    @Test
    void recordsReadBackAsTheyWereWritten() throws IOException {
        RunRecord ended = RunRecord.ended(T0, T0.plusSeconds(3), BERLIN, 16, true, TOTALS,
                "x.sync.groovy:3: \"quoted\", a tab\there, é € 😀");
        RunRecord unfinished = RunRecord.didNotFinish(new LockOwner(77, T0.plusSeconds(60), Path.of("/x")), BERLIN);
        journal().append(ended);
        journal().append(unfinished);

        List<RunRecord> back = journal().last(10);

        // The journal keeps the rows' fields the history shows; mismatch (and skipped but for files) read as 0.
        assertEquals(List.of(new RunRecord(ended.start(), ended.end(), 16, ended.pid(), true,
                new Counts(9, 1, 0, 0, 0, 0), new Counts(120, 118, 2, 0, 0, 3), new Counts(124_000_000, 123_900_000, 0, 0, 0, 0),
                ended.note()), unfinished), back);
        assertEquals(Duration.ofSeconds(3), back.getFirst().duration());
        assertNull(back.getLast().duration());
    }

    @Test
    void anAbsentJournalHasNoRuns() throws IOException {
        assertEquals(List.of(), journal().last(10));
    }

    @Test
    void theLastRunsAreThoseThatStartedLastInTheOrderTheyStarted() throws IOException {
        // A run refused while another ran ends (and is written) before the run it was refused by.
        journal().append(run(T0, 0, "first"));
        journal().append(run(T0.plusSeconds(20), 16, "refused"));
        journal().append(run(T0.plusSeconds(10), 1, "long"));
        journal().append(run(T0.plusSeconds(30), 0, "last"));

        assertEquals(List.of("long", "refused", "last"), notes(journal().last(3)));
        assertEquals(List.of("first", "long", "refused", "last"), notes(journal().last(10)));
    }

    @Test
    void aTornLastLineIsSkippedAndTheNextRunStartsOnALineOfItsOwn() throws IOException {
        journal().append(run(T0, 0, "whole"));
        String torn = run(T0.plusSeconds(10), 1, "torn").json();
        Files.writeString(journal().file(), torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);

        assertEquals(List.of("whole"), notes(journal().last(10)));

        journal().append(run(T0.plusSeconds(20), 0, "after"));
        assertEquals(List.of("whole", "after"), notes(journal().last(10)));
        assertEquals(3, Files.readAllLines(journal().file()).size(), "the torn line stays apart");
    }

    @Test
    void linesThatAreNotRecordsAreSkipped() throws IOException {
        Files.createDirectories(journal().file().getParent());
        Files.write(journal().file(), List.of("", "{}", "[1,2]", "not json", run(T0, 0, "ok").json() + " trailing",
                run(T0, 0, "ok").json(), "{\"start\":\"yesterday\"}"), StandardCharsets.UTF_8);
        assertEquals(List.of("ok"), notes(journal().last(10)));
    }

    @Test
    void pastAThousandLinesTheNewestFiveHundredAreKept() throws IOException {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, RunJournal.LIMIT).forEach(i -> lines.add(run(T0.plusSeconds(i), 0, "run " + i).json()));
        Files.createDirectories(journal().file().getParent());
        Files.write(journal().file(), lines, StandardCharsets.UTF_8);

        journal().trim();
        assertEquals(RunJournal.LIMIT, Files.readAllLines(journal().file()).size(), "a thousand is not too many");

        journal().append(run(T0.plusSeconds(RunJournal.LIMIT), 0, "run " + RunJournal.LIMIT));
        journal().trim();

        List<String> kept = Files.readAllLines(journal().file());
        assertEquals(RunJournal.KEEP, kept.size());
        assertEquals(lines.get(RunJournal.LIMIT - RunJournal.KEEP + 1), kept.getFirst());
        assertEquals(List.of("run 999", "run 1000"), notes(journal().last(2)));
        try (var s = Files.list(journal().file().getParent())) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static List<String> notes(List<RunRecord> runs) {
        return runs.stream().map(RunRecord::note).toList();
    }
}
