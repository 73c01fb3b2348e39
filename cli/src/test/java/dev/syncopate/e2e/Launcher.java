package dev.syncopate.e2e;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the real {@code scripts/syncopate} (or any command) as a separate process, the way cron or a
 * shell would: stdin is {@code /dev/null}, stdout and stderr are pipes read to the end, and a run
 * that outlives its timeout is killed with its children and fails the test with what it printed.
 *
 * <pre>{@code
 * Launcher.Result r = Launcher.syncopate("robocopy", src.toString(), dst.toString(), "/MIR").in(dir).run();
 * r.assertExit(1);
 * Launcher.Running p = Launcher.syncopate("robocopy", "a", "b", "/E").start();   // to kill it mid-run
 * }</pre>
 *
 * <p>The environment is the test JVM's plus {@code SYNCOPATE_SKIP_BUILD=1}: the tests run against
 * the distribution this Maven run packaged (scripts/test exports the same), never a nested build. And
 * {@code SYNCOPATE_STATE_DIR} is a temporary folder of this test JVM, so run locks and history never
 * go to the real {@code ~/.local/state}; a test that looks at them sets its own with {@link #env}.
 */
final class Launcher {
    /** The repository root: failsafe passes it as {@code syncopate.repo}. */
    static final Path REPO = repo();
    static final Path SCRIPT = REPO.resolve("scripts").resolve("syncopate");
    /** Generous: a JVM start on a loaded 2-core machine can take seconds. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Run locks and history of every test that does not set its own, removed when the JVM ends. */
    private static final Path STATE_DIR = stateDir();

    private final List<String> command;
    private final Map<String, String> env = new HashMap<>(System.getenv());
    private Path workDir = REPO;
    private Duration timeout = TIMEOUT;

    private Launcher(List<String> command) {
        this.command = command;
        env.put("SYNCOPATE_SKIP_BUILD", "1");
        env.put("SYNCOPATE_STATE_DIR", STATE_DIR.toString());
    }

    /** {@code scripts/syncopate args...}, by absolute path. */
    static Launcher syncopate(String... args) {
        List<String> c = new ArrayList<>();
        c.add(SCRIPT.toString());
        c.addAll(List.of(args));
        return new Launcher(c);
    }

    /**
     * {@code scripts/syncopate args...} run in {@code dir}, with its compiled-script cache in
     * {@code dir/cache}: what the tests that write scripts into a temporary folder run.
     */
    static Launcher syncopateIn(Path dir, String... args) {
        return syncopate(args).in(dir).env("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    /** Any command, e.g. {@code env -i PATH=/usr/bin:/bin /path/to/syncopate ...}. */
    static Launcher command(String... command) {
        return new Launcher(List.of(command));
    }

    Launcher in(Path dir) {
        workDir = dir;
        return this;
    }

    Launcher env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Launcher timeout(Duration t) {
        timeout = t;
        return this;
    }

    Result run() {
        return start().await();
    }

    Running start() {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            return new Running(pb.start(), timeout, String.join(" ", command));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** A started process; its pid is the JVM's once the launcher has exec'd java. */
    static final class Running {
        private final Process process;
        private final Duration timeout;
        private final String what;
        private final FutureTask<String> out;
        private final FutureTask<String> err;

        private Running(Process process, Duration timeout, String what) {
            this.process = process;
            this.timeout = timeout;
            this.what = what;
            this.out = drain(process.getInputStream(), "stdout of " + process.pid());
            this.err = drain(process.getErrorStream(), "stderr of " + process.pid());
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** The process id: the JVM's once the launcher has exec'd java, as a run's lock file names it. */
        long pid() {
            return process.pid();
        }

        /** The executable now running under the pid, e.g. {@code .../bin/java} once the launcher exec'd it. */
        String executable() {
            return process.info().command().orElse("?");
        }

        /** SIGKILL to the process itself (Process#destroyForcibly on Linux), as {@code kill -9} would. */
        void kill9() {
            process.destroyForcibly();
        }

        /**
         * Freezes the process with SIGSTOP and returns once every one of its threads has stopped
         * (Linux /proc), so that what it wrote holds still while a test looks at it.
         */
        void stop() {
            signal("STOP");
            Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!allStopped(tasks)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("process " + process.pid() + " did not stop");
                }
                Thread.onSpinWait();
            }
        }

        /** Lets a {@link #stop stopped} process go on. */
        void resume() {
            signal("CONT");
        }

        private void signal(String name) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                assertEquals(0, kill.waitFor(), "kill -" + name + " " + process.pid());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Every thread in state T (stopped), t (traced) or gone; the state follows the ")" of the name. */
        private static boolean allStopped(Path tasks) {
            try (Stream<Path> all = Files.list(tasks)) {
                for (Path t : all.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(t.resolve("stat"));
                    } catch (IOException threadGone) {
                        continue;
                    }
                    char state = stat.charAt(stat.lastIndexOf(')') + 2);
                    if (state != 'T' && state != 't' && state != 'Z' && state != 'X') {
                        return false;
                    }
                }
                return true;
            } catch (IOException processGone) {
                return true;
            }
        }

        /** Waits for the end within the timeout; kills the process tree and fails when it runs over. */
        Result await() {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("timed out after " + timeout + ": " + what + "\n--- stdout:\n"
                            + text(out) + "\n--- stderr:\n" + text(err));
                }
                return new Result(process.exitValue(), text(out), text(err));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }

        private static FutureTask<String> drain(InputStream in, String name) {
            FutureTask<String> task = new FutureTask<>(() -> {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            });
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
            return task;
        }

        private static String text(FutureTask<String> task) {
            try {
                return task.get(30, TimeUnit.SECONDS);   // pipes close when the process (tree) is gone
            } catch (ExecutionException | TimeoutException e) {
                return "<output not readable: " + e + ">";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "<interrupted>";
            }
        }
    }

    /** Exit code and the two streams as text (UTF-8). */
    record Result(int exitCode, String stdout, String stderr) {

        /** Asserts the exit code, showing everything the process printed when it differs. */
        Result assertExit(int expected) {
            assertEquals(expected, exitCode, () -> "exit code; " + this);
            return this;
        }

        List<String> stdoutLines() {
            return stdout.lines().toList();
        }

        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        /** The index in {@link #stdoutLines} of the first line matching {@code regex}, or -1: to read the lines after it. */
        int indexOfStdoutLine(String regex) {
            List<String> lines = stdoutLines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches(regex)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    private static Path stateDir() {
        try {
            Path dir = Files.createTempDirectory("syncopate-e2e-state-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover in the temporary directory is harmless
        }
    }

    private static Path repo() {
        String p = System.getProperty("syncopate.repo");
        if (p == null) {
            throw new IllegalStateException("system property syncopate.repo is not set (failsafe sets it)");
        }
        try {
            return Path.of(p).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
