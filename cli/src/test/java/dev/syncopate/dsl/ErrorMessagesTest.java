package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.CompileException;
import dev.syncopate.dsl.compile.ScriptCompiler;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static dev.syncopate.dsl.ScriptHarness.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes in scripts: one line, {@code file:line: message}, verbatim; exit 16; nothing copied by a bad block. */
class ErrorMessagesTest {
    @TempDir
    Path dir;

    private Path src;
    private Path dst;

    private ScriptHarness.Run run(String script, String... args) {
        src = Trees.files(dir.resolve("src"), "a.txt", "A");
        dst = dir.resolve("dst");
        return ScriptHarness.run(dir, "nightly.sync.groovy", script.replace("SRC", q(src)).replace("DST", q(dst)), args);
    }

    private void assertBlockFails(String script, String message) {
        ScriptHarness.Run r = run(script);
        assertEquals("syncopate: " + message + NL, r.err());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dst), "nothing copied by a block that failed validation");
    }

    @Test
    void unknownSettingWithASuggestion() {
        assertBlockFails("""
                sync {
                    from SRC
                    exlcude files: ['*.tmp']
                    to DST
                }
                """, "nightly.sync.groovy:3: unknown setting 'exlcude' in sync block (did you mean 'exclude'?)");
    }

    @Test
    void unknownSettingWithoutASuggestion() {
        assertBlockFails("sync { from SRC; to DST; frobnicate 3 }",
                "nightly.sync.groovy:1: unknown setting 'frobnicate' in sync block");
    }

    @Test
    void unknownNameInABlock() {
        assertBlockFails("sync {\n  from SRC\n  to baseDir\n}", "nightly.sync.groovy:3: unknown name 'baseDir' in sync block");
    }

    @Test
    void wrongArgumentType() {
        assertBlockFails("sync {\n  from SRC\n  to DST\n  retries 'abc'\n}",
                "nightly.sync.groovy:4: invalid value for 'retries' (expected a whole number of retries, 0 or more)");
    }

    @Test
    void valueOutOfRange() {
        assertBlockFails("sync { from SRC; to DST\n watch changes: 0 }",
                "nightly.sync.groovy:2: invalid value for 'watch changes:' (expected a whole number of changes, 1 or more)");
        assertBlockFails("sync { from SRC; to DST\n bandwidth 0 }",
                "nightly.sync.groovy:2: invalid value for 'bandwidth' (expected bytes per second, more than 0, such as"
                        + " 10.MB or '500K')");
        assertBlockFails("sync { from SRC; to DST\n threads 200 }",
                "nightly.sync.groovy:2: invalid value for 'threads' (expected a whole number of threads from 1 to 128)");
    }

    @Test
    void wrongNumberOfArguments() {
        assertBlockFails("sync { from SRC; to DST\n retries 1, 2 }",
                "nightly.sync.groovy:2: invalid arguments for 'retries' (expected: retries 3, or retries 3, wait: 10.seconds)");
    }

    @Test
    void aNoArgumentSettingWithoutParentheses() {
        assertBlockFails("sync { from SRC; to DST\n mirror }",
                "nightly.sync.groovy:2: 'mirror' is a setting, not a value (write: mirror())");
    }

    @Test
    void unknownNamedOption() {
        assertBlockFails("sync { from SRC; to DST\n exclude dir: ['Temp'] }",
                "nightly.sync.groovy:2: unknown option 'dir:' for 'exclude' (did you mean 'dirs:'?)");
    }

    @Test
    void badPattern() {
        assertBlockFails("sync { from SRC; to DST\n exclude files: ['*.tmp', ''] }",
                "nightly.sync.groovy:2: invalid value for 'exclude files:' (expected names or wildcards such as '*.tmp', not '')");
    }

    @Test
    void missingFromIsReportedAtTheSyncLine() {
        assertBlockFails("println 'start'\nsync {\n  to DST\n}", "nightly.sync.groovy:2: sync block has no source ('from')");
    }

    @Test
    void missingTo() {
        assertBlockFails("sync('docs') {\n  from SRC\n}",
                "nightly.sync.groovy:1: sync block has no destination ('to', or 'snapshot into:')");
    }

    @Test
    void compileErrorHasLineAndColumnAndNothingRuns() {
        ScriptHarness.Run r = run("println 'never printed'\nsync {\n  from SRC\n  to DST\n}}\n");
        assertEquals("syncopate: nightly.sync.groovy:5:2: Unexpected input: '}}'" + NL, r.err());
        assertEquals("", r.out());
        assertEquals(16, r.code());
    }

    @Test
    void theCompilerAloneLocatesTheFirstErrorAndCountsTheOthers() {
        ClassLoader loader = SyncScript.class.getClassLoader();
        assertEquals("nightly.sync.groovy:2:2: Unexpected input: '}}'", assertThrows(CompileException.class,
                () -> ScriptCompiler.compile("nightly.sync.groovy", "sync {\n}}", loader)).getMessage());
    }

    /**
     * A '{' never closed is reported where it opens, not as Groovy's "Unexpected input: ''" past the end of
     * the file; braces in strings, GString placeholders and comments do not count.
     */
    @Test
    void anUnclosedBraceIsReportedWhereItOpens() {
        List<List<String>> table = List.of(
                List.of("if (true) {\n  println 1\n", "1:11"),
                List.of("sync {\n  from 'a'\n  to 'b'\n", "1:6"),
                List.of("sync('docs') {\n  from 'a'\n  to 'b'\n\n\n", "1:14"),
                List.of("sync {\n  from 'a'\n  beforeCopy { f ->\n    println f\n  }\n", "1:6"),
                List.of("sync {\n from 'a'; to 'b' }\nonExitCode { code ->\n  println code", "3:12"),
                List.of("println '{'\n// {\n/* { */\nprintln \"${[a: 1]} {\"\nsync {\n", "5:6"),
                List.of("println '''{\n'''\nprintln \"\"\"${ \"}\" } \\\"\"\"\"\nif (1) {\n", "4:8"));
        for (List<String> row : table) {
            CompileException e = assertThrows(CompileException.class, () -> ScriptCompiler.compile(
                    "nightly.sync.groovy", row.get(0), SyncScript.class.getClassLoader()), row.get(0));
            assertEquals("nightly.sync.groovy:" + row.get(1) + ": '{' is never closed", e.getMessage(), row.get(0));
        }
    }

    @Test
    void unterminatedString() {
        ScriptHarness.Run r = run("def s = 'abc\nprintln s\n");
        assertEquals("syncopate: nightly.sync.groovy:1:9: Unexpected character: '\\''" + NL, r.err());
        assertEquals(16, r.code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run", "check"})
    void nestingTooDeepForTheCompilerIsOneLineAtWhereItStarts(String command) {
        String deep = "def x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000);
        src = Trees.files(dir.resolve("src"), "a.txt", "A");
        dst = dir.resolve("dst");
        ScriptHarness.Run r = ScriptHarness.command(command, ScriptHarness.write(dir, "nightly.sync.groovy",
                "sync { from " + q(src) + "; to " + q(dst) + " }\nprintln 'never printed'\n" + deep + "\n"));
        assertEquals("syncopate: nightly.sync.groovy:3: nested too deeply for the Groovy compiler; split the"
                + " expression into smaller ones" + NL, r.err());
        assertEquals("", r.out());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dst), "nothing copied");
    }

    @Test
    void runtimeErrorStopsTheScriptThere() {
        ScriptHarness.Run r = run("println 'before'\ndef x = null\nx.size()\nsync { from SRC; to DST }\n");
        assertEquals("syncopate: nightly.sync.groovy:3: Cannot invoke method size() on null object" + NL, r.err());
        assertEquals("before" + NL, r.out());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dst));
    }

    @Test
    void unknownScriptMethodWithSuggestion() {
        ScriptHarness.Run r = run("\nkeeep last: 3, in: 'x'\n");
        assertEquals("syncopate: nightly.sync.groovy:2: unknown method 'keeep' (did you mean 'keep'?)" + NL, r.err());
        assertEquals(16, r.code());
    }

    /** A mistake in notify { } reads like one in a sync block: the block's words, a suggestion, the line. */
    @Test
    void mistakesInANotifyBlockNameTheWordAndTheBlock() {
        List<List<String>> table = List.of(
                List.of("notify {\n  emial to: 'ops@example.com'\n}",
                        "nightly.sync.groovy:2: unknown notification 'emial' in notify block (did you mean 'email'?)"),
                List.of("notify {\n  webhok 'https://hooks.example.com/x'\n}",
                        "nightly.sync.groovy:2: unknown notification 'webhok' in notify block (did you mean 'webhook'?)"),
                List.of("notify { slack 'x' }",
                        "nightly.sync.groovy:1: unknown notification 'slack' in notify block (expected email, webhook,"
                                + " command or ping)"),
                List.of("notify {\n  email 'ops@example.com'\n}", "nightly.sync.groovy:2: invalid arguments for"
                        + " 'email' (expected: email to: 'ops@example.com', when: 'failure')"),
                List.of("notify {\n  email to: opz\n}", "nightly.sync.groovy:2: unknown name 'opz'"));
        for (List<String> row : table) {
            ScriptHarness.Run r = run(row.get(0));
            assertEquals("syncopate: " + row.get(1) + NL, r.err(), row.get(0));
            assertEquals(16, r.code());
        }
    }

    /** Names the notify block does not know are still the script's: variables, methods, params, env. */
    @Test
    void aNotifyBlockStillSeesTheScriptsNames() {
        ScriptHarness.Run r = run("def ops = 'ops@example.com'\ndef mode() { 'always' }\n"
                + "notify {\n  println ops\n  command 'true', when: mode()\n}\nprintln 'after'");
        assertEquals("", r.err());
        assertEquals("ops@example.com" + NL + "after" + NL, r.out());
    }

    @Test
    void aScriptWordWithWrongArguments() {
        ScriptHarness.Run r = run("keep 5");
        assertEquals("syncopate: nightly.sync.groovy:1: invalid arguments for 'keep' (Integer)" + NL, r.err());
    }

    @Test
    void aMistakeInUserCodeInsideABlockStopsTheScript() {
        ScriptHarness.Run r = run("def cfg = null\nsync {\n  from cfg.source\n  to DST\n}\nprintln 'not reached'");
        assertEquals("syncopate: nightly.sync.groovy:3: Cannot get property 'source' on null object" + NL, r.err());
        assertEquals("", r.out());
        assertEquals(16, r.code());
    }

    @Test
    void aVariableNamedLikeACredentialSaysSoInsteadOfNoMethodCallOnString() {
        ScriptHarness.Run r = run("""
                def nas = 'sftp://nas01/srv/backup'
                credentials {
                    nas user: 'backup', privateKey: '~/.ssh/id_ed25519'
                }
                sync { from SRC; to nas, credentials: 'nas' }
                """);
        assertEquals("syncopate: nightly.sync.groovy:3: a script variable (String) is called like a word here:"
                + " a variable named like a word or a credential hides it; rename the variable" + NL, r.err());
        assertEquals(16, r.code());
    }

    @Test
    void unknownScriptVariableWithSuggestion() {
        ScriptHarness.Run r = run("println hostnme\n");
        assertEquals("syncopate: nightly.sync.groovy:1: unknown name 'hostnme' (did you mean 'hostname'?)" + NL, r.err());
    }

    @Test
    void aFailedAssertIsOneLine() {
        ScriptHarness.Run r = run("def free = 5\nassert free > 10 : 'not enough space'\n");
        assertEquals("syncopate: nightly.sync.groovy:2: not enough space. Expression: (free > 10). Values: free = 5" + NL,
                r.err());
    }

    @Test
    void hookFailureFailsThatFileNamesTheLineAndTheRunGoesOn() throws IOException {
        Trees.files(dir.resolve("src"), "b.txt", "B");
        ScriptHarness.Run r = run("""
                sync {
                    from SRC
                    to DST
                    beforeCopy { f ->
                        if (f.name == 'a.txt') throw new IllegalStateException('boom')
                    }
                }
                println 'after'
                """);
        assertEquals("syncopate: nightly.sync.groovy:5: beforeCopy hook failed: boom" + NL, r.err());
        assertTrue(r.out().contains(NL + "beforeCopy hook failed: nightly.sync.groovy:5: boom" + NL), r.out());
        assertTrue(r.out().endsWith("after" + NL));
        assertEquals(8 | 1, r.code());
        assertFalse(Files.exists(dst.resolve("a.txt")));
        assertEquals("B", Files.readString(dst.resolve("b.txt")));
    }

    @Test
    void aHookCallingAnUnknownMethodNamesTheHookLine() {
        ScriptHarness.Run r = run("sync {\n from SRC; to DST\n afterCopy { f ->\n  f.name.frob()\n }\n}\n");
        assertEquals("syncopate: nightly.sync.groovy:4: afterCopy hook failed: no method 'frob()' on String" + NL, r.err());
        assertEquals(8, r.code());
    }

    @Test
    void noStackTraceUnlessAsked() {
        String script = "def x = null\nx.size()\n";
        assertFalse(run(script).err().contains("\tat "));
        ScriptHarness.Run traced = run(script, "--stacktrace");
        assertTrue(traced.err().startsWith("syncopate: nightly.sync.groovy:2: Cannot invoke method size() on null object"
                + NL), traced.err());
        assertTrue(traced.err().contains("\tat nightly_sync.run(nightly.sync.groovy:2)")
                || traced.err().contains("nightly_sync.run(nightly.sync.groovy:2)"), traced.err());
    }

    @Test
    void missingScriptFile() {
        ScriptHarness.Run r = ScriptHarness.main("run", dir.resolve("nope.sync.groovy").toString());
        assertEquals("syncopate: script file " + dir.resolve("nope.sync.groovy") + " not found" + NL, r.err());
        assertEquals(16, r.code());
    }

    @Test
    void exitOutsideTheRange() {
        ScriptHarness.Run r = run("exit 300");
        assertEquals("syncopate: nightly.sync.groovy:1: exit code must be 0 to 255, not 300" + NL, r.err());
    }

    @Test
    void waitOutsideABlock() {
        ScriptHarness.Run r = run("wait 5");
        assertEquals("syncopate: nightly.sync.groovy:1: 'wait' is a setting of a sync block: sync { ...; wait 10.seconds }"
                + NL, r.err());
    }
}
