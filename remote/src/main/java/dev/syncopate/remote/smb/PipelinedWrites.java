package dev.syncopate.remote.smb;

import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.File;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link WriteBehind.Sink} that keeps up to {@link #IN_FLIGHT} chunk writes of one file on the wire
 * instead of waiting for each: with one 1 MiB write at a time, a 1 GiB upload to Samba on loopback
 * spent most of its time waiting (8 of 14 CPU-seconds used in 7 s). smbj's credits bound what the
 * server takes at once.
 *
 * <p>A failed write surfaces from a later {@link #send} or from {@link #drain}, which everything that
 * must see the data calls first (read, size, close). smbj's asynchronous write reports a refused
 * write without its status, so a failed chunk is written once more synchronously: that either
 * succeeds or fails with the server's own status (disk full, access denied) for the caller.
 *
 * <pre>{@code
 * PipelinedWrites w = new PipelinedWrites(file, pool, 1 << 20, timeoutMillis, mapper);
 * WriteBehind behind = new WriteBehind(pool.take(1 << 20), w);
 * behind.collect(data, 0); behind.flush();
 * w.drain();                          // every write acknowledged, or the first failure thrown
 * }</pre>
 */
final class PipelinedWrites implements WriteBehind.Sink {
    static final int IN_FLIGHT = 4;

    /** Turns smbj's failure into the channel's checked one. */
    @FunctionalInterface
    interface Failures {
        IOException of(SMBRuntimeException e);
    }

    private record Write(Future<Long> ack, byte[] data, int length, long at) {
    }

    private final File file;
    private final ChunkPool pool;
    private final int chunk;
    private final long timeoutMillis;
    private final Failures failures;
    private final ArrayDeque<Write> inFlight = new ArrayDeque<>();
    private IOException failed;

    PipelinedWrites(File file, ChunkPool pool, int chunk, long timeoutMillis, Failures failures) {
        this.file = file;
        this.pool = pool;
        this.chunk = chunk;
        this.timeoutMillis = timeoutMillis;
        this.failures = failures;
    }

    @Override
    public byte[] send(byte[] data, int length, long at) throws IOException {
        if (failed != null) {
            throw failed;   // the file is bad already; data stays the caller's
        }
        Future<Long> ack;
        try {
            ack = file.writeAsync(data, at, 0, length);
        } catch (SMBRuntimeException e) {
            throw failures.of(e);
        }
        inFlight.add(new Write(ack, data, length, at));
        if (inFlight.size() < IN_FLIGHT) {
            return pool.take(chunk);
        }
        try {
            return awaitOldest();
        } catch (IOException e) {
            failed = e;   // reported by the next call; data is on its way, so the caller gets another buffer
            return pool.take(chunk);
        }
    }

    /** Waits for every write on the wire; throws the first failure (and again on every later call). */
    void drain() throws IOException {
        IOException first = failed;
        while (!inFlight.isEmpty()) {
            try {
                pool.give(awaitOldest());
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            failed = first;
            throw first;
        }
    }

    /** The oldest write's buffer, once the server has acknowledged all of it. */
    private byte[] awaitOldest() throws IOException {
        Write w = inFlight.poll();
        long written;
        try {
            written = w.ack.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an SMB write");
        } catch (TimeoutException e) {
            throw failures.of(new SMBRuntimeException("no answer to a write within " + timeoutMillis + " ms", e));
        } catch (ExecutionException | SMBRuntimeException e) {
            return again(w);
        }
        if (written != w.length) {
            return again(w);
        }
        return w.data;
    }

    /** Writes a refused chunk once more, synchronously, for the server's own status. */
    private byte[] again(Write w) throws IOException {
        try {
            long n = file.write(w.data, w.at, 0, w.length);
            if (n != w.length) {
                throw new IOException("the SMB server wrote " + n + " of " + w.length + " bytes at offset " + w.at);
            }
            return w.data;
        } catch (SMBRuntimeException e) {
            throw failures.of(e);
        }
    }
}
