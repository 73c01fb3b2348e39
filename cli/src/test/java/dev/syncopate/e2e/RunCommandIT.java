package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate run} and {@code check} on *.sync.groovy scripts through the real launcher: exit codes,
 * error lines verbatim, --dry-run, -P, --stacktrace, hook failures, cron's bare environment and the
 * compiled-script cache.
 */
class RunCommandIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path tmp;

    private Path script(String name, String text) {
        return Trees.file(tmp, name, text);
    }

    /** {@code scripts/syncopate args...} in the temporary directory, its script cache in there too. */
    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args);
    }

    /** A source tree a.txt, sub/b.txt with fixed times. */
    private Path source(String name) {
        Path src = Trees.dir(tmp, name);
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        return src;
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void aOneLineScriptPrintsAndExits0() {
        script("hi.sync.groovy", "println 'hi'\n");
        Launcher.Result r = syncopate("run", "hi.sync.groovy").run().assertExit(0);
        assertEquals("hi\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void exitCodeIsTheOrOfTheBlocksAndExitOverridesIt() {
        Path src = source("src");
        Path same = source("same");
        Path extra = Trees.dir(tmp, "extra");
        Trees.file(extra, "a.txt", "alpha", T0);
        Trees.file(extra, "sub/b.txt", "beta", T0);
        Trees.file(extra, "only-here.txt", "extra");
        String blocks = "def a = sync { from " + q(src) + "; to " + q(tmp.resolve("copy")) + " }\n"
                + "def b = sync { from " + q(same) + "; to " + q(extra) + " }\n"
                + "println \"blocks: ${a.exitCode} ${b.exitCode}\"\n";
        script("or.sync.groovy", blocks);
        Launcher.Result r = syncopate("run", "or.sync.groovy").run().assertExit(3);
        assertTrue(r.stdoutLines().contains("blocks: 1 2"), r.stdout());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("copy")));
        assertTrue(Files.exists(extra.resolve("only-here.txt")), "extras are only reported without mirror()");

        script("exit.sync.groovy", blocks + "exit(5)\nprintln 'not reached'\n");
        Launcher.Result x = syncopate("run", "exit.sync.groovy").run().assertExit(5);
        assertFalse(x.stdout().contains("not reached"), x.stdout());
    }

    @Test
    void aCompileErrorIsOneLineWithFileLineAndColumnExit16AndNothingRuns() {
        Path src = source("src");
        script("broken.sync.groovy", "sync { from " + q(src) + "; to " + q(tmp.resolve("dst")) + " }\n"
                + "println 'never printed'\n"
                + "def keepDays = = 14\n");
        Launcher.Result r = syncopate("run", "broken.sync.groovy").run().assertExit(16);
        assertEquals(List.of("syncopate: broken.sync.groovy:3:16: Unexpected input: '='"), r.stderrLines());
        assertEquals("", r.stdout());
        assertFalse(Files.exists(tmp.resolve("dst")));
    }

    @Test
    void anUnknownSettingIsReportedVerbatimAndItsBlockCopiesNothing() {
        Path src = source("src");
        script("nightly.sync.groovy", "sync('docs') {\n"
                + "    from " + q(src) + "\n"
                + "    to   " + q(tmp.resolve("dst")) + "\n"
                + "    exlcude files: ['*.tmp']\n"
                + "}\n");
        Launcher.Result r = syncopate("run", "nightly.sync.groovy").run().assertExit(16);
        assertEquals(List.of("syncopate: nightly.sync.groovy:4: unknown setting 'exlcude' in sync block"
                + " (did you mean 'exclude'?)"), r.stderrLines());
        assertFalse(r.stderr().contains("\tat "), "no stack trace without --stacktrace");
        assertFalse(Files.exists(tmp.resolve("dst")));
    }

    @Test
    void dryRunChangesNothingAndReportsTheWouldBeExitCode() {
        Path src = source("src");
        Path mirror = Trees.dir(tmp, "mirror");
        Trees.file(mirror, "stale.txt", "would be purged");
        Trees.dir(tmp, "backups/20200101_000000");
        Trees.dir(tmp, "backups/20200102_000000");
        script("dry.sync.groovy", "timestamp()\n"
                + "sync { from " + q(src) + "; to " + q(tmp.resolve("copy")) + " }\n"
                + "sync { from " + q(src) + "; to " + q(mirror) + "; mirror() }\n"
                + "keep last: 1, in: " + q(tmp.resolve("backups")) + "\n");
        var before = Trees.contents(tmp);

        Launcher.Result r = syncopate("run", "dry.sync.groovy", "--dry-run").run().assertExit(3);

        assertEquals("", r.stderr());
        assertEquals(before, Trees.without(Trees.contents(tmp), "cache"));
        assertTrue(r.stdout().contains("*EXTRA File"), r.stdout());
        assertTrue(r.stdoutLines().contains("Would remove old folder " + tmp.resolve("backups/20200101_000000")),
                r.stdout());
        syncopate("run", "dry.sync.groovy").run().assertExit(3);
        assertEquals(List.of("20200102_000000"), names(tmp.resolve("backups")));
    }

    @Test
    void parametersReachParams() {
        script("p.sync.groovy", "println \"who=${params.who} msg=${params.msg} none=${params.none}\"\n");
        Launcher.Result r = syncopate("run", "p.sync.groovy", "-P", "who=world", "-P", "msg=a=b c").run().assertExit(0);
        assertEquals(List.of("who=world msg=a=b c none=null"), r.stdoutLines());
    }

    @Test
    void stacktraceShowsATraceWhereTheDefaultDoesNot() {
        script("throws.sync.groovy", "println 'start'\nthrow new IllegalStateException('boom')\n");
        Launcher.Result plain = syncopate("run", "throws.sync.groovy").run().assertExit(16);
        assertEquals(List.of("syncopate: throws.sync.groovy:2: boom"), plain.stderrLines());
        assertEquals("start\n", plain.stdout());

        Launcher.Result traced = syncopate("run", "throws.sync.groovy", "--stacktrace").run().assertExit(16);
        assertEquals("syncopate: throws.sync.groovy:2: boom", traced.stderrLines().getFirst());
        assertTrue(traced.stderr().contains("Caused by: java.lang.IllegalStateException: boom"), traced.stderr());
        assertTrue(traced.stderr().contains("(throws.sync.groovy:2)"), traced.stderr());
    }

    @Test
    void aFailingHookFailsItsFileWithBit8AndFileLineAndTheRunGoesOn() {
        Path src = source("src");
        Trees.file(src, "bad.txt", "refused", T0);
        script("hook.sync.groovy", "def r = sync('hooked') {\n"
                + "    from " + q(src) + "\n"
                + "    to   " + q(tmp.resolve("dst")) + "\n"
                + "    beforeCopy { f ->\n"
                + "        if (f.name == 'bad.txt') throw new RuntimeException('no bad files')\n"
                + "    }\n"
                + "}\n"
                + "println \"hooked: ${r.exitCode}\"\n"
                + "sync { from " + q(src) + "; to " + q(tmp.resolve("next")) + " }\n");

        Launcher.Result r = syncopate("run", "hook.sync.groovy").run().assertExit(9);

        assertEquals(List.of("syncopate: hook.sync.groovy:5: beforeCopy hook failed: no bad files"), r.stderrLines());
        assertTrue(r.stdoutLines().contains("beforeCopy hook failed: hook.sync.groovy:5: no bad files"), r.stdout());
        assertTrue(r.stdoutLines().contains("hooked: 9"), r.stdout());
        assertEquals(Trees.without(Trees.contents(src), "bad.txt"), Trees.contents(tmp.resolve("dst")));
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("next")), "the script went on");
    }

    @Test
    void checkPassesAGoodScriptAndLocatesTheMistakeInABadOneWithoutCopying() {
        Path src = source("src");
        String good = "sync('docs') { from " + q(src) + "; to " + q(tmp.resolve("dst")) + " }\n";
        script("good.sync.groovy", good);
        Launcher.Result ok = syncopate("check", "good.sync.groovy").run().assertExit(0);
        assertEquals(List.of("good.sync.groovy: OK (1 sync block checked)"), ok.stdoutLines());
        assertEquals("", ok.stderr());

        script("bad.sync.groovy", good + "sync {\n    from " + q(src) + "\n    to " + q(tmp.resolve("dst2"))
                + "\n    threads 'many'\n}\n");
        Launcher.Result bad = syncopate("check", "bad.sync.groovy").run().assertExit(16);
        assertEquals(1, bad.stderrLines().size(), bad.stderr());
        assertTrue(bad.stderrLines().getFirst().startsWith("syncopate: bad.sync.groovy:5: invalid value for 'threads'"),
                bad.stderr());
        assertFalse(Files.exists(tmp.resolve("dst")));
        assertFalse(Files.exists(tmp.resolve("dst2")));
    }

    @Test
    void cronsBareEnvironmentRunsAScript() {
        Assumptions.assumeTrue(jdk21WhereCronFindsIt(), "no JDK 21+ under /usr/lib/jvm or on /usr/bin");
        Path src = source("src");
        Path home = Trees.dir(tmp, "home");
        Path script = script("cron.sync.groovy", "def r = sync { from " + q(src) + "; to " + q(tmp.resolve("dst"))
                + " }\nprintln \"cron: ${r.exitCode}\"\n");
        Launcher cron = Launcher.command("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "XDG_CACHE_HOME=" + home.resolve(".cache"), "SYNCOPATE_SKIP_BUILD=1", Launcher.SCRIPT.toString(),
                "run", script.toString()).in(Path.of("/"));

        Launcher.Result r = cron.run().assertExit(1);
        assertEquals("", r.stderr());
        assertEquals("cron: 1", r.stdoutLines().getLast());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("dst")));
        assertEquals(1, entries(home.resolve(".cache/syncopate/scripts")).size(), "cached under XDG_CACHE_HOME");
        cron.run().assertExit(0);
    }

    @Test
    void theSecondRunOfAScriptUsesTheCacheEntryOfTheFirst() throws IOException {
        Path cache = tmp.resolve("script-cache");
        script("cached.sync.groovy", "println 'cached'\n");
        Launcher run = syncopate("run", "cached.sync.groovy").env("SYNCOPATE_JAVA_OPTS", "-Dsyncopate.scriptCache=" + cache);

        run.run().assertExit(0);
        List<Path> first = entries(cache);
        assertEquals(1, first.size(), first.toString());
        byte[] compiled = Files.readAllBytes(first.getFirst());
        assertEquals("cached\n", run.run().assertExit(0).stdout());
        assertEquals(first, entries(cache), "no new cache entry");
        assertEquals(new String(compiled, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(first.getFirst()), StandardCharsets.ISO_8859_1), "not rewritten");

        script("cached.sync.groovy", "println 'changed'\n");
        assertEquals("changed\n", run.run().assertExit(0).stdout());
        assertEquals(2, entries(cache).size(), "a changed script is another entry");
        assertNotEquals(first, entries(cache));
    }

    /** The cache's entries (*.classes), sorted; temporary files are not entries. */
    private static List<Path> entries(Path dir) {
        List<Path> l = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.classes")) {
            s.forEach(l::add);
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
        l.sort(null);
        return l;
    }

    private static List<String> names(Path dir) {
        List<String> l = new ArrayList<>();
        entriesOf(dir).forEach(p -> l.add(p.getFileName().toString()));
        l.sort(null);
        return l;
    }

    private static List<Path> entriesOf(Path dir) {
        List<Path> l = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(l::add);
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
        return l;
    }

    /** find-java.sh under cron: /usr/bin/java or a JDK under /usr/lib/jvm, 21 or newer. */
    private static boolean jdk21WhereCronFindsIt() {
        List<Path> jdks = new ArrayList<>();
        try {
            jdks.add(Path.of("/usr/bin/java").toRealPath().getParent().getParent());
        } catch (IOException none) {
            // not installed there
        }
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            jdks.addAll(entriesOf(Path.of("/usr/lib/jvm")));
        }
        Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
        return jdks.stream().anyMatch(jdk -> {
            try {
                Matcher m = version.matcher(Files.readString(jdk.resolve("release"), StandardCharsets.ISO_8859_1));
                return Files.isExecutable(jdk.resolve("bin/java")) && m.find() && Integer.parseInt(m.group(1)) >= 21;
            } catch (IOException | RuntimeException notAJdk) {
                return false;
            }
        });
    }
}
