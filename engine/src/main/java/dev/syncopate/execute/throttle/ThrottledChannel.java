package dev.syncopate.execute.throttle;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The target of one copy, written in blocks of at most 64 KiB at the pace of a {@link Throttle}: each
 * block waits for the shared {@link RateLimiter}, and after every 64 KiB the copy pauses for
 * {@code /IPG}. Closing it does not close the channel it writes to; the copier owns that.
 *
 * <pre>{@code
 * try (FileChannel out = FileChannel.open(temp, WRITE, CREATE)) {
 *     in.transferTo(0, size, throttle.around(out));   // the JDK reads into 8 KiB buffers and writes them here
 * }
 * }</pre>
 *
 * <p>An interrupt while waiting (a stop, {@code --timeout}) is an {@link InterruptedIOException}: the
 * copy fails like any other, its temp file goes, the target keeps its old version.
 */
final class ThrottledChannel implements WritableByteChannel {
    /** Robocopy's unit of {@code /IPG}, and the largest write booked at once. */
    static final int BLOCK = 64 * 1024;

    private final WritableByteChannel out;
    private final RateLimiter rate;
    private final long gapNanos;
    private final PaceClock clock;
    /** Bytes written since the last {@code /IPG} pause. */
    private long sinceGap;

    /** @param rate the run's shared limiter, or null for none; {@code gapNanos} 0 for no {@code /IPG} */
    ThrottledChannel(WritableByteChannel out, RateLimiter rate, long gapNanos, PaceClock clock) {
        this.out = out;
        this.rate = rate;
        this.gapNanos = gapNanos;
        this.clock = clock;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int total = 0;
        int end = src.limit();
        try {
            while (src.position() < end) {
                int n = Math.min(BLOCK, end - src.position());
                if (rate != null) {
                    rate.acquire(n);
                }
                src.limit(src.position() + n);
                while (src.hasRemaining()) {
                    total += out.write(src);
                }
                src.limit(end);
                pauseAfterBlocks(n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // keep it for whoever checks next: the copy is being stopped
            InterruptedIOException stopped = new InterruptedIOException("copy interrupted while throttled");
            stopped.bytesTransferred = total;
            throw stopped;
        } finally {
            src.limit(end);
        }
        return total;
    }

    private void pauseAfterBlocks(int written) throws InterruptedException {
        if (gapNanos == 0) {
            return;
        }
        sinceGap += written;
        while (sinceGap >= BLOCK) {
            sinceGap -= BLOCK;
            clock.sleepNanos(gapNanos);
        }
    }

    @Override
    public boolean isOpen() {
        return out.isOpen();
    }

    @Override
    public void close() {
        // The copier closes the real channel.
    }
}
