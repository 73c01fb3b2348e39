package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate run} and {@code check} on YAML sync files (*.sync.yaml) through the real launcher, on
 * real directories: copies, mirrors, excludes, log files, several blocks, exit codes, --dry-run, a
 * {@code command} notifier, masked credentials, and every kind of mistake (exit 16, destination untouched).
 */
class YamlSyncIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String SECRET = "s3cr3t-Pa55";

    @TempDir
    Path tmp;

    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args);
    }

    /** src: a.txt, sub/b.txt, x.tmp, cache/c.txt, with fixed times. */
    private Path source() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        Trees.file(src, "x.tmp", "temp", T0);
        Trees.file(src, "cache/c.txt", "cached", T0);
        return src;
    }

    private void yaml(String name, String text) {
        Trees.file(tmp, name, text);
    }

    @Test
    void copiesWithExcludesIntoALogFileThenHasNothingToDo() {
        Path src = source();
        yaml("nightly.sync.yaml", """
                # the documents, without temporary files and the cache
                sync:
                  - name: docs
                    from: src
                    to: dst
                    exclude: {files: ['*.tmp'], dirs: [cache]}
                    retries: 1
                    wait: 1s
                    log: {path: docs.log}
                """);
        syncopate("run", "nightly.sync.yaml").run().assertExit(1);
        assertEquals(Trees.without(Trees.contents(src), "x.tmp", "cache"), Trees.contents(tmp.resolve("dst")));
        String log = Trees.read(tmp.resolve("docs.log"));
        assertTrue(log.contains("New File") && log.contains("a.txt") && !log.contains("x.tmp"), log);
        syncopate("run", "nightly.sync.yaml").run().assertExit(0);
    }

    @Test
    void blocksRunInOrderAndTheExitCodeIsTheirOr() {
        Path src = source();
        Trees.file(tmp, "mirror/old.txt", "extra", T0);
        yaml("two.sync.yml", """
                sync:
                  - {from: src, to: copy}
                  - from: src
                    to: mirror
                    mirror: true
                    exclude: {dirs: [cache]}
                """);
        Launcher.Result r = syncopate("run", "two.sync.yml").run().assertExit(3);   // 1 copied | 2 extras
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("copy")));
        assertEquals(Trees.without(Trees.contents(src), "cache"), Trees.contents(tmp.resolve("mirror")));
        assertTrue(r.stdout().indexOf("copy") < r.stdout().indexOf("mirror"), r.stdout());
    }

    @Test
    void dryRunChangesNothingButSaysWhatWouldHappen() {
        source();
        yaml("nightly.sync.yaml", "sync:\n  - {from: src, to: dst}\n  - {from: src, to: dst2, dryRun: true}\n");
        Launcher.Result r = syncopate("run", "nightly.sync.yaml", "--dry-run").run().assertExit(1);
        assertTrue(r.stdout().contains("a.txt"), r.stdout());
        assertFalse(Files.exists(tmp.resolve("dst")));
        syncopate("run", "nightly.sync.yaml").run().assertExit(1);
        assertTrue(Files.exists(tmp.resolve("dst/a.txt")));
        assertFalse(Files.exists(tmp.resolve("dst2")), "dryRun: true in the block");
    }

    @Test
    void checkValidatesEveryBlockAndWritesNothing() {
        source();
        yaml("nightly.sync.yaml", "sync:\n  - {from: src, to: dst}\n  - {from: src, to: dst2, mirror: true}\n");
        Launcher.Result r = syncopate("check", "nightly.sync.yaml").run().assertExit(0);
        assertEquals("nightly.sync.yaml: OK (2 sync blocks checked)\n", r.stdout());
        assertFalse(Files.exists(tmp.resolve("dst")));
        yaml("gone.sync.yaml", "sync:\n  - {from: nowhere, to: dst}\n");
        Launcher.Result g = syncopate("check", "gone.sync.yaml").run().assertExit(16);
        assertTrue(g.stderr().startsWith("syncopate: gone.sync.yaml:2: the source nowhere does not exist"), g.stderr());
    }

    @Test
    void aCommandNotifierRunsWithTheFinalExitCode() {
        source();
        yaml("nightly.sync.yaml", """
                sync:
                  - {from: src, to: dst}
                  - {from: missing, to: dst2}
                notify:
                  - command: [/bin/sh, -c, 'echo "failed $SYNCOPATE_EXIT_CODE" > failed.txt']
                  - command:
                      args: [/bin/sh, -c, 'echo "ok $SYNCOPATE_EXIT_CODE" > ok.txt']
                      when: success
                """);
        syncopate("run", "nightly.sync.yaml").run().assertExit(17);
        assertEquals("failed 17\n", Trees.read(tmp.resolve("failed.txt")));
        assertFalse(Files.exists(tmp.resolve("ok.txt")));
    }

    @Test
    void aPasswordNeverAppearsInOutputOrLogs() {
        source();
        yaml("nightly.sync.yaml", """
                credentials:
                  nas: {user: backup, password: {env: NAS_PASSWORD}}
                sync:
                  - {from: src, to: dst, log: {path: docs.log}}
                  - {from: src, to: dst2}
                notify:
                  - command:
                      args: [/bin/sh, -c, 'echo "password=$NAS_PASSWORD"; cp "$SYNCOPATE_LOG" run.log']
                      when: always
                """);
        Launcher.Result r = syncopate("run", "nightly.sync.yaml").env("NAS_PASSWORD", SECRET).run().assertExit(1);
        assertTrue(r.stdout().contains("password=****"), r.stdout());
        String runLog = Trees.read(tmp.resolve("run.log"));
        assertTrue(runLog.contains("Files :"), runLog);   // the second block's log went there
        for (String text : new String[] {r.stdout(), r.stderr(), runLog, Trees.read(tmp.resolve("docs.log"))}) {
            assertFalse(text.contains(SECRET), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "sync:\n  - from: src\n    to: dst\n    mirorr: true\n|nightly.sync.yaml:4: unknown setting 'mirorr' (did you mean 'mirror'?)",
            "sync:\n  - from: src\n    to: dst\n    mirror: [true\n|nightly.sync.yaml:4:18: while parsing a flow sequence: expected ',' or ']', but got <stream end>",
            "sync:\n  - {from: src, to: dst, mirror: true}\n  - {from: src, to: dst, threads: 0}\n|nightly.sync.yaml:3: invalid value for 'threads' (expected a whole number of threads from 1 to 128)",
            "sync:\n  - {from: src, to: dst, mirror: true}\n  - {from: src}\n|nightly.sync.yaml:3: sync block has no destination ('to', or 'snapshot: {into: ...}')",
            "notify: []\n|nightly.sync.yaml:1: no sync blocks: a sync file needs a 'sync:' list, such as 'sync: [{from: docs, to: backup}]'",
            "sync:\n  - from: src\n    to: dst\n    mirror: \"true\"\n|nightly.sync.yaml:4: invalid value for 'mirror' (expected true or false)",
            "sync:\n  - {from: src, to: dst, purge: yes}\n|nightly.sync.yaml:2: invalid value for 'purge' (expected true or false)",
            "sync:\n  - {from: src, to: dst}\n---\nsync: [{from: src, to: dst, mirror: true}]\n|nightly.sync.yaml:4: a second YAML document starts here; the file must hold only one",
    })
    void everyMistakeIsExit16WithTheDestinationUntouched(String caseText) {
        String[] c = caseText.split("\\|");
        source();
        Trees.file(tmp, "dst/keep.txt", "mine", T0);
        SortedMap<String, String> before = Trees.contents(tmp.resolve("dst"));
        yaml("nightly.sync.yaml", c[0]);
        for (String command : new String[] {"run", "check"}) {
            Launcher.Result r = syncopate(command, "nightly.sync.yaml").run().assertExit(16);
            assertEquals("syncopate: " + c[1] + "\n", r.stderr());
            assertEquals(before, Trees.contents(tmp.resolve("dst")));
        }
    }

    @Test
    void parametersAreRefused() {
        source();
        yaml("nightly.sync.yaml", "sync: [{from: src, to: dst}]\n");
        Launcher.Result r = syncopate("run", "nightly.sync.yaml", "-P", "target=x").run().assertExit(16);
        assertEquals("syncopate: nightly.sync.yaml: -P parameters are for Groovy scripts; a YAML sync file takes none\n",
                r.stderr());
        assertFalse(Files.exists(tmp.resolve("dst")));
    }
}
