package dev.syncopate.runstate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One script's run lock: an operating-system lock on its lock file, held for the whole run. The
 * kernel drops it when the process ends, however it ends, so a {@code kill -9}ed run never blocks
 * the next one; its lock file still names it, which is how the next run knows it did not finish.
 *
 * <pre>{@code
 * switch (RunLock.acquire(files.lock(), LockOwner.current(start, files.script()))) {
 *     case RunLock.Busy b -> System.err.println("syncopate: " + b.message(clock));
 *     case RunLock.Acquired a -> {
 *         try (RunLock lock = a.lock()) { ... }   // a.previous(): a killed run's owner, or null
 *     }
 * }
 * }</pre>
 *
 * <p>The file is never deleted: a run that deletes it while another has just opened it would let a
 * third lock a new file beside the second's. Releasing empties it instead.
 */
public final class RunLock implements AutoCloseable {
    /**
     * The locked byte, far past the text: on Windows locks are mandatory, and a lock on the text would
     * keep the refused run from reading who holds it.
     */
    private static final long REGION = Integer.MAX_VALUE;
    /** A {@code history} that probes the lock holds it for a moment: a run retries this often first. */
    private static final int LOCK_ATTEMPTS = 3;
    /** The holder writes its name just after locking; a refused run waits this long to read it. */
    private static final int READ_ATTEMPTS = 50;
    private static final long PAUSE_MS = 20;
    /**
     * Locks this JVM holds. Java's locks belong to the process, and closing any channel of the file
     * drops them all (POSIX), so a second run in the same JVM must not even open the file.
     */
    private static final Map<Path, LockOwner> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** What {@link #acquire} found. */
    public sealed interface Attempt permits Acquired, Busy {
    }

    /** The lock is ours; {@code previous} is the owner of a killed run whose lock we took over, or null. */
    public record Acquired(RunLock lock, LockOwner previous) implements Attempt {
    }

    /** Another run holds the lock; {@code owner} is null when its file does not say who. */
    public record Busy(Path file, LockOwner owner) implements Attempt {
        /** {@code already running (pid 4242, since 23:00:01)}. */
        public String message(Clock clock) {
            return "already running (" + (owner == null ? "another run holds " + file : owner.describe(clock)) + ")";
        }
    }

    /** What {@link #probe} sees: nobody, a run that holds the lock now, or a run that ended without releasing it. */
    public sealed interface State permits Free, Held, Stale {
    }

    public record Free() implements State {
    }

    public record Held(LockOwner owner) implements State {
    }

    public record Stale(LockOwner owner) implements State {
    }

    /** Locks {@code file} for {@code me} and writes its name there, or says who holds it. */
    public static synchronized Attempt acquire(Path file, LockOwner me) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        LockOwner here = HELD_HERE.get(key);
        if (here != null) {
            return new Busy(key, here);
        }
        Files.createDirectories(key.getParent());
        FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean kept = false;
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return new Busy(key, owner(channel));
            }
            LockOwner previous = LockOwner.parse(read(channel));
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.text().getBytes(StandardCharsets.UTF_8)), 0);
            HELD_HERE.put(key, me);
            kept = true;
            return new Acquired(new RunLock(key, channel, lock), previous);
        } finally {
            if (!kept) {
                channel.close();
            }
        }
    }

    /** Who, if anyone, holds {@code file} now, or held it and ended without releasing it; never changes it. */
    public static State probe(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        LockOwner here = HELD_HERE.get(key);
        if (here != null) {
            return new Held(here);
        }
        if (!Files.exists(key)) {
            return new Free();
        }
        // Read-only with a shared lock: whoever may read the history may probe, and never blocks a reader.
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.READ)) {
            LockOwner owner = LockOwner.parse(read(channel));
            if (owner == null) {
                return new Free();
            }
            FileLock probe;
            try {
                probe = channel.tryLock(REGION, 1, true);
            } catch (OverlappingFileLockException lockedInThisJvm) {
                probe = null;
            }
            if (probe == null) {
                return new Held(owner);
            }
            probe.release();
            return new Stale(owner);
        }
    }

    /** Empties the file, then unlocks: the next run finds it free and clean. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // The next run will say this one "did not finish" although it did; that is all.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing drops the lock whatever else fails, and so does the end of the process.
        } finally {
            HELD_HERE.remove(file);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        for (int i = 1; ; i++) {
            try {
                FileLock lock = channel.tryLock(REGION, 1, false);
                if (lock != null || i == LOCK_ATTEMPTS) {
                    return lock;
                }
            } catch (OverlappingFileLockException lockedInThisJvm) {
                return null;   // by a channel other than ours: a test, or code that ignored HELD_HERE
            }
            pause();
        }
    }

    /**
     * The holder's name. It writes it just after locking, so a file that is empty, or still names a
     * process that is gone (the killed run the holder is taking over from), is read again for a while.
     */
    private static LockOwner owner(FileChannel channel) throws IOException {
        for (int i = 1; ; i++) {
            LockOwner owner = LockOwner.parse(read(channel));
            boolean current = owner != null && ProcessHandle.of(owner.pid()).isPresent();
            if (current || i == READ_ATTEMPTS) {
                return owner;
            }
            pause();
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
            // positional reads: the channel's own position stays where it is
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
