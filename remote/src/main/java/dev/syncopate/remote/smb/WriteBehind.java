package dev.syncopate.remote.smb;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Collects small sequential writes into one chunk and sends it as one SMB write when full or when
 * asked. The JDK's {@code transferTo} from a local file into a channel it does not know writes 8 KiB
 * at a time; sent as they come that is thirteen thousand round trips for 100 MB instead of a hundred.
 *
 * <pre>{@code
 * WriteBehind w = new WriteBehind(new byte[1 << 20], (data, length, at) -> {
 *     file.write(data, at, 0, length);
 *     return data;                    // sent: collect into it again
 * });
 * w.collect(buffer, position);   // sends whenever 1 MiB is together
 * w.flush();                     // before anything that must see the data: read, size, close
 * }</pre>
 */
final class WriteBehind {
    /** Where a full (or flushed) chunk goes. */
    @FunctionalInterface
    interface Sink {
        /**
         * Sends {@code length} bytes of {@code data}, to be written at {@code at}, and returns the
         * buffer to collect into next: {@code data} again once it is sent, or another one while
         * {@code data} is still on its way (the sink then owns {@code data}).
         */
        byte[] send(byte[] data, int length, long at) throws IOException;
    }

    private byte[] data;
    private final Sink sink;
    private int length;
    private long at;

    /** Collects into {@code buffer} (its length is the chunk size), which stays the caller's to reuse. */
    WriteBehind(byte[] buffer, Sink sink) {
        this.data = buffer;
        this.sink = sink;
    }

    /** The buffer collected into now; not to be reused before the last {@link #flush}. */
    byte[] buffer() {
        return data;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /**
     * Takes all of {@code src}, which is to be written at file offset {@code position}: the offset
     * right after what is already collected (the caller flushes before it moves elsewhere).
     */
    void collect(ByteBuffer src, long position) throws IOException {
        long next = position;
        while (src.hasRemaining()) {
            if (length == 0) {
                at = next;
            }
            int take = Math.min(src.remaining(), data.length - length);
            src.get(data, length, take);
            length += take;
            next += take;
            if (length == data.length) {
                flush();
            }
        }
    }

    /** Sends what is collected. After a failure the bytes are dropped, never sent twice. */
    void flush() throws IOException {
        if (length == 0) {
            return;
        }
        int n = length;
        length = 0;
        data = sink.send(data, n, at);
    }
}
