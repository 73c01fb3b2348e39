package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monitor mode through the launcher on real directories: {@code robocopy /MON}, a script's
 * {@code watch()} and a YAML block's {@code watch:}, ended by SIGTERM and by {@code --timeout}. Every wait polls for its file with a
 * deadline; nothing sleeps a fixed time.
 */
class MonitorIT {
    /** How soon a change must be copied: the watch sees it at once, a pass of two small files takes ms. */
    private static final Duration COPIED_WITHIN = Duration.ofSeconds(3);

    /** The compiled-script cache, kept out of the user's ~/.cache. */
    @TempDir
    static Path cache;
    @TempDir
    Path tmp;

    @Test
    void robocopyMonCopiesChangesThenEndsOnSigtermWithItsSummary() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Path dst = tmp.resolve("dst");
        Path log = tmp.resolve("monitor.log");
        Launcher.Running run = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/S", "/MON:1",
                "/LOG:" + log, "/TEE").in(tmp).start();
        awaitFile(run, dst.resolve("a.txt"), Launcher.TIMEOUT);   // the first pass, once the JVM is up

        // /MON:1 is "more than one change": a new directory and the file in it.
        Files.createDirectories(src.resolve("sub"));
        Trees.file(src, "sub/b.txt", "beta");
        awaitFile(run, dst.resolve("sub/b.txt"), COPIED_WITHIN);
        sigterm(run);

        Launcher.Result r = run.await().assertExit(1);
        assertEquals("", r.stderr());
        // Two passes or more: a change whose events come apart may start one more; each copies what is new.
        String last = r.stdoutLines().getLast();
        assertTrue(last.matches("  Monitor : ended \\(stopped by SIGTERM\\) after ([2-9]) passes, exit code 1"), r.stdout());
        long passes = Long.parseLong(last.replaceAll(".* after (\\d) passes.*", "$1"));
        assertEquals(passes, r.stdoutLines().stream().filter(l -> l.startsWith("   Files :")).count(), "a summary per pass");
        assertTrue(r.stdout().contains("  Monitor : 2 changes seen, running again"), r.stdout());
        assertEquals(passes, Files.readAllLines(log).stream().filter(l -> l.startsWith("   Files :")).count(),
                "/LOG: is appended to from the second pass on, not overwritten");
    }

    @Test
    void aWatchingScriptCopiesAChangeAndTimeoutStopsIt() throws Exception {
        Path dst = tmp.resolve("dst");
        Path script = watchScript(dst);
        Launcher.Running run = script(script, "--timeout", "3s").start();
        awaitFile(run, dst.resolve("a.txt"), Launcher.TIMEOUT);

        Trees.file(tmp.resolve("src"), "b.txt", "beta");
        awaitFile(run, dst.resolve("b.txt"), COPIED_WITHIN);

        Launcher.Result r = run.await().assertExit(9);
        assertEquals(List.of("syncopate: timed out after 3s: the run was stopped early (exit code includes 8)"),
                r.stderrLines());
        assertTrue(r.stdout().matches("(?s).*\n  Monitor : ended \\(timed out after 3s\\) after [2-9] passes, exit code 9\n.*"),
                r.stdout());
        assertEquals("inbox: exit code 9", r.stdoutLines().getLast());
    }

    @Test
    void aWatchingYamlSyncFileEndsOnSigtermWithItsBlocksCode() throws Exception {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        Path dst = tmp.resolve("dst");
        Path file = Files.writeString(tmp.resolve("inbox.sync.yaml"),
                "sync:\n  - {name: inbox, from: '" + src + "', to: '" + dst + "', watch: {changes: 1}}\n");
        Launcher.Running run = Launcher.syncopate("run", file.toString()).in(tmp)
                .env("XDG_CACHE_HOME", cache.toString()).start();
        awaitFile(run, dst.resolve("a.txt"), Launcher.TIMEOUT);
        sigterm(run);

        Launcher.Result r = run.await().assertExit(1);
        assertEquals("", r.stderr());
        assertTrue(r.stdout().contains("  Monitor : ended (stopped by SIGTERM) after 1 pass, exit code 1"), r.stdout());
    }

    private Path watchScript(Path dst) throws IOException {
        Path src = Trees.dir(tmp, "src");
        Trees.file(src, "a.txt", "alpha");
        this.dst = dst;
        return Files.writeString(tmp.resolve("inbox.sync.groovy"), """
                def r = sync('inbox') {
                    from params.source
                    to   params.target
                    watch()
                }
                println "inbox: exit code ${r.exitCode}"
                """);
    }

    private Path dst;

    private Launcher script(Path script, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("run", script.toString(), "-P", "source=" + tmp.resolve("src"),
                "-P", "target=" + dst));
        args.addAll(List.of(options));
        return Launcher.syncopate(args.toArray(String[]::new)).in(tmp).env("XDG_CACHE_HOME", cache.toString());
    }

    /** Waits until {@code file} exists, failing after {@code within} or when the process ended first. */
    private static void awaitFile(Launcher.Running run, Path file, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!Files.exists(file)) {
            if (!run.isAlive()) {
                throw new AssertionError("ended before " + file + " appeared: " + run.await());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " not there within " + within);
            }
            Thread.sleep(20);
        }
    }

    private static void sigterm(Launcher.Running run) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(run.pid()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true).start();
        assertEquals(0, kill.waitFor(), "kill -TERM " + run.pid());
    }
}
