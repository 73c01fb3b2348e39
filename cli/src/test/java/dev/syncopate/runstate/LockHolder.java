package dev.syncopate.runstate;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Another process that holds a run lock, as a run in another JVM would: the tests start it, read
 * {@code locked} from it, and then either close its stdin (it releases and ends) or kill it (the
 * kernel drops its lock and the file still names it: a stale lock).
 *
 * <pre>{@code
 * try (LockHolder other = LockHolder.start(lockFile, since)) {
 *     RunLock.acquire(lockFile, me);   // Busy, naming other.pid()
 *     other.kill();                    // now stale
 * }
 * }</pre>
 */
final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /**
     * Starts a JVM that takes the lock on {@code lockFile} as a run started at {@code since}; null when
     * it could not, because the lock is held (by this JVM, say).
     */
    static LockHolder start(Path lockFile, Instant since) throws IOException {
        String classPath = String.join(File.pathSeparator, where(RunLock.class), where(LockHolder.class));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, LockHolder.class.getName(), lockFile.toString(), since.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        LockHolder holder = new LockHolder(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();   // blocks until it has the lock, or ends
        if ("busy".equals(line)) {
            holder.waitFor();
            return null;
        }
        if (!"locked".equals(line)) {
            holder.kill();
            throw new AssertionError("the lock holder said " + line + " instead of 'locked'");
        }
        return holder;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: nothing of the holder runs any more, its lock file keeps its name. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Lets the holder release its lock and end. */
    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.getOutputStream().close();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String where(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holder's side: lock, say so, hold until stdin ends. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        RunLock.Attempt a = RunLock.acquire(file, LockOwner.current(Instant.parse(args[1]), Path.of("held.sync.groovy")));
        if (!(a instanceof RunLock.Acquired acquired)) {
            System.out.println("busy");
            return;
        }
        try (RunLock lock = acquired.lock()) {
            System.out.println("locked");
            System.out.flush();
            try {
                while (System.in.read() >= 0) {
                    // hold until the test closes our stdin
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
