package dev.syncopate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robocopy's exit-code bitmask, through the real launcher, one row per situation. */
class ExitCodesIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-11T08:00:00Z");

    @TempDir
    Path tmp;

    /** A situation: how to prepare source and destination, the switches, the expected code. */
    record Row(String name, BiConsumer<Path, Path> setup, List<String> switches, int code) {
        @Override
        public String toString() {
            return name + " -> " + code;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("in sync: same size and mtime", (s, d) -> {
                    Trees.file(s, "a.txt", "alpha", T0);
                    Trees.file(d, "a.txt", "alpha", T0);
                }, List.of(), 0),
                new Row("a lonely file is copied", (s, d) -> Trees.file(s, "a.txt", "alpha", T0), List.of(), 1),
                new Row("an extra file, no purge", (s, d) -> {
                    Trees.file(s, "a.txt", "alpha", T0);
                    Trees.file(d, "a.txt", "alpha", T0);
                    Trees.file(d, "extra.txt", "x", T0);
                }, List.of(), 2),
                new Row("an extra purged by /MIR still counts", (s, d) -> {
                    Trees.file(s, "a.txt", "alpha", T0);
                    Trees.file(d, "a.txt", "alpha", T0);
                    Trees.file(d, "extra.txt", "x", T0);
                }, List.of("/MIR"), 2),
                new Row("a newer file copied and an extra", (s, d) -> {
                    Trees.file(s, "a.txt", "alpha2", T1);
                    Trees.file(d, "a.txt", "alpha", T0);
                    Trees.file(d, "extra.txt", "x", T0);
                }, List.of(), 3),
                new Row("mismatch: directory in the source, file in the destination", (s, d) -> {
                    Trees.file(s, "m/inner.txt", "i", T0);
                    Trees.file(d, "m", "a file", T0);
                }, List.of("/E"), 4),
                new Row("mismatch: file in the source, directory in the destination", (s, d) -> {
                    Trees.file(s, "m", "a file", T0);
                    Trees.file(d, "m/inner.txt", "i", T0);
                }, List.of("/E"), 4),
                new Row("copied, extra and mismatch", (s, d) -> {
                    Trees.file(s, "new.txt", "n", T0);
                    Trees.file(s, "m/inner.txt", "i", T0);
                    Trees.file(d, "m", "a file", T0);
                    Trees.file(d, "extra.txt", "x", T0);
                }, List.of("/E"), 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exitCodeIsTheBitmaskOfWhatHappened(Row row) {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        row.setup().accept(src, dst);
        List<String> args = new ArrayList<>(List.of("robocopy", src.toString(), dst.toString()));
        args.addAll(row.switches());
        Launcher.Result r = Launcher.syncopate(args.toArray(String[]::new)).run().assertExit(row.code());
        assertEquals("", r.stderr());
        if ((row.code() & 4) != 0) {
            assertTrue(r.stdout().contains("*MISMATCH"), r.stdout());
        }
    }

    /**
     * A tweaked file (same size and mtime, other permission bits): /IS alone leaves it, only /IT
     * copies it, as in Robocopy's own tests ("to cover all eventualities, use /IS and /IT combined").
     * The destination holds other bytes of the same length, so a copy shows in the content.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /IS     | 0 | ALPHA | rw-r--r-- | '	       tweaked		       5	a.txt'
            /IT     | 1 | alpha | rw------- | '	    Tweaked   		       5	a.txt'
            /IS /IT | 1 | alpha | rw------- | '	    Tweaked   		       5	a.txt'
            """)
    void onlyIncludeTweakedCopiesATweakedFile(String switches, int code, String content, String mode, String line)
            throws IOException {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Files.setPosixFilePermissions(Trees.file(src, "a.txt", "alpha", T0), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(Trees.file(dst, "a.txt", "ALPHA", T0), PosixFilePermissions.fromString("rw-r--r--"));
        List<String> args = new ArrayList<>(List.of("robocopy", src.toString(), dst.toString(), "/COPY:DAT", "/V"));
        args.addAll(List.of(switches.split(" ")));
        Launcher.Result r = Launcher.syncopate(args.toArray(String[]::new)).run().assertExit(code);
        assertTrue(r.stdoutLines().contains(line.translateEscapes()), r.stdout());
        assertEquals(content, Trees.read(dst.resolve("a.txt")));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dst.resolve("a.txt"))));
    }

    @Test
    void mismatchesAreReportedAndLeftAlone() {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(src, "m/inner.txt", "i", T0);
        Trees.file(dst, "m", "a file", T0);
        var before = Trees.contents(dst);
        Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").run().assertExit(4);
        assertEquals(before, Trees.contents(dst));
    }

    @Test
    void aFileThatCannotBeWrittenExits8WithErrorLineFailedCountAndJsonError() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(src, "a.txt", "alpha", T0);
        Path json = tmp.resolve("report.json");
        try (AutoCloseable undo = unwritable(dst)) {
            Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/R:0", "/W:0",
                    "/JSON:" + json).run().assertExit(8);
            assertTrue(r.stdout().lines().anyMatch(l -> l.matches(
                    "\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d ERROR \\d+ \\(0x[0-9A-F]{8}\\) Copying File "
                            + Pattern.quote(src.resolve("a.txt").toString()))), r.stdout());
            assertTrue(r.stdoutLines().contains("ERROR: RETRY LIMIT EXCEEDED."), r.stdout());
            assertEquals(1, LogTable.last(r.stdout(), "Files")[LogTable.FAILED], r.stdout());
            JsonNode report = new ObjectMapper().readTree(json.toFile());
            assertEquals(8, report.path("exitCode").asInt());
            assertEquals(1, report.path("summary").path("files").path("failed").asInt());
            assertEquals(src.resolve("a.txt").toString(), report.path("errors").path(0).path("path").asText(),
                    report.toPrettyString());
        }
        assertEquals(List.of(), Trees.contents(dst).keySet().stream().toList(), "no file, no temp file left");
    }

    @Test
    void aFailureBesideACopiedFileExits9() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        Path sub = Trees.dir(dst, "sub");
        try (AutoCloseable undo = unwritable(sub)) {
            Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/E", "/R:0", "/W:0").run()
                    .assertExit(9);
        }
        assertEquals("alpha", Trees.read(dst.resolve("a.txt")));
        assertFalse(Files.exists(dst.resolve("sub/b.txt")));
    }

    /**
     * A copy that fails does not stop the purge of extras, as in Robocopy and on remote
     * destinations alike: an extra is a name the source lacks, whatever became of other files'
     * copies. The failed file's old copy stays (it is no extra). Only a source directory that could
     * not be listed holds deletes back.
     */
    @Test
    void aCopyFailureDoesNotStopThePurgeOfExtras() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Path dst = Trees.dir(tmp, "dst");
        Trees.file(src, "a.txt", "alpha", T1);
        Trees.file(src, "b.txt", "beta2", T1);
        Path old = Trees.file(dst, "b.txt", "old", T0);
        Trees.file(dst, "extra.txt", "x", T0);
        Assumptions.assumeTrue(chattr("+i", old), "needs chattr +i to make a copy fail, even for root");
        Launcher.Result r;
        try {
            r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR", "/R:0", "/W:0").run()
                    .assertExit(1 | 2 | 8);
        } finally {
            chattr("-i", old);
        }
        int error = r.indexOfStdoutLine("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d "
                + Pattern.quote("ERROR 5 (0x00000005) Copying File " + src.resolve("b.txt")));
        assertTrue(error > 0, r.toString());
        assertEquals(List.of("Access is denied. (Operation not permitted)", "", "ERROR: RETRY LIMIT EXCEEDED."),
                r.stdoutLines().subList(error + 1, error + 4));
        assertTrue(r.stdoutLines().stream().anyMatch(l -> l.startsWith("\t  *EXTRA File \t\t       1\t")
                && l.endsWith("extra.txt")), r.stdout());
        long[] files = LogTable.last(r.stdout(), "Files");
        assertEquals(1, files[LogTable.FAILED], r.stdout());
        assertEquals(1, files[LogTable.EXTRAS], r.stdout());
        assertEquals(List.of("a.txt", "b.txt"), Trees.contents(dst).keySet().stream().toList(), "extra.txt purged");
        assertEquals("old", Trees.read(old));
    }

    /**
     * Makes a directory refuse new entries, even to root (as CI runs): the immutable flag where
     * chattr and the file system have it, else read-only permissions when they bind this user.
     * Skips the test when neither works. Closing undoes it, so that @TempDir can clean up.
     */
    static AutoCloseable unwritable(Path dir) throws IOException, InterruptedException {
        if (chattr("+i", dir)) {
            return () -> chattr("-i", dir);
        }
        var old = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createFile(dir.resolve(".probe")));
        } catch (IOException expected) {
            return () -> Files.setPosixFilePermissions(dir, old);
        }
        Files.setPosixFilePermissions(dir, old);
        Assumptions.abort("cannot make a directory unwritable: no chattr +i, and permissions do not bind root");
        return null;
    }

    private static boolean chattr(String flag, Path p) throws IOException, InterruptedException {
        try {
            Process proc = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return proc.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
