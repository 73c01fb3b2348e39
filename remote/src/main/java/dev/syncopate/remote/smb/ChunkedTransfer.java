package dev.syncopate.remote.smb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * The transfer loops of {@link SmbFileChannel}: one buffer of the server's chunk size, each chunk read
 * with one request and written whole, so a transfer costs one round trip per chunk.
 *
 * <pre>{@code
 * long n = ChunkedTransfer.out(smbChannel, 0, size, 1 << 20, localChannel);   // share to local
 * long m = ChunkedTransfer.in(localChannel, smbChannel, 0, size, 1 << 20);    // local to share
 * }</pre>
 */
final class ChunkedTransfer {
    private ChunkedTransfer() {
    }

    /** Copies up to {@code count} bytes of {@code from}, starting at {@code at}, to {@code target}; stops at the end. */
    static long out(FileChannel from, long at, long count, int chunk, WritableByteChannel target) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(count, chunk)));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = from.read(buffer, at + done);
            if (n <= 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                target.write(buffer);
            }
            done += n;
        }
        return done;
    }

    /** Copies up to {@code count} bytes from {@code src} into {@code to} at {@code at}; stops when src ends. */
    static long in(ReadableByteChannel src, FileChannel to, long at, long count, int chunk) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(count, chunk)));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            boolean ended = false;
            while (buffer.hasRemaining() && !ended) {
                ended = src.read(buffer) <= 0;   // a socket or pipe hands out less than asked: fill the chunk
            }
            buffer.flip();
            int n = buffer.remaining();
            while (buffer.hasRemaining()) {
                to.write(buffer, at + done + (n - buffer.remaining()));
            }
            done += n;
            if (ended) {
                break;
            }
        }
        return done;
    }
}
