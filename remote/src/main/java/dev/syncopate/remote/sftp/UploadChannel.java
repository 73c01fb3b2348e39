package dev.syncopate.remote.sftp;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.Set;

/**
 * A write-only channel to a remote file that sends sequential writes without waiting for each reply.
 *
 * <p>Why it exists: the engine copies with {@link FileChannel#transferTo}, and the JDK, seeing a target
 * that is not one of its own channels, falls back to 8 KiB writes. MINA's own channel sends each as one
 * SSH_FXP_WRITE and waits for its status: one round trip per 8 KiB, about 45 MB/s on loopback and a
 * crawl over a WAN. Here consecutive writes are gathered into {@code chunk}-sized requests and kept in
 * flight (MINA's {@link SftpOutputStreamAsync}, bounded by the SSH window) as OpenSSH's {@code sftp}
 * does; their statuses are checked as they come back, and all of them before {@link #close()} returns
 * or, when the channel was opened with {@link ParkedUploads}, before the file is renamed or touched
 * otherwise: either way a failed write fails the copy before the engine renames the temp file.
 *
 * <pre>{@code
 * try (FileChannel out = UploadChannel.open(fs.getClient(), "/srv/backup/.part", modes, 64 * 1024, errors, null)) {
 *     localChannel.transferTo(0, size, out);
 * }
 * }</pre>
 */
final class UploadChannel extends WriteOnlyChannel {
    private final SftpClient client;
    private final String path;
    private final SftpClient.CloseableHandle handle;
    private final int chunk;
    private final SftpErrors errors;
    private final ParkedUploads parked;
    private final Object lock = new Object();
    private SftpOutputStreamAsync pending;
    private long position;
    private byte[] scratch = new byte[0];

    private UploadChannel(SftpClient client, String path, SftpClient.CloseableHandle handle, int chunk,
                          SftpErrors errors, ParkedUploads parked) {
        this.client = client;
        this.path = path;
        this.handle = handle;
        this.chunk = chunk;
        this.errors = errors;
        this.parked = parked;
    }

    /**
     * Opens {@code path} for writing with the given modes (no Read, no Append).
     *
     * @param parked where {@link #close()} leaves the handle open (see {@link ParkedUploads}); null to
     *               close it at once
     */
    static UploadChannel open(SftpClient client, String path, Set<SftpClient.OpenMode> modes, int chunk,
                              SftpErrors errors, ParkedUploads parked) throws IOException {
        return new UploadChannel(client, path, client.open(path, modes), chunk, errors, parked);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        try {
            return append(src);
        } catch (IOException e) {
            throw errors.translate(e, path);
        }
    }

    private int append(ByteBuffer src) throws IOException {
        synchronized (lock) {
            ensureOpen();
            int n = src.remaining();
            if (pending == null) {
                pending = new SftpOutputStreamAsync((AbstractSftpClient) client, chunk, path, handle, false);
                pending.setOffset(position);
            }
            if (src.hasArray()) {
                pending.write(src.array(), src.arrayOffset() + src.position(), n);
                src.position(src.limit());
            } else {
                // The JDK hands over a direct buffer; the stream copies from arrays.
                if (scratch.length < n) {
                    scratch = new byte[n];
                }
                src.get(scratch, 0, n);
                pending.write(scratch, 0, n);
            }
            position += n;
            return n;
        }
    }

    @Override
    public int write(ByteBuffer src, long at) throws IOException {
        synchronized (lock) {
            ensureOpen();
            finishPending();
            int n = src.remaining();
            byte[] b = new byte[n];
            src.get(b);
            client.write(handle, at, b, 0, n);
            return n;
        }
    }

    @Override
    public long position() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return position;
        }
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        synchronized (lock) {
            ensureOpen();
            if (newPosition != position) {
                // Buffered bytes belong at the old offset: send them there first.
                finishPending();
                position = newPosition;
            }
            return this;
        }
    }

    @Override
    public long size() throws IOException {
        synchronized (lock) {
            ensureOpen();
            finishPending();
            return client.stat(handle).getSize();
        }
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        synchronized (lock) {
            ensureOpen();
            finishPending();
            client.setStat(handle, new SftpClient.Attributes().size(size));
            position = Math.min(position, size);
            return this;
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        synchronized (lock) {
            ensureOpen();
            finishPending(); // SFTP v3 has no fsync; the server has the bytes, which is all we can ask
        }
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) throws IOException {
        synchronized (lock) {
            ensureOpen();
            finishPending();
            SftpOutputStreamAsync out = new SftpOutputStreamAsync((AbstractSftpClient) client, chunk, path, handle, false);
            out.setOffset(at);
            long n = out.transferFrom(src, count);
            out.close();
            return n;
        }
    }

    /**
     * Parked: sends what is buffered and hands handle and unacknowledged writes to {@link ParkedUploads},
     * which checks them all before the file is renamed or touched otherwise. Not parked: waits for
     * every write in flight and fails if any did, then closes the remote handle.
     */
    @Override
    protected void implCloseChannel() throws IOException {
        synchronized (lock) {
            if (parked != null) {
                try {
                    if (pending != null) {
                        pending.flush(); // sent, not yet acknowledged
                    }
                } catch (IOException e) {
                    handle.close();
                    client.close();
                    throw errors.translate(e, path);
                }
                parked.park(path, (AbstractSftpClient) client, handle, pending);
                pending = null;
                return;
            }
            try {
                finishPending();
            } catch (IOException e) {
                throw errors.translate(e, path);
            } finally {
                try {
                    handle.close();
                } finally {
                    client.close();
                }
            }
        }
    }

    /** Sends what is buffered and waits for all acknowledgements; a failed write throws here. */
    private void finishPending() throws IOException {
        SftpOutputStreamAsync out = pending;
        pending = null;
        if (out != null) {
            out.close(); // does not close the handle: it was made with closeHandle=false
        }
    }

    private void ensureOpen() throws IOException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }
}
