package dev.syncopate.remote.smb;

import dev.syncopate.remote.NetworkFileChannel;

import com.hierynomus.msfscc.fileinformation.FileStandardInformation;
import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A {@link FileChannel} over one open SMB file handle: positional reads and writes, size, truncate,
 * force, and transfers in chunks as large as the server takes (up to 1 MiB).
 *
 * <pre>{@code
 * try (FileChannel in = FileChannel.open(local, READ);
 *      FileChannel out = Files.newByteChannel(smbPath, WRITE, CREATE) ...) {
 *     in.transferTo(0, in.size(), out);   // 1 MiB SMB writes, not the JDK's 8 KiB
 * }
 * }</pre>
 *
 * <p>Small relative writes are collected into full chunks ({@link WriteBehind}): the JDK's
 * {@code transferTo} from a local file hands a foreign channel 8 KiB at a time. Full chunks go out
 * without waiting, a few at a time ({@link PipelinedWrites}). Anything else (a read, a positional
 * write, size, position change, force, close) first sends what is collected and waits for every
 * acknowledgement, so the channel never shows stale data. A write failure of collected bytes
 * surfaces from a later write or that later call, at the latest from {@link #close()}.
 *
 * <p>A handle belongs to the connection it was opened on: after a reconnect it fails, and the
 * caller opens a new one.
 */
final class SmbFileChannel extends NetworkFileChannel {
    /** Large enough to keep a LAN busy, small enough for SMB 2.1+ servers (Samba and Windows take 1-8 MiB). */
    static final int MAX_CHUNK = 1 << 20;

    private final SmbPath path;
    private final SmbLink link;
    private final DiskShare share;
    private final File file;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    /** Closing parks the handle ({@link ParkedFiles}) instead: it may set times and rename. */
    private final boolean parkable;
    private final int readChunk;
    private final int writeChunk;

    private long position;
    private WriteBehind pending;   // relative writes not yet sent; made on the first small one
    private PipelinedWrites writes;   // pending's sends still on the wire

    SmbFileChannel(SmbPath path, DiskShare share, File file, boolean readable, boolean writable, boolean append) {
        this(path, share, file, readable, writable, append, false);
    }

    SmbFileChannel(SmbPath path, DiskShare share, File file, boolean readable, boolean writable, boolean append,
            boolean parkable) {
        super("SMB");
        this.path = path;
        this.link = path.getFileSystem().link();
        this.share = share;
        this.file = file;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.parkable = parkable;
        var protocol = share.getTreeConnect().getSession().getConnection().getNegotiatedProtocol();
        this.readChunk = Math.max(4096, Math.min(MAX_CHUNK, protocol.getMaxReadSize()));
        this.writeChunk = Math.max(4096, Math.min(MAX_CHUNK, protocol.getMaxWriteSize()));
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = read(dst, position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (!dsts[i].hasRemaining()) {
                continue;
            }
            int n = read(dsts[i]);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
            if (dsts[i].hasRemaining()) {
                break;   // a short read: the end of the file, or all the server sent at once
            }
        }
        return total;
    }

    @Override
    public int read(ByteBuffer dst, long at) throws IOException {
        requireOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        sendPending();
        if (!dst.hasRemaining()) {
            return 0;
        }
        ByteBuffer view = dst.duplicate();
        view.limit(view.position() + Math.min(dst.remaining(), readChunk));
        try {
            int n = (int) file.read(view, at);
            if (n > 0) {
                dst.position(dst.position() + n);
            }
            return n;
        } catch (SMBRuntimeException e) {
            throw failure(e);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        requireOpen();
        requireWritable();
        if (append) {
            sendPending();
            position = size();
        }
        int n = src.remaining();
        if ((pending == null || pending.isEmpty()) && n >= writeChunk) {
            int written = write(src, position);
            position += written;
            return written;
        }
        if (pending == null) {
            ChunkPool chunks = path.getFileSystem().chunks();
            long timeout = share.getTreeConnect().getConfig().getWriteTimeout();
            writes = new PipelinedWrites(file, chunks, writeChunk, timeout, this::failure);
            pending = new WriteBehind(chunks.take(writeChunk), writes);
        }
        pending.collect(src, position);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src, long at) throws IOException {
        requireOpen();
        requireWritable();
        sendPending();
        int n = src.remaining();
        try {
            if (src.hasArray()) {
                long written = file.write(src.array(), at, src.arrayOffset() + src.position(), n);
                src.position(src.position() + (int) written);
                return (int) written;
            }
            byte[] copy = new byte[n];
            src.get(copy);
            return (int) file.write(copy, at, 0, n);
        } catch (SMBRuntimeException e) {
            throw failure(e);
        }
    }

    /** Sends the collected relative writes and waits until the server has acknowledged all of them. */
    private void sendPending() throws IOException {
        if (pending == null) {
            return;
        }
        IOException first = null;
        try {
            pending.flush();
        } catch (IOException e) {
            first = e;
        }
        try {
            writes.drain();   // also after a failed flush: no write may still be using a buffer
        } catch (IOException e) {
            if (first == null) {
                first = e;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public long position() throws IOException {
        requireOpen();
        return position;
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        requireOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        sendPending();
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        requireOpen();
        sendPending();
        try {
            return file.getFileInformation(FileStandardInformation.class).getEndOfFile();
        } catch (SMBRuntimeException e) {
            throw failure(e);
        }
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        requireOpen();
        requireWritable();
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        if (size < size()) {
            try {
                file.setLength(size);
            } catch (SMBRuntimeException e) {
                throw failure(e);
            }
        }
        position = Math.min(position, size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        requireOpen();
        sendPending();
        if (!writable) {
            return;   // SMB2 FLUSH needs write access; there is nothing to flush on a read handle anyway
        }
        try {
            file.flush();
        } catch (SMBRuntimeException e) {
            throw failure(e);
        }
    }

    /** Reads in chunks as large as the server allows and writes each one whole to {@code target}. */
    @Override
    public long transferTo(long at, long count, WritableByteChannel target) throws IOException {
        requireOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        return ChunkedTransfer.out(this, at, count, readChunk, target);
    }

    /** Reads {@code src} in chunks and writes each one with one SMB request. */
    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) throws IOException {
        requireOpen();
        requireWritable();
        sendPending();
        return ChunkedTransfer.in(src, this, at, count, writeChunk);
    }

    /**
     * Sends what is collected, then closes the handle, or parks it when this channel created the file
     * and every write was acknowledged; a failure of either is thrown.
     */
    @Override
    protected void implCloseChannel() throws IOException {
        boolean sent = false;
        try {
            sendPending();
            sent = true;
        } finally {
            if (pending != null) {
                // flush() has returned (sent or failed) and the channel is closed: nothing uses the buffer now
                path.getFileSystem().chunks().give(pending.buffer());
                pending = null;
            }
            if (sent && parkable) {
                path.getFileSystem().parked().park(path, file);
                return;
            }
            try {
                file.close();
            } catch (SMBRuntimeException e) {
                throw failure(e);
            }
        }
    }

    private void requireOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private void requireWritable() {
        if (!writable) {
            throw new NonWritableChannelException();
        }
    }

    private IOException failure(SMBRuntimeException e) {
        return ShareCalls.failure(link, share, e, path.toString(), null);
    }
}
