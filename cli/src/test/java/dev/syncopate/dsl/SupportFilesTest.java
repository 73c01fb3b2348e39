package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GDSL file and the help texts: every word of the vocabulary is in them. */
class SupportFilesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SupportFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGdslFileDescribesEveryWord() throws IOException {
        String gdsl = resource("/syncopate.gdsl");
        for (String word : BlockVocabulary.words()) {
            assertTrue(gdsl.contains("'" + word + "'"), word);
        }
        for (String word : List.of("sync", "timestamp", "now", "today", "hostname", "env", "params", "onExitCode",
                "exit", "keep", "KB", "MB", "GB", "TB", "seconds", "minutes", "hours", "days", "skip", "credentials", "smtp",
                "email", "webhook", "command", "notify", "log", "summary", "netUse", "metrics", "ping")) {
            assertTrue(gdsl.contains("'" + word + "'"), word);
        }
        assertTrue(gdsl.contains("'.*\\\\.sync\\\\.groovy'"));
        assertTrue(!gdsl.contains("${"), "Maven filters the resources: no ${...} in the file");
    }

    @Test
    void theUnitsModuleIsRegistered() throws IOException {
        assertTrue(resource("/META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule")
                .contains("extensionClasses=dev.syncopate.dsl.Units"));
    }

    @Test
    void runHelpListsTheOptionsAndExitCodes() {
        ScriptHarness.Run r = ScriptHarness.main("run", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: syncopate run [-h] [--dry-run] [--stacktrace] [--exit-codes=STYLE]"
                + " [--timeout=DURATION]" + NL + "                     [-P=name=value]... FILE" + NL), r.out());
        assertTrue(r.out().endsWith(String.join(NL,
                "     8   some files or directories failed after their retries",
                "  9-15   8 plus 1, 2 and/or 4",
                "    16   fatal: the script does not compile or throws, a block or keep has a mistake, a",
                "           source/destination is unreachable, or the script is already running", "")), r.out());
    }

    @Test
    void checkHelpListsItsTwoExitCodes() {
        ScriptHarness.Run r = ScriptHarness.main("check", "--help");
        assertTrue(r.out().endsWith(String.join(NL, "Exit codes:",
                "     0   the script compiles and every block checked is valid",
                "    16   a compile error or a mistake, each shown as file:line: message", "")), r.out());
    }

    @Test
    void theTopLevelHelpListsTheNewCommands() {
        String out = ScriptHarness.main("--help").out();
        assertTrue(out.contains(NL + "  run "), out);
        assertTrue(out.contains(NL + "  check "), out);
    }

    @Test
    void aMistypedCommandIsSuggested() {
        assertEquals("syncopate: unknown command 'rnu' (did you mean 'run'?)" + NL, ScriptHarness.main("rnu", "x").err());
    }

    @Test
    void theCdsTrainingRunsTheDslAndCleansUp() throws IOException {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        Training.warmUp();
        try (var s = java.nio.file.Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("syncopate-training")
                    && java.nio.file.Files.isDirectory(p.resolve("src"))), "the training's folders are removed");
        }
        assertTrue(java.util.Set.of(BlockRunner.class, Keep.class, LogCapture.class).stream()
                .allMatch(c -> c.getClassLoader() != null));
    }

    @Test
    void aMissingFileArgument() {
        ScriptHarness.Run r = ScriptHarness.main("run");
        assertEquals(16, r.code());
        assertTrue(r.err().startsWith("syncopate: Missing required parameter: 'FILE'"), r.err());
    }
}
