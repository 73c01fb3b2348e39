package dev.syncopate.execute;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sets the modification times the JDK cannot set on Unix: before 1970 with a fraction of a second.
 *
 * <p>The JDK (measured on 17 and 25; read in 25's {@code UnixFileAttributeViews.Basic.setTimes}
 * and its native {@code futimens0}/{@code utimensat0}) turns the nanoseconds into a
 * {@code timespec} by C's truncating division, so -0.5 s becomes {@code {0, -500000000}}; the
 * kernel refuses a negative {@code tv_nsec} with EINVAL, and the JDK then retries with the epoch:
 * the copy is dated 1970-01-01. No {@code FileTime} avoids that, since a negative value always
 * leaves a negative remainder. So the JDK sets the whole second below (right to within a second,
 * which the time comparison already takes for equal), and {@code touch}, present on every Unix,
 * sets the exact time. Such times are rare (old archives, broken clocks): one process each is fine.
 *
 * <pre>{@code
 * if (PreEpochTimes.beyondTheJdk(path, mtimeNanos)) {
 *     PreEpochTimes.touch(path, mtimeNanos);
 * }
 * }</pre>
 */
final class PreEpochTimes {
    private static final long SECOND = 1_000_000_000L;
    private static final long TIMEOUT_SECONDS = 30;

    private PreEpochTimes() {
    }

    /** True for a negative time with a fraction of a second on the JDK's own Unix file system. */
    static boolean beyondTheJdk(Path p, long mtimeNanos) {
        return mtimeNanos < 0 && mtimeNanos % SECOND != 0
                && p.getFileSystem() == FileSystems.getDefault() && File.separatorChar == '/';
    }

    /** The whole second at or before the time: what the JDK can set. */
    static long wholeSecondBelow(long mtimeNanos) {
        return Math.floorDiv(mtimeNanos, SECOND);
    }

    /**
     * Sets the exact modification time of {@code p} (of a link itself, not what it points to) with
     * {@code touch -h -m -d <ISO time>}, a form both GNU and BSD touch read.
     *
     * @return false when touch is missing or refused: the time then stays as it was
     * @throws InterruptedIOException when the run is being stopped
     */
    static boolean touch(Path p, long mtimeNanos) throws IOException {
        Instant t = Instant.ofEpochSecond(wholeSecondBelow(mtimeNanos), Math.floorMod(mtimeNanos, SECOND));
        Process touch;
        try {
            touch = new ProcessBuilder("touch", "-h", "-m", "-d", t.toString(), "--", p.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;   // no touch on this system
        }
        try {
            if (!touch.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                touch.destroyForcibly();
                return false;
            }
            return touch.exitValue() == 0;
        } catch (InterruptedException e) {
            touch.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while setting the time of " + p);
        }
    }
}
