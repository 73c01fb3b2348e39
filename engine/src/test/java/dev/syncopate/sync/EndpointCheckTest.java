package dev.syncopate.sync;

import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which pairs of endpoints are refused, and in which words: empty, same, nested, with and without deletes. */
class EndpointCheckTest {
    private static final String EXCLUDE_OR_MOVE = " on overlapping directories; exclude it (/XD %s, exclude dirs: '%s')"
            + " or choose directories that do not overlap";
    private static final String PURGING = "refusing /MIR or /PURGE (mirror(), purge())";

    @TempDir
    Path tmp;
    private Path root;

    @BeforeEach
    void tree() throws IOException {
        root = tmp.toRealPath();
        Files.createDirectories(root.resolve("s/sub/deep"));
        Files.createDirectories(root.resolve("s/a/sub"));
        Files.createDirectories(root.resolve("s2"));
        Files.writeString(root.resolve("s/sub/b.txt"), "b");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("s"));
    }

    /** {R} is the temporary root, #rel ends the line with the hint to exclude rel; no expectation: the run may start. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''         | d          |            | invalid source: an empty path, which would mean the current directory; is a variable unset?
            s          | ''         | MIR        | invalid destination: an empty path, which would mean the current directory; is a variable unset?
            '   '      | d          |            | invalid source: an empty path, which would mean the current directory; is a variable unset?
            s          | '  '       |            | invalid destination: an empty path, which would mean the current directory; is a variable unset?
            s          | s          |            | the source and the destination are the same directory: {R}/s
            s          | s/sub/..   | MIR        | the source and the destination are the same directory: {R}/s
            s          | alias      |            | the source and the destination are the same directory: {R}/s
            s          | s/sub      |            |
            s          | s/sub      | MIR        | the destination {R}/s/sub is inside the source {R}/s: PURGING#sub
            s          | s/sub      | PURGE      | the destination {R}/s/sub is inside the source {R}/s: PURGING#sub
            s          | s/sub      | MOV        | the destination {R}/s/sub is inside the source {R}/s: refusing /MOV (moveFiles())#sub
            s          | s/sub      | MOVE       | the destination {R}/s/sub is inside the source {R}/s: refusing /MOVE (move())#sub
            s          | s/sub      | MIR L      | the destination {R}/s/sub is inside the source {R}/s: PURGING#sub
            s          | s/new/deep | MIR        | the destination {R}/s/new/deep is inside the source {R}/s: PURGING#new/deep
            s          | alias/sub  | MIR        | the destination {R}/alias/sub is inside the source {R}/s: PURGING#sub
            alias      | s/sub      | MIR        | the destination {R}/s/sub is inside the source {R}/alias: PURGING#sub
            s          | s/sub      | MIR XD:sub |
            s          | s/sub      | MIR XD:s/sub |
            s          | s/sub      | MIR XD:Temp | the destination {R}/s/sub is inside the source {R}/s: PURGING#sub
            s          | s/a/sub    | MIR XD:a   |
            s          | s/a/sub    | MIR XD:a/sub |
            s          | s/a/sub    | MIR XD:b/sub | the destination {R}/s/a/sub is inside the source {R}/s: PURGING#a/sub
            s/sub      | s          |            |
            s/sub      | s          | MIR        | the source {R}/s/sub is inside the destination {R}/s: PURGING#sub
            s/sub      | s          | MOV        | the source {R}/s/sub is inside the destination {R}/s: refusing /MOV (moveFiles())#sub
            s/sub      | s          | MIR XD:sub |
            s          | s2         | MIR        |
            s2         | s          | MIR        |
            """)
    void refusesEmptySameAndOverlappingEndpoints(String source, String destination, String switches, String expected) {
        SyncOptions.Builder b = SyncOptions.builder(path(source), path(destination));
        for (String sw : switches == null ? new String[0] : switches.split(" ")) {
            switch (sw) {
                case "MIR" -> b.mirror();
                case "PURGE" -> b.purge();
                case "MOV" -> b.moveFiles();
                case "MOVE" -> b.move();
                case "L" -> b.listOnly();
                default -> b.excludeDirs(sw.substring("XD:".length()));
            }
        }
        assertEquals(expected == null ? Optional.empty() : Optional.of(expand(expected)), EndpointCheck.refusal(b.build()));
    }

    @Test
    void aPlainCopyIntoTheSourceNamesTheSkippedDirectory() {
        assertEquals(Optional.of("a/sub"),
                EndpointCheck.skippedDestination(SyncOptions.builder(root.resolve("s"), root.resolve("s/a/sub")).build()));
        assertEquals(Optional.empty(), EndpointCheck.skippedDestination(
                SyncOptions.builder(root.resolve("s"), root.resolve("s/a/sub")).excludeDirs("a").build()),
                "an exclusion leaves it out anyway");
        assertEquals(Optional.empty(),
                EndpointCheck.skippedDestination(SyncOptions.builder(root.resolve("s"), root.resolve("s2")).build()));
    }

    /** Blank text stays blank (Path.of("") would be the current directory); the rest is under the root. */
    private Path path(String text) {
        return text.isBlank() ? Path.of(text) : root.resolve(text);
    }

    private String expand(String expected) {
        String line = expected.replace("{R}", root.toString()).replace("PURGING", PURGING);
        int bar = line.lastIndexOf('#');
        if (bar < 0) {
            return line;
        }
        String rel = line.substring(bar + 1);
        return line.substring(0, bar) + EXCLUDE_OR_MOVE.formatted(rel, rel);
    }
}
