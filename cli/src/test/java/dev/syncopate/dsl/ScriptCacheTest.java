package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.CompileException;
import dev.syncopate.dsl.compile.ScriptCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiled scripts are stored once and loaded without the compiler; a broken cache is never fatal. */
class ScriptCacheTest {
    @TempDir
    Path dir;

    private final ClassLoader parent = SyncScript.class.getClassLoader();

    @Test
    void aScriptIsCompiledOnceThenLoadedFromTheCache() throws IOException {
        ScriptCache cache = new ScriptCache(dir.resolve("cache"), "1.0");
        cache.load("a.sync.groovy", "println 'hi'", parent);
        assertFalse(cache.lastWasHit());
        assertEquals(1, entries(cache).size());
        cache.load("a.sync.groovy", "println 'hi'", parent);
        assertTrue(cache.lastWasHit());
        new ScriptCache(dir.resolve("cache"), "1.0").load("a.sync.groovy", "println 'hi'", parent);
        assertEquals(1, entries(cache).size());
    }

    @Test
    void contentFileNameAndVersionAreAllPartOfTheKey() throws IOException {
        ScriptCache cache = new ScriptCache(dir.resolve("cache"), "1.0");
        cache.load("a.sync.groovy", "println 'hi'", parent);
        cache.load("a.sync.groovy", "println 'ho'", parent);
        assertFalse(cache.lastWasHit());
        cache.load("b.sync.groovy", "println 'hi'", parent);
        assertFalse(cache.lastWasHit(), "class files carry the file name, for stack traces");
        ScriptCache newer = new ScriptCache(dir.resolve("cache"), "1.1");
        newer.load("a.sync.groovy", "println 'hi'", parent);
        assertFalse(newer.lastWasHit());
        assertEquals(4, entries(cache).size());
    }

    @Test
    void aCorruptEntryIsRecompiledAndReplaced() throws IOException {
        ScriptCache cache = new ScriptCache(dir.resolve("cache"), "1.0");
        cache.load("a.sync.groovy", "println 'hi'", parent);
        Path entry = entries(cache).getFirst();
        Files.write(entry, new byte[] {1, 2, 3});
        cache.load("a.sync.groovy", "println 'hi'", parent);
        assertFalse(cache.lastWasHit());
        cache.load("a.sync.groovy", "println 'hi'", parent);
        assertTrue(cache.lastWasHit());
    }

    @Test
    void anUnwritableCacheOnlyCostsTime() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        ScriptCache cache = new ScriptCache(file.resolve("cache"), "1.0");
        assertEquals("nightly_sync", cache.load("nightly.sync.groovy", "println 'hi'", parent).mainClass());
        assertFalse(cache.lastWasHit());
    }

    @Test
    void compileErrorsAreNotCached() {
        ScriptCache cache = new ScriptCache(dir.resolve("cache"), "1.0");
        assertThrows(CompileException.class, () -> cache.load("a.sync.groovy", "sync {", parent));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void aCachedScriptRunsTheSameThroughTheLauncher() {
        Path script = ScriptHarness.write(dir, "hi.sync.groovy", "println 'hi'\nprintln 2.KB");
        System.setProperty("syncopate.scriptCache", dir.resolve("launcher-cache").toString());
        try {
            ScriptHarness.Run first = ScriptHarness.command("run", script);
            ScriptHarness.Run second = ScriptHarness.command("run", script);
            assertEquals(first, second);
            assertEquals("hi" + ScriptHarness.NL + "2048" + ScriptHarness.NL, second.out());
            assertEquals(1, Stream.of(dir.resolve("launcher-cache").toFile().list()).count());
        } finally {
            System.setProperty("syncopate.scriptCache", "off");   // as ScriptHarness sets it
        }
    }

    @Test
    void theDefaultDirectoryFollowsXdg() {
        assertEquals(Path.of("/x/cache/syncopate/scripts"), ScriptCache.defaultDir(n -> "/x/cache"));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "syncopate", "scripts"),
                ScriptCache.defaultDir(n -> null));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "syncopate", "scripts"),
                ScriptCache.defaultDir(n -> "relative/ignored"));
    }

    @Test
    void runningFromTheCacheGivesTheSameErrorsAndLines() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        RunSettings s = RunSettings.defaults(new PrintStream(new ByteArrayOutputStream()), e)
                .withCache(new ScriptCache(dir.resolve("cache"), "1.0"));
        Path script = ScriptHarness.write(dir, "x.sync.groovy", "\n\ndef x = null\nx.size()");
        ScriptRunner.Outcome a = new ScriptRunner(s).run(script);
        ScriptRunner.Outcome b = new ScriptRunner(s).run(script);
        assertTrue(s.cache().lastWasHit());
        assertEquals("x.sync.groovy:4: Cannot invoke method size() on null object", b.error());
        assertEquals(a.error(), b.error());
    }

    private static List<Path> entries(ScriptCache cache) throws IOException {
        try (Stream<Path> s = Files.list(cache.dir())) {
            return s.toList();
        }
    }
}
