package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --dry-run}: every block list-only, retention only says what it would do; nothing on disk changes. */
class DryRunTest {
    @TempDir
    Path dir;

    @Test
    void changesNothingAndTheCodeSaysWhatWouldHappen() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A", "b.lock", "B", "sub/c.txt", "C");
        Path dst = Trees.files(dir.resolve("dst"), "extra.txt", "X");
        Path versions = dir.resolve("versions");
        for (String stamp : List.of("20200101_000000", "20200102_000000", "20200103_000000")) {
            Files.createDirectories(versions.resolve(stamp));
        }
        Path snaps = dir.resolve("snaps");
        List<String> before = listing(dir);
        ScriptHarness.Run r = ScriptHarness.run(dir, "dry.sync.groovy", """
                def r = sync {
                    from SRC
                    to DST
                    mirror()
                    beforeCopy { f -> if (f.name.endsWith('.lock')) { println "vetoed ${f.name}"; skip 'lock' } }
                    afterCopy { f -> println "never in a dry run" }
                }
                println "would: ${r.exitCode}"
                keep last: 1, in: VERSIONS
                sync { from SRC; snapshot into: SNAPS, keep: 2 }
                """.replace("SRC", q(src)).replace("DST", q(dst)).replace("VERSIONS", q(versions))
                .replace("SNAPS", q(snaps)), "--dry-run");
        assertEquals("", r.err());
        assertEquals(before, listing(dir));
        assertTrue(r.lines().contains("vetoed b.lock"), r.out());
        assertTrue(r.lines().contains("would: 3"), r.out());
        assertTrue(r.lines().contains("Would remove old folder " + versions.resolve("20200101_000000")), r.out());
        assertTrue(r.lines().contains("Would remove old folder " + versions.resolve("20200102_000000")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("never in a dry run")));
        assertEquals(3, r.code());
    }

    @Test
    void keepCountsTheFolderADryRunWouldHaveMade() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        Path versions = dir.resolve("versions");
        for (String stamp : List.of("20200101_000000", "20200102_000000")) {
            Files.createDirectories(versions.resolve(stamp));
        }
        String script = "sync { from SRC; to \"VERSIONS/${timestamp()}\" }\nkeep last: 2, in: 'VERSIONS'\n"
                .replace("SRC", q(src)).replace("VERSIONS", versions.toString());
        ScriptHarness.Run dry = ScriptHarness.run(dir, "keep.sync.groovy", script, "--dry-run");
        // The real run makes a third folder and then keeps two: the oldest goes, and the dry run says so.
        assertEquals(List.of("Would remove old folder " + versions.resolve("20200101_000000")),
                dry.lines().stream().filter(l -> l.contains("old folder")).toList(), dry.out());
        ScriptHarness.Run real = ScriptHarness.run(dir, "keep.sync.groovy", script);
        assertEquals(List.of("Removed old folder " + versions.resolve("20200101_000000")),
                real.lines().stream().filter(l -> l.contains("old folder")).toList(), real.out());
    }

    @Test
    void aBlockOfItsOwnCanBeDry() throws IOException {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        ScriptHarness.Run r = ScriptHarness.run(dir, "dry.sync.groovy",
                "sync { from " + q(src) + "; to " + q(dir.resolve("dst")) + "; dryRun() }");
        assertEquals(1, r.code());
        assertTrue(Files.notExists(dir.resolve("dst")));
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".sync.groovy"))
                    .map(p -> root.relativize(p) + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        }
    }
}
