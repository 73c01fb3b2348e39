package dev.syncopate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file, the console, the JSON report and /L, as a scheduler and a log parser see them. */
class LoggingIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-11T08:00:00Z");
    private static final String STARTED = "  Started : ";

    @TempDir
    Path tmp;

    private Path src;
    private Path dst;

    private void twoFiles() {
        src = Trees.dir(tmp, "src");
        dst = tmp.resolve("dst");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "b.txt", "beta!", T0);
    }

    private Launcher.Result robocopy(String... switches) {
        String[] args = new String[switches.length + 3];
        args[0] = "robocopy";
        args[1] = src.toString();
        args[2] = dst.toString();
        System.arraycopy(switches, 0, args, 3, switches.length);
        return Launcher.syncopate(args).in(tmp).run();
    }

    @Test
    void logOverwritesTheFileEachRun() {
        twoFiles();
        Path log = Trees.file(tmp, "run.log", "LINE FROM AN OLDER RUN\n");
        robocopy("/LOG:" + log).assertExit(1);
        robocopy("/LOG:" + log).assertExit(0);
        String text = Trees.read(log);
        assertFalse(text.contains("LINE FROM AN OLDER RUN"), text);
        assertEquals(1, count(text, STARTED), text);
        assertEquals(0, LogTable.copiedFiles(text), text);
    }

    @Test
    void logPlusAppendsOneHeaderAndOneSummaryPerRun() {
        twoFiles();
        Path log = Trees.file(tmp, "run.log", "LINE FROM AN OLDER RUN\n");
        robocopy("/LOG+:" + log).assertExit(1);
        robocopy("/LOG+:" + log).assertExit(0);
        String text = Trees.read(log);
        assertTrue(text.startsWith("LINE FROM AN OLDER RUN\n"), text);
        assertEquals(2, count(text, STARTED), text);
        assertEquals(2, count(text, LogTable.HEADER), text);
        assertTrue(text.indexOf("New File") < text.lastIndexOf(STARTED), "the first run's files come first");
    }

    @Test
    void logWithoutTeeKeepsTheConsoleQuietWithTeeTheConsoleShowsTheLog() {
        twoFiles();
        Path log = tmp.resolve("run.log");
        Launcher.Result quiet = robocopy("/LOG:" + log).assertExit(1);
        assertFalse(quiet.stdout().contains("New File"), quiet.stdout());
        assertFalse(quiet.stdout().contains(LogTable.HEADER), quiet.stdout());

        dst = tmp.resolve("dst2");
        Path teeLog = tmp.resolve("tee.log");
        Launcher.Result tee = robocopy("/LOG:" + teeLog, "/TEE").assertExit(1);
        List<String> logged = Trees.read(teeLog).lines()
                .filter(l -> l.contains("New File") || l.equals(LogTable.HEADER) || l.startsWith("   Files :"))
                .toList();
        assertEquals(4, logged.size(), () -> String.join("\n", logged));
        assertTrue(tee.stdoutLines().containsAll(logged), tee.stdout());
    }

    @Test
    void njhAndNjsLeaveOnlyTheDirectoryAndFileLines() {
        twoFiles();
        Path log = tmp.resolve("run.log");
        robocopy("/LOG:" + log, "/NJH", "/NJS").assertExit(1);
        String text = Trees.read(log);
        assertTrue(text.contains("New File"), text);
        for (String gone : List.of(STARTED, "SYNCOPATE", "   Source : ", "  Options : ", LogTable.HEADER,
                "   Ended : ")) {
            assertFalse(text.contains(gone), () -> "'" + gone + "' in:\n" + text);
        }
    }

    @Test
    void jsonReportHoldsExitCodeAndSummaryCounts() throws IOException {
        twoFiles();
        Path json = tmp.resolve("reports/run.json");
        robocopy("/JSON:" + json).assertExit(1);
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, r.path("exitCode").asInt(), r.toPrettyString());
        JsonNode files = r.path("summary").path("files");
        assertEquals(2, files.path("total").asInt(), r.toPrettyString());
        assertEquals(2, files.path("copied").asInt());
        assertEquals(0, files.path("failed").asInt());
        assertEquals(10, r.path("summary").path("bytes").path("copied").asLong());
        assertFalse(r.path("listOnly").asBoolean(true));
        assertTrue(r.path("errors").isArray() && r.path("errors").isEmpty(), r.toPrettyString());
        OffsetDateTime started = OffsetDateTime.parse(r.path("started").asText());
        assertFalse(OffsetDateTime.parse(r.path("ended").asText()).isBefore(started));
    }

    @Test
    void listOnlyChangesNothingAndExitsWithTheCodeTheRealRunThenHas() {
        src = Trees.dir(tmp, "src");
        dst = Trees.dir(tmp, "dst");
        Trees.file(src, "new.txt", "n", T0);
        Trees.file(src, "b.txt", "beta, newer", T1);
        Trees.file(dst, "b.txt", "beta", T0);
        Trees.file(dst, "extra/x.txt", "x", T0);
        SortedMap<String, String> before = Trees.contents(tmp);

        Launcher.Result dry = robocopy("/MIR", "/L").assertExit(3);
        assertEquals(before, Trees.contents(tmp), "/L changed the disk");
        assertTrue(dry.stdout().contains("*EXTRA Dir"), dry.stdout());

        robocopy("/MIR").assertExit(3);
        assertEquals(Trees.contents(src), Trees.contents(dst));
    }

    /**
     * What a Robocopy log parser meets, through the real launcher: the console names the log file
     * (/TEE), the file starts with the banner, dates in the US layout of real Robocopy logs, a
     * directory's extras first and by name, and /L ends its table without Speed lines.
     */
    @Test
    void aMirrorLogReadsLikeARealRobocopyLog() {
        src = Trees.dir(tmp, "src");
        dst = Trees.dir(tmp, "dst");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "c.txt", "gamma", T0);
        Trees.file(dst, "b_old.txt", "old", T0);
        Trees.file(dst, "zz_gone/x.txt", "x", T0);
        Path log = tmp.resolve("mirror.log");

        Launcher.Result dry = robocopy("/MIR", "/L", "/LOG:" + log, "/TEE").assertExit(3);
        String text = Trees.read(log);
        assertTrue(text.startsWith("\n" + "-".repeat(79) + "\n   SYNCOPATE    ::"), text);
        assertFalse(text.contains("Log File"), text);
        assertTrue(dry.stdout().startsWith(System.lineSeparator() + " Log File : " + log + System.lineSeparator()
                + System.lineSeparator() + "-".repeat(79)), dry.stdout());
        String usDate = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ [1-9][0-9]?, "
                + "20[0-9]{2} (1[0-2]|[1-9]):[0-5][0-9]:[0-5][0-9] (AM|PM)";
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("  Started : " + usDate)), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("   Ended : " + usDate)), text);
        String root = "\t                   2\t" + src + "/\n";
        assertTrue(text.contains(root
                + "\t*EXTRA Dir        -1\t" + dst + "/zz_gone/\n"
                + "\t  *EXTRA File \t\t       3\tb_old.txt\n"
                + "\t    New File  \t\t       5\ta.txt\n"
                + "\t    New File  \t\t       5\tc.txt\n"), text);
        assertFalse(text.contains("Speed :"), text);
        assertTrue(text.matches("(?s).*\n   Times :[ 0-9:]+\n   Ended : [^\n]+\n\n"), text);
    }

    @Test
    void listOnlyIntoAMissingDestinationCreatesNothing() {
        twoFiles();
        SortedMap<String, String> before = Trees.contents(tmp);
        robocopy("/E", "/L").assertExit(1);
        assertEquals(before, Trees.contents(tmp));
    }

    @Test
    void noCarriageReturnOrEscapeInAnyOutputWhenStdoutIsAPipe() throws IOException {
        twoFiles();
        // Big enough that a progress line would have something to show; a terminal type that would
        // invite colours.
        try (var ch = Files.newByteChannel(src.resolve("big.bin"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ch.position(64L << 20).write(ByteBuffer.wrap(new byte[] {1}));
        }
        Path log = tmp.resolve("run.log");
        Launcher.Result console = Launcher.syncopate("robocopy", src.toString(), tmp.resolve("c").toString(), "/E",
                "/V", "/ETA").env("TERM", "xterm-256color").env("COLUMNS", "120").run().assertExit(1);
        Launcher.Result teed = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/E", "/V",
                "/LOG:" + log, "/TEE").env("TERM", "xterm-256color").run().assertExit(1);
        for (String text : List.of(console.stdout(), console.stderr(), teed.stdout(), teed.stderr(),
                Trees.read(log))) {
            assertFalse(text.contains("\r"), () -> "carriage return in:\n" + text);
            assertFalse(text.contains("\u001b"), () -> "escape sequence in:\n" + text);
            assertFalse(text.contains("%"), () -> "a percentage in:\n" + text);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
