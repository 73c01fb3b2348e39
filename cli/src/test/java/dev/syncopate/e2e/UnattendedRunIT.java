package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code syncopate run} as a scheduler runs it, through the real launcher: {@code --timeout} (stops,
 * nothing torn, bit 8 reaches onExitCode and notify, the next run completes; a script that cannot
 * be stopped is ended), {@code --exit-codes simple}, stdin never read, no progress line unless
 * stdout is a terminal, and cron's bare environment.
 */
class UnattendedRunIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path tmp;

    private Launcher syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args);
    }

    private Path script(String name, String text) {
        return Trees.file(tmp, name, text);
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code dirs} folders of {@code files} files each. */
    private Path source(int dirs, int files) {
        Path src = Trees.dir(tmp, "src");
        for (int d = 0; d < dirs; d++) {
            for (int f = 0; f < files; f++) {
                Trees.file(src, "d" + d + "/f" + f + ".txt", "content of d" + d + "/f" + f + "\n".repeat(f), T0);
            }
        }
        return src;
    }

    /** Every file in {@code dst} is the source's file, byte for byte, and no temp file is left. */
    private static void noneTorn(Path src, Path dst) {
        SortedMap<String, String> s = Trees.contents(src);
        for (Map.Entry<String, String> e : Trees.contents(dst).entrySet()) {
            assertEquals(s.get(e.getKey()), e.getValue(), "destination entry " + e.getKey());
        }
    }

    @Test
    void aTimeoutStopsTheRunWithBit8RunsOnExitCodeAndNotifyAndTheNextRunFinishes() {
        Path src = source(4, 8);
        Path dst = tmp.resolve("dst");
        Path notified = tmp.resolve("notified.txt");
        // beforeCopy runs as each folder is planned: 500 ms a file holds the run 16 s in all.
        script("slow.sync.groovy", """
                sync('slow') {
                    from %s
                    to   %s
                    beforeCopy { f -> Thread.sleep(500) }
                    afterCopy { f -> new File(%s) << f.path + '\\n' }
                }
                sync('later') { from %s; to %s }
                onExitCode { code -> println "onExitCode saw $code" }
                notify { command 'sh', '-c', 'echo "$0" > "$1"', 'failure', %s, when: 'failure' }
                """.formatted(q(src), q(dst), q(tmp.resolve("after.txt")), q(src), q(tmp.resolve("later")), q(notified)));
        syncopate("check", "slow.sync.groovy").run().assertExit(0);   // compiled and cached: the clock is the copy's

        long t0 = System.nanoTime();
        Launcher.Result r = syncopate("run", "slow.sync.groovy", "--timeout", "5s").run();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        assertTrue((r.exitCode() & 8) != 0, "bit 8: " + r);
        assertTrue(r.stderr().contains("syncopate: timed out after 5s: the run was stopped early"), r.toString());
        assertTrue(r.stderr().contains("slow.sync.groovy:7: sync 'later' not started: timed out after 5s"), r.toString());
        assertTrue(r.stdout().contains("ERROR : Stopped (timed out after 5s)"), r.toString());
        assertTrue(r.stdout().contains("onExitCode saw " + r.exitCode()), r.toString());
        assertEquals("failure\n", Trees.read(notified), "notify ran with a failing code");
        assertTrue(seconds < 12, "stopped after about 5 s, not after the 16 s the hooks take: " + seconds + " s");
        assertFalse(Files.exists(tmp.resolve("later")), "a block after the timeout copies nothing");
        noneTorn(src, dst);
        assertTrue(Trees.contents(dst).size() < Trees.contents(src).size(), "stopped before the end");
        // Hooks and copies interleave: what the hooks let through before the timeout was copied, and
        // each file copied got its afterCopy, also those whose copy was logged after the stop.
        List<String> copied = Trees.contents(dst).entrySet().stream().filter(e -> !e.getValue().equals("dir"))
                .map(Map.Entry::getKey).toList();
        assertFalse(copied.isEmpty(), "what the hooks let through before the timeout was copied");
        assertEquals(copied, Trees.read(tmp.resolve("after.txt")).lines().sorted().toList(), "afterCopy for each");

        syncopate("run", "slow.sync.groovy").run().assertExit(1);
        assertEquals(Trees.contents(src), Trees.contents(dst), "the next run copies the rest");
        List<String> history = syncopate("history", "slow.sync.groovy").run().assertExit(0).stdoutLines();
        assertTrue(history.get(1).matches(".* " + r.exitCode() + " .*  timed out after 5s"), String.join("\n", history));
        assertTrue(history.get(2).matches(".*     1 .*"), String.join("\n", history));
    }

    /**
     * A hook in an endless loop: after the timeout and the grace the run is ended with 24, and the
     * alerts declared before the block still go out first, with 24 and the reason: the webhook (a real HTTP server on
     * loopback), the command notifier, and onExitCode; all of it in bounded time.
     */
    @Test
    void aRunThatCannotBeStoppedSendsItsAlertsWith24AndWhyThenEnds() throws Exception {
        Path src = source(1, 3);
        Path notified = tmp.resolve("notified.txt");
        List<String> posts = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        List<String> pings = new java.util.concurrent.CopyOnWriteArrayList<>();
        http.createContext("/hc", exchange -> {
            pings.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        try {
            script("stuck.sync.groovy", """
                    metrics 'stuck.prom'
                    onExitCode { code -> println "onExitCode saw $code" }
                    notify {
                        ping 'http://127.0.0.1:%d/hc'
                        webhook %s
                        command 'sh', '-c', 'echo "$SYNCOPATE_EXIT_CODE|$SYNCOPATE_REASON" > "$0"', %s
                    }
                    sync { from %s; to %s; beforeCopy { f -> while (true) { } } }
                    """.formatted(http.getAddress().getPort(), "'http://127.0.0.1:" + http.getAddress().getPort() + "/hook'",
                    q(notified), q(src), q(tmp.resolve("dst"))));
            syncopate("check", "stuck.sync.groovy").run().assertExit(0);   // compiled and cached

            long t0 = System.nanoTime();
            Launcher.Result r = syncopate("run", "stuck.sync.groovy", "--timeout", "3s")
                    .env("SYNCOPATE_JAVA_OPTS", "-Dsyncopate.timeout.grace=1s").run();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

            r.assertExit(24);
            String why = "ended after --timeout 3s: the run did not stop within 1s of the timeout (a hook or the script"
                    + " did not return); exit 24";
            assertTrue(r.stderr().startsWith("syncopate: timed out after 3s, and the run did not stop within 1s of"
                    + " that; ending it (exit 24) after its onExitCode and notify alerts\n"), r.toString());
            assertTrue(r.stdout().contains("onExitCode saw 24"), r.toString());
            assertEquals("24|" + why + "\n", Trees.read(notified), "the command notifier got 24 and why");
            assertEquals(1, posts.size(), "one webhook post: " + posts);
            assertTrue(posts.getFirst().contains("\"exitCode\":24"), posts.getFirst());
            assertTrue(posts.getFirst().contains("\"reason\":\"" + why + "\""), posts.getFirst());
            assertEquals(List.of("/hc/start", "/hc/fail"), pings, "the heartbeat says it failed");
            assertTrue(Trees.read(tmp.resolve("stuck.prom")).contains("syncopate_run_exit_code{script=\"stuck.sync.groovy\"} 24\n"),
                    "the metrics show the run that had to be ended");
            assertTrue(seconds < 20, "3 s, 1 s of grace and the alerts, not longer: " + seconds + " s");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void anAlertThatHangsOnAHardStopIsNotWaitedForBeyondItsBound() {
        script("stuck.sync.groovy", """
                onExitCode { code -> while (true) { Thread.sleep(50) } }
                notify { command 'sh', '-c', 'echo notified > "$0"', %s, when: 'always' }
                sync { from %s; to %s; beforeCopy { f -> while (true) { Thread.sleep(50) } } }
                """.formatted(q(tmp.resolve("notified.txt")), q(source(1, 1)), q(tmp.resolve("dst"))));
        syncopate("check", "stuck.sync.groovy").run().assertExit(0);   // compiled and cached: the body starts at once
        long t0 = System.nanoTime();
        Launcher.Result r = syncopate("run", "stuck.sync.groovy", "--timeout", "3s")
                .env("SYNCOPATE_JAVA_OPTS", "-Dsyncopate.timeout.grace=1s").run();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        r.assertExit(24);
        assertTrue(r.stderr().contains("syncopate: onExitCode did not finish within 10s; not waiting for it\n"),
                r.toString());
        assertEquals("notified\n", Trees.read(tmp.resolve("notified.txt")), "the notification after it still went out");
        assertTrue(seconds < 25, "the hanging handler was given 10 s: " + seconds + " s");
    }

    /**
     * A run killed with {@code kill -9} cannot delete its run log; the next run (of any script)
     * removes it when it starts, and leaves a live run's log alone.
     */
    @Test
    void aRunLogLeftByAKilledRunIsRemovedWhenTheNextRunStarts() throws Exception {
        Path temp = Trees.dir(tmp, "temp");
        String javaOpts = "-Djava.io.tmpdir=" + temp;
        script("killed.sync.groovy", "println 'started'\nThread.sleep(120_000)\n");
        script("live.sync.groovy", "println 'started'\nThread.sleep(120_000)\n");
        script("next.sync.groovy", "println 'next'\n");
        Launcher.Running killed = syncopate("run", "killed.sync.groovy").env("SYNCOPATE_JAVA_OPTS", javaOpts).start();
        Launcher.Running live = syncopate("run", "live.sync.groovy").env("SYNCOPATE_JAVA_OPTS", javaOpts).start();
        try {
            Path killedLog = temp.resolve("syncopate-killed.sync.groovy-" + killed.pid() + "-0.log");
            Path liveLog = temp.resolve("syncopate-live.sync.groovy-" + live.pid() + "-0.log");
            long deadline = System.nanoTime() + Launcher.TIMEOUT.toNanos();
            while (!(Files.exists(killedLog) && Files.exists(liveLog)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            killed.kill9();
            killed.await();
            assertTrue(Files.exists(killedLog), "kill -9 left its run log behind");

            syncopate("run", "next.sync.groovy").env("SYNCOPATE_JAVA_OPTS", javaOpts).run().assertExit(0);
            assertFalse(Files.exists(killedLog), "the next run removed the killed run's log");
            assertTrue(Files.exists(liveLog), "and left the running one's alone");
        } finally {
            killed.kill9();
            live.kill9();
            live.await();
        }
    }

    @Test
    void badTimeoutsAreRefusedBeforeAnythingRuns() {
        Path src = source(1, 1);
        script("ok.sync.groovy", "sync { from %s; to %s }\n".formatted(q(src), q(tmp.resolve("dst"))));
        for (String[] row : List.of(
                new String[] {"2x", "syncopate: Invalid value for option '--timeout': '2x' is not a duration such as"
                        + " 90s, 45m, 4h or 1h30m"},
                new String[] {"30", "syncopate: Invalid value for option '--timeout': '30' is not a duration such as"
                        + " 90s, 45m, 4h or 1h30m (add a unit: 30s, 30m or 30h)"},
                new String[] {"0s", "syncopate: Invalid value for option '--timeout': '0s' is no time at all; give a"
                        + " duration such as 90s, 45m, 4h or 1h30m"})) {
            Launcher.Result r = syncopate("run", "ok.sync.groovy", "--timeout", row[0]).run().assertExit(16);
            assertEquals(row[1] + "\n", r.stderr(), row[0]);
        }
        assertFalse(Files.exists(tmp.resolve("dst")), "nothing ran");
    }

    @Test
    void simpleExitCodesMapZeroToSevenToZeroAndTheRestToOne() {
        Path src = source(1, 2);
        script("copy.sync.groovy", """
                sync { from %s; to %s }
                onExitCode { code -> println "handler saw $code" }
                """.formatted(q(src), q(tmp.resolve("dst"))));
        script("missing.sync.groovy", "sync { from %s; to %s }\n".formatted(q(tmp.resolve("nowhere")),
                q(tmp.resolve("dst2"))));
        script("broken.sync.groovy", "sync {\n");

        Launcher.Result copied = syncopate("run", "copy.sync.groovy", "--exit-codes", "simple").run().assertExit(0);
        assertTrue(copied.stdout().contains("handler saw 1"), "handlers see the bitmask: " + copied);
        syncopate("run", "copy.sync.groovy", "--exit-codes", "robocopy").run().assertExit(0);
        Trees.file(src, "d0/new.txt", "new", T0);
        syncopate("run", "copy.sync.groovy").run().assertExit(1);
        syncopate("run", "missing.sync.groovy", "--exit-codes", "simple").run().assertExit(1);
        syncopate("run", "missing.sync.groovy").run().assertExit(16);
        Launcher.Result broken = syncopate("run", "broken.sync.groovy", "--exit-codes", "SIMPLE").run().assertExit(1);
        assertTrue(broken.stderr().startsWith("syncopate: broken.sync.groovy:"), broken.toString());
        Launcher.Result bad = syncopate("run", "copy.sync.groovy", "--exit-codes", "zero").run().assertExit(16);
        assertEquals("syncopate: Invalid value for option '--exit-codes': 'zero' is not an exit-code style; use"
                + " 'robocopy' (the bitmask, the default) or 'simple' (0-7 -> 0, 8 and more -> 1)\n", bad.stderr());
    }

    /** stdin is an open pipe nobody writes to, as some schedulers leave it: the script reads end-of-file at once. */
    @Test
    void theScriptNeverWaitsOnStdin() throws Exception {
        script("reads.sync.groovy", "println 'read ' + System.in.read()\n");
        ProcessBuilder pb = new ProcessBuilder(Launcher.SCRIPT.toString(), "run", "reads.sync.groovy")
                .directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("SYNCOPATE_SKIP_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        Process p = pb.start();   // stdin: a pipe, left open
        try {
            assertTrue(p.waitFor(Launcher.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the run waited on stdin");
            assertEquals("read -1\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, p.exitValue());
        } finally {
            p.destroyForcibly();
            p.getOutputStream().close();
        }
    }

    /**
     * The live progress line only on a terminal: under {@code script(1)}'s pseudo-terminal it is
     * drawn (with carriage returns), through a pipe, as under cron, never.
     */
    @Test
    void aProgressLineOnlyWhenStdoutIsATerminal() throws IOException {
        Path src = source(1, 6);
        script("progress.sync.groovy", """
                sync { from %s; to (params.to); threads 1; afterCopy { f -> Thread.sleep(300) } }
                """.formatted(q(src)));
        Launcher.Result piped = syncopate("run", "progress.sync.groovy", "-P", "to=" + tmp.resolve("a")).run()
                .assertExit(1);
        assertFalse(piped.stdout().contains("\r"), "no progress line through a pipe: " + piped);

        String command = Launcher.SCRIPT + " run progress.sync.groovy -P to=" + tmp.resolve("b");
        Launcher.Result tty = Launcher.command("script", "-qec", command, "/dev/null").in(tmp)
                .env("XDG_CACHE_HOME", tmp.resolve("cache").toString()).run().assertExit(1);
        assertTrue(tty.stdout().contains("\r") && tty.stdout().matches("(?s).*\\d+ files? .*"),
                "a progress line on a terminal: " + tty);
    }

    @Test
    void timeoutAndSimpleExitCodesWorkInCronsBareEnvironment() {
        Path src = source(1, 2);
        Path home = Trees.dir(tmp, "home");
        script("cron.sync.groovy", "sync { from %s; to %s }\n".formatted(q(src), q(tmp.resolve("dst"))));
        List<String> c = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "SYNCOPATE_SKIP_BUILD=1", Launcher.SCRIPT.toString(), "run", "--timeout", "45m", "--exit-codes",
                "simple", tmp.resolve("cron.sync.groovy").toString()));
        Launcher.Result r = Launcher.command(c.toArray(String[]::new)).in(Path.of("/")).run().assertExit(0);
        assertEquals("", r.stderr());
        assertEquals(Trees.contents(src), Trees.contents(tmp.resolve("dst")));
        try (Stream<Path> s = Files.list(home)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().startsWith(".")), "only dot folders in HOME");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
