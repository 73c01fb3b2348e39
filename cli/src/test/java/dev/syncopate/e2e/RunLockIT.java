package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One run of a script at a time, through the real launcher: an overlapping run exits 16 at once naming
 * the first, whatever path it names the script by; another script runs meanwhile; a {@code kill -9}ed
 * run's lock is taken over; and without a usable state directory nothing runs.
 *
 * <p>The first run blocks in the script's own code until the test creates a file {@code go}: it appends
 * a line to {@code started.txt} first, which the test polls for (with a deadline) to know the run holds
 * its lock. Nothing here waits a fixed time.
 */
// A -Dtest=RunLock* meant for the unit tests also selects this class in surefire: skip it there.
@EnabledIfSystemProperty(named = "syncopate.repo", matches = ".+",
        disabledReason = "an end-to-end test: failsafe runs it (mvn verify)")
class RunLockIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    /** A JVM start on a loaded 2-core machine can take seconds; a fresh CDS archive longer. */
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final String TIME = "(\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d";

    @TempDir
    Path tmp;
    private final List<Launcher.Running> started = new ArrayList<>();

    @AfterEach
    void noRunOutlivesItsTest() {
        Trees.file(tmp, "go", "");
        started.stream().filter(Launcher.Running::isAlive).forEach(Launcher.Running::kill9);
    }

    /** {@code scripts/syncopate args...} in the temporary directory, with its own state directory. */
    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString());
    }

    private Launcher.Running start(String... args) {
        Launcher.Running r = syncopate(args).start();
        started.add(r);
        return r;
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A source tree a.txt, sub/b.txt with fixed times. */
    private Path source() {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha", T0);
        Trees.file(src, "sub/b.txt", "beta", T0);
        return src;
    }

    /** A script that says it started, waits for {@code go}, then copies the source to {@code dst}. */
    private Path waitingScript(Path src, Path dst) {
        return Trees.file(tmp, "nightly.sync.groovy", String.join("\n",
                "new File(" + q(tmp.resolve("started.txt")) + ") << 'started\\n'",
                "def deadline = System.nanoTime() + 600_000_000_000L   // the test gives up long before",
                "while (!new File(" + q(tmp.resolve("go")) + ").exists()) {",
                "    if (System.nanoTime() > deadline) throw new IllegalStateException('never told to go')",
                "    Thread.sleep(20)",
                "}",
                "sync { from " + q(src) + "; to " + q(dst) + " }", ""));
    }

    /** Polls until the script has started {@code runs} times, failing with the run's output if it ended. */
    private void awaitStarted(Launcher.Running run, int runs) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (startedRuns() < runs) {
            if (!run.isAlive()) {
                fail("the run ended before its script started: " + run.await());
            }
            if (System.nanoTime() > deadline) {
                fail("the script did not start within " + DEADLINE);
            }
            try {
                Thread.sleep(25);   // between looks: a busy loop would slow the JVM it waits for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }

    private int startedRuns() {
        Path f = tmp.resolve("started.txt");
        return Files.exists(f) ? Trees.read(f).split("\n", -1).length - 1 : 0;
    }

    private static void assertRefused(Launcher.Result r, long pid) {
        r.assertExit(16);
        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderrLines().getFirst().matches("syncopate: already running \\(pid " + pid + ", since " + TIME + "\\)"),
                r.toString());
        assertEquals("", r.stdout());
    }

    @Test
    void anOverlappingRunExits16AtOnceByAnyPathAndAnotherScriptRunsMeanwhile() throws IOException {
        Path src = source();
        Path script = waitingScript(src, tmp.resolve("dst"));
        Launcher.Running first = start("run", "nightly.sync.groovy");
        awaitStarted(first, 1);

        assertRefused(syncopate("run", "nightly.sync.groovy").run(), first.pid());
        assertTrue(first.isAlive(), "the refused run did not wait for the first");
        assertEquals(1, startedRuns(), "the refused run never ran the script");
        assertFalse(Files.exists(tmp.resolve("dst")), "nor copied anything");

        Path link = Files.createSymbolicLink(tmp.resolve("link.sync.groovy"), script);
        assertRefused(syncopate("run", link.toString()).run(), first.pid());
        Trees.dir(tmp, "sub");
        assertRefused(syncopate("run", "../sub/../nightly.sync.groovy").in(tmp.resolve("sub")).run(), first.pid());
        assertRefused(syncopate("run", script.toString(), "--dry-run").run(), first.pid());

        Trees.file(tmp, "other.sync.groovy", "sync { from " + q(src) + "; to " + q(tmp.resolve("other")) + " }\n");
        Launcher.Result other = syncopate("run", "other.sync.groovy").run().assertExit(1);
        assertEquals("", other.stderr());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("other")));
        assertTrue(first.isAlive());

        Trees.file(tmp, "go", "");
        first.await().assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("dst")));

        Launcher.Result next = syncopate("run", "nightly.sync.groovy").run().assertExit(0);
        assertEquals("", next.stderr(), "a released lock is taken without a word");
        assertEquals(2, startedRuns());
    }

    @Test
    void aKilledRunsLockIsTakenOverAndTheRunShownAsNotFinished() {
        Path src = source();
        waitingScript(src, tmp.resolve("dst"));
        Launcher.Running killed = start("run", "nightly.sync.groovy");
        awaitStarted(killed, 1);
        long pid = killed.pid();
        killed.kill9();
        assertEquals(137, killed.await().exitCode(), "SIGKILL");

        List<String> before = syncopate("history", "nightly.sync.groovy").run().assertExit(0).stdoutLines();
        assertTrue(before.get(0).startsWith("no runs recorded for "), before.toString());
        assertTrue(before.get(1).matches("did not finish: pid " + pid + ", started " + TIME), before.toString());

        Trees.file(tmp, "go", "");
        Launcher.Result next = syncopate("run", "nightly.sync.groovy").run().assertExit(1);

        assertEquals(1, next.stderrLines().size(), next.toString());
        assertTrue(next.stderrLines().getFirst().matches("syncopate: the previous run \\(pid " + pid + ", started "
                + TIME + "\\) did not finish; taking over its lock"), next.toString());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("dst")));
        List<String> after = syncopate("history", "nightly.sync.groovy").run().assertExit(0).stdoutLines();
        assertEquals(4, after.size(), after.toString());
        assertTrue(after.get(1).endsWith("         -     ?      -       -       -       -         -  did not finish (pid "
                + pid + " ended without recording a result)"), after.toString());
        assertTrue(after.get(2).contains("     1      2       2       0       0         9"), after.toString());
        assertTrue(after.get(3).startsWith("journal: "), "no run holds or left the lock now: " + after);
    }

    @Test
    void withoutAUsableStateDirectoryNothingRuns() {
        Path src = source();
        waitingScript(src, tmp.resolve("dst"));
        Trees.file(tmp, "go", "");
        Path notADirectory = Trees.file(tmp, "plain-file", "");

        Launcher.Result r = syncopate("run", "nightly.sync.groovy")
                .env("SYNCOPATE_STATE_DIR", notADirectory.resolve("state").toString()).run().assertExit(16);

        assertEquals(1, r.stderrLines().size(), r.toString());
        assertTrue(r.stderrLines().getFirst().matches("syncopate: cannot create the run lock "
                + Pattern.quote(notADirectory.resolve("state/runs").toString()) + "/nightly\\.sync\\.groovy-[0-9a-f]{16}\\.lock: Not a directory"
                + " \\(set SYNCOPATE_STATE_DIR to a writable folder; without the lock two runs could overlap\\)"),
                r.toString());
        assertEquals(0, startedRuns());
        assertFalse(Files.exists(tmp.resolve("dst")));
    }
}
