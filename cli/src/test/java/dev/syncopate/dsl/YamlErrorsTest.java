package dev.syncopate.dsl;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every mistake in a YAML sync file, verbatim with its {@code file:line(:column)}: exit 16 from both
 * {@code run} and {@code check}, and nothing copied, also by the blocks before the mistake.
 */
class YamlErrorsTest {
    @TempDir
    Path dir;

    /** A sync file ({@code SRC} and {@code DST} stand for real folders) and the one message it gets. */
    record Case(String yaml, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private static final String BLOCK = "sync:\n  - from: SRC\n    to: DST\n";

    static final List<Case> CASES = List.of(
            new Case(BLOCK + "    mirorr: true\n", "nightly.sync.yaml:4: unknown setting 'mirorr' (did you mean 'mirror'?)"),
            new Case(BLOCK + "    filtr: {js: 'f => true'}\n",
                    "nightly.sync.yaml:4: unknown setting 'filtr' (did you mean 'filter'?)"),
            new Case(BLOCK + "    exclude:\n      files: [a]\n      dirz: [b]\n",
                    "nightly.sync.yaml:6: unknown setting 'dirz' in 'exclude' (did you mean 'dirs'?)"),
            new Case(BLOCK + "    retries: many\n", "nightly.sync.yaml:4: invalid value for 'retries' (expected a whole number)"),
            new Case(BLOCK + "    watch: {changes: 0}\n", "nightly.sync.yaml:4: invalid value for 'watch changes:' (expected a"
                    + " whole number of changes, 1 or more)"),
            new Case(BLOCK + "    bandwidth: fast\n", "nightly.sync.yaml:4: invalid value for 'bandwidth' (expected bytes"
                    + " per second, more than 0, such as 10M or 500K, 1024-based)"),
            new Case(BLOCK + "    threads: 500\n",
                    "nightly.sync.yaml:4: invalid value for 'threads' (expected a whole number of threads from 1 to 128)"),
            new Case(BLOCK + "    wait: soon\n", "nightly.sync.yaml:4: invalid value for 'wait' (expected seconds, or a"
                    + " duration such as 5s, 2m or 500ms)"),
            new Case(BLOCK + "    exclude: {files: 7}\n".replace("7", "{a: 1}"),
                    "nightly.sync.yaml:4: invalid value for 'exclude.files' (expected a list of names)"),
            new Case(BLOCK + "    mirror: yes please\n",
                    "nightly.sync.yaml:4: invalid value for 'mirror' (expected true or false)"),
            new Case(BLOCK + "    verify: true\n",
                    "nightly.sync.yaml:4: 'verify' is a setting of robocopy job files; a sync block has no such word"),
            new Case(BLOCK + "    log: {path: x.log, tee: true}\n",
                    "nightly.sync.yaml:4: 'log.tee' is a setting of robocopy job files; a sync block has no such word"),
            new Case(BLOCK + "    log: {append: true}\n", "nightly.sync.yaml:4: invalid value for 'log' (expected"
                    + " {path: file.log}, or {path: file.log, append: true})"),
            new Case("sync:\n  - from: SRC\n", "nightly.sync.yaml:2: sync block has no destination ('to', or"
                    + " 'snapshot: {into: ...}')"),
            new Case("sync:\n  - name: docs\n    to: DST\n", "nightly.sync.yaml:2: sync block 'docs' has no source ('from')"),
            new Case(BLOCK + "    snapshot: {into: snaps}\n", "nightly.sync.yaml:2: sync block has both 'to' and"
                    + " 'snapshot'; a snapshot makes its own destination"),
            new Case(BLOCK + "    filter: \"f => true\"\n", "nightly.sync.yaml:4: invalid value for 'filter' (expected"
                    + " {js: \"f => ...\"} or {jsFile: path/to/hook.js}, one of them)"),
            new Case(BLOCK + "    beforeCopy: {js: 'f => 1', jsFile: a.js}\n", "nightly.sync.yaml:4: invalid value for"
                    + " 'beforeCopy' (expected {js: \"f => ...\"} or {jsFile: path/to/hook.js}, one of them)"),
            new Case(BLOCK + "    name: [a]\n", "nightly.sync.yaml:4: invalid value for 'name' (expected text)"),
            new Case(BLOCK + "    mirror: true\n    mirror: false\n", "nightly.sync.yaml:5: setting 'mirror' is given twice"),
            new Case("sync:\n  - from: a\n    to: b: x\n", "nightly.sync.yaml:3:10: mapping values are not allowed here"),
            new Case(BLOCK + "  - [from, to\n", "nightly.sync.yaml:4:14: while parsing a flow sequence: expected ',' or"
                    + " ']', but got <stream end>"),
            new Case("sync: []\n", "nightly.sync.yaml:1: no sync blocks: a sync file needs a 'sync:' list, such as"
                    + " 'sync: [{from: docs, to: backup}]'"),
            new Case("# only a comment\n", "nightly.sync.yaml:1: no sync blocks: a sync file needs a 'sync:' list, such"
                    + " as 'sync: [{from: docs, to: backup}]'"),
            new Case("synk:\n  - from: SRC\n", "nightly.sync.yaml:1: unknown setting 'synk' (did you mean 'sync'?)"),
            new Case("- from: SRC\n  to: DST\n", "nightly.sync.yaml:1: a sync file is a mapping with a 'sync:' list of"
                    + " blocks"),
            new Case(BLOCK + "  - just text\n", "nightly.sync.yaml:4: a sync block is a mapping of settings, such as"
                    + " '- {from: docs, to: backup}'"),
            new Case(BLOCK + "notify:\n  - pager: {to: x}\n",
                    "nightly.sync.yaml:5: a notify entry is one of email:, webhook:, command:, ping: (not 'pager')"),
            new Case(BLOCK + "notify:\n  - email: {to: ops@example.com, when: sometimes}\n", "nightly.sync.yaml:5:"
                    + " when: must be 'success', 'failure', 'always' or a closure { code -> ... }, not 'sometimes'"),
            new Case(BLOCK + "notify:\n  - ping: {timeout: 5s}\n", "nightly.sync.yaml:5: ping needs 'url:'"),
            new Case(BLOCK + "notify:\n  - ping: {url: 'https://hc-ping.com/x', when: always}\n", "nightly.sync.yaml:5:"
                    + " ping takes no when: (it pings url on success and url/fail on failure)"),
            new Case(BLOCK + "metrics: 3\n", "nightly.sync.yaml:4: invalid value for 'metrics' (expected text)"),
            new Case(BLOCK + "notify:\n  - command: {argz: [x]}\n",
                    "nightly.sync.yaml:5: command needs 'args:', a list such as [logger, done]"),
            new Case(BLOCK + "notify:\n  - webhook: {when: always}\n", "nightly.sync.yaml:5: webhook needs 'url:'"),
            new Case(BLOCK + "credentials:\n  nas: {user: b, password: x, passwordFile: y}\n",
                    "nightly.sync.yaml:5: credential 'nas' has password and passwordFile; give one"),
            new Case(BLOCK + "credentials:\n  nas: {user: b, password: {env: SYNCOPATE_TEST_UNSET_VARIABLE}}\n",
                    "nightly.sync.yaml:5: credential 'nas': password: is empty (is the environment variable set?)"),
            new Case(BLOCK + "smtp: {host: mail.example.com}\n", "nightly.sync.yaml:4: smtp needs 'from:'"),
            new Case(BLOCK + "    filter: {jsFile: missing-hook.js}\n",
                    "nightly.sync.yaml:4: cannot read the JavaScript hook missing-hook.js (no such file)"),
            new Case(BLOCK + "    mirror: 3\n", "nightly.sync.yaml:4: invalid value for 'mirror' (expected true or false)"),
            new Case(BLOCK + "    mirror: yes\n", "nightly.sync.yaml:4: invalid value for 'mirror' (expected true or false)"),
            new Case(BLOCK + "    mirror: \"true\"\n",
                    "nightly.sync.yaml:4: invalid value for 'mirror' (expected true or false)"),
            new Case(BLOCK + "    threads: ''\n", "nightly.sync.yaml:4: invalid value for 'threads' (expected a whole number)"),
            new Case(BLOCK + "    threads: null\n",
                    "nightly.sync.yaml:4: invalid value for 'threads' (no value; give one, or leave the key out)"),
            new Case(BLOCK + "    threads: 99999999999\n",
                    "nightly.sync.yaml:4: invalid value for 'threads' (expected a whole number of threads from 1 to 128)"),
            new Case("sync:\n  - from: SRC\n    snapshot: {into: DST, keep: 99999999999}\n",
                    "nightly.sync.yaml:3: invalid value for 'snapshot.keep' (number too large)"),
            new Case(BLOCK + "    exclude: {files: 3}\n",
                    "nightly.sync.yaml:4: invalid value for 'exclude.files' (expected a list of names)"),
            new Case(BLOCK + "---\nsync: []\n",
                    "nightly.sync.yaml:5: a second YAML document starts here; the file must hold only one"),
            new Case(BLOCK + "    mirror: !foo true\n",
                    "nightly.sync.yaml:4: unknown YAML tag '!foo' (write the value without a tag)"),
            new Case(BLOCK + "notify:\n  - command: []\n",
                    "nightly.sync.yaml:5: command needs the program to run, a list such as [logger, done]"),
            new Case(BLOCK + "    files: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                    "nightly.sync.yaml:4: nested too deeply (more than 100 levels of lists and mappings)"));

    @TestFactory
    Stream<DynamicTest> everyMistakeIsOneLocatedLineExit16AndNothingCopied() {
        return CASES.stream().flatMap(c -> Stream.of("run", "check").map(command ->
                DynamicTest.dynamicTest(command + ": " + c.message(), () -> {
                    Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
                    Path dst = dir.resolve("dst");
                    Path file = ScriptHarness.write(dir, "nightly.sync.yaml",
                            c.yaml().replace("SRC", src.toString()).replace("DST", dst.toString()));
                    ScriptHarness.Run r = ScriptHarness.command(command, file);
                    assertEquals("syncopate: " + c.message(), r.err().strip(), r.out());
                    assertEquals(16, r.code());
                    assertFalse(Files.exists(dst), "nothing copied");
                })));
    }

    @Test
    void aMistakeInTheLastBlockStopsTheFirst() {
        Path src = Trees.files(dir.resolve("src"), "a.txt", "A");
        Path file = ScriptHarness.write(dir, "nightly.sync.yaml", "sync:\n  - {from: " + src + ", to: " + dir.resolve("one")
                + "}\n  - {from: " + src + ", to: " + dir.resolve("two") + ", retries: -1}\n");
        ScriptHarness.Run r = ScriptHarness.command("run", file);
        assertEquals("syncopate: nightly.sync.yaml:3: invalid value for 'retries' (expected a whole number of retries,"
                + " 0 or more)", r.err().strip());
        assertEquals(16, r.code());
        assertFalse(Files.exists(dir.resolve("one")));
    }

    @Test
    void parametersAreRefused() {
        Path file = ScriptHarness.write(dir, "nightly.sync.yaml", "sync: [{from: a, to: b}]\n");
        ScriptHarness.Run r = ScriptHarness.command("run", file, "-P", "x=1");
        assertEquals("syncopate: nightly.sync.yaml: -P parameters are for Groovy scripts; a YAML sync file takes none",
                r.err().strip());
        assertEquals(16, r.code());
    }
}
