package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters and hooks on real directories: what they see, what skip does, what onError gets. */
class HooksTest {
    @TempDir
    Path dir;

    private Path src;
    private Path dst;

    private ScriptHarness.Run run(String block, String... args) {
        return ScriptHarness.run(dir, "hooks.sync.groovy",
                "sync {\n  from " + q(src) + "\n  to " + q(dst) + "\n" + block + "\n}\n", args);
    }

    private void trees() {
        src = Trees.files(dir.resolve("src"), "a.txt", "AAAA", "b.lock", "B", "big.bin", "0123456789",
                "sub/c.txt", "C");
        dst = Trees.files(dir.resolve("dst"), "old.txt", "O", "keep.me", "K");
    }

    @Test
    void theFileViewHasEveryProperty() throws IOException {
        trees();
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        Files.setLastModifiedTime(src.resolve("sub/c.txt"), FileTime.from(t));
        ScriptHarness.Run r = run("""
                  files 'c.txt'
                  beforeCopy { f ->
                    println "${f.name}|${f.path}|${f.size}|${f.kind}|${f.kind == NEW}|${f.kind == 'NEW'}|${f.directory}"
                    println "${f.source == Path.of(params.src).resolve('sub/c.txt')}|${f.target.fileName}"
                    println f.modified == LocalDateTime.ofInstant(Instant.parse('2026-01-02T03:04:05Z'), ZoneId.systemDefault())
                  }
                """, "-P", "src=" + src);
        assertEquals("", r.err());
        List<String> lines = r.lines();
        assertTrue(lines.contains("c.txt|sub/c.txt|1|NEW|true|true|false"), r.out());
        assertTrue(lines.contains("true|c.txt"), r.out());
        assertTrue(lines.contains("true"), r.out());
    }

    @Test
    void filterSelectsFiles() {
        trees();
        ScriptHarness.Run r = run("  filter { f -> f.size < 5 && !f.name.endsWith('.lock') }");
        assertEquals(1 | 2, r.code());
        assertTrue(Files.exists(dst.resolve("a.txt")));
        assertTrue(Files.exists(dst.resolve("sub/c.txt")));
        assertFalse(Files.exists(dst.resolve("big.bin")));
        assertFalse(Files.exists(dst.resolve("b.lock")));
    }

    @Test
    void beforeCopySkipIsLoggedWithItsReason() {
        trees();
        ScriptHarness.Run r = run("  beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock file' }");
        assertFalse(Files.exists(dst.resolve("b.lock")));
        assertTrue(Files.exists(dst.resolve("a.txt")));
        assertTrue(r.out().contains("b.lock\t(lock file)"), r.out());
        assertEquals(1 | 2, r.code());
    }

    @Test
    void afterCopySeesCopiedFilesInOrder() {
        trees();
        ScriptHarness.Run r = run("  afterCopy { f -> println \"copied ${f.path}\" }");
        assertEquals(List.of("copied a.txt", "copied b.lock", "copied big.bin", "copied sub/c.txt"),
                r.lines().stream().filter(l -> l.startsWith("copied ")).toList());
    }

    @Test
    void beforeDeleteMayKeepAnExtra() {
        trees();
        ScriptHarness.Run r = run("""
                  mirror()
                  beforeDelete { f -> println "extra ${f.path} ${f.kind} ${f.source}"; if (f.name == 'keep.me') skip 'kept' }
                """);
        assertTrue(Files.exists(dst.resolve("keep.me")));
        assertFalse(Files.exists(dst.resolve("old.txt")));
        assertTrue(r.lines().contains("extra keep.me EXTRA null"), r.out());
        assertTrue(r.out().contains("kept extra: " + dst.resolve("keep.me") + " (kept)"), r.out());
    }

    @Test
    void onErrorGetsTheFileAndTheMessage() {
        trees();
        ScriptHarness.Run r = run("""
                  retries 0
                  beforeCopy { f -> if (f.name == 'a.txt') throw new IOException('disk on fire') }
                  onError { f, e -> println "failed ${f.path}: ${e.message}" }
                  onError { f -> println "one-argument handler: ${f.name}" }
                """);
        assertTrue(r.lines().contains("failed a.txt: beforeCopy hook failed: hooks.sync.groovy:5: disk on fire"), r.out());
        assertTrue(r.lines().contains("one-argument handler: a.txt"), r.out());
        assertEquals("syncopate: hooks.sync.groovy:5: beforeCopy hook failed: disk on fire" + NL, r.err());
    }

    @Test
    void skipOutsideAVetoingHookFailsTheFile() {
        trees();
        ScriptHarness.Run r = run("  files 'a.txt'\n  afterCopy { f -> skip 'too late' }");
        assertEquals("syncopate: hooks.sync.groovy: afterCopy hook failed: skip can only be used in beforeCopy and"
                + " beforeDelete" + NL, r.err());
        assertEquals(8, r.code() & 8);
    }

    @Test
    void exitInAHookFailsTheFileNotTheScript() {
        trees();
        ScriptHarness.Run r = run("  files 'a.txt'\n  beforeCopy { f -> exit 3 }");
        assertTrue(r.err().startsWith("syncopate: hooks.sync.groovy:"), r.err());
        assertTrue(r.err().contains("beforeCopy hook failed: exit() cannot be used in a hook"), r.err());
        assertEquals(8, r.code());
    }

    @Test
    void onlyTheFirstFailureOfAHookIsOnStderrAllAreInTheLog() {
        trees();
        ScriptHarness.Run r = run("  beforeCopy { f -> throw new RuntimeException(\"no ${f.name}\") }");
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(4, r.out().lines().filter(l -> l.startsWith("beforeCopy hook failed: hooks.sync.groovy:4: no ")).count(),
                r.out());
        assertEquals(8 | 2, r.code());
    }
}
