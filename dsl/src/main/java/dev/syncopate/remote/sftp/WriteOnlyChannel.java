package dev.syncopate.remote.sftp;

import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.WritableByteChannel;

/**
 * The parts of a {@link FileChannel} a write-only SFTP upload cannot offer, refused the way the JDK
 * refuses them on a channel opened without READ; SFTP has neither mapping nor locks.
 *
 * <pre>{@code
 * final class UploadChannel extends WriteOnlyChannel { ... write, position, size, truncate ... }
 * }</pre>
 */
abstract class WriteOnlyChannel extends FileChannel {
    @Override
    public long transferTo(long at, long count, WritableByteChannel target) {
        throw new NonReadableChannelException();
    }

    @Override
    public int read(ByteBuffer dst) {
        throw new NonReadableChannelException();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        throw new NonReadableChannelException();
    }

    @Override
    public int read(ByteBuffer dst, long at) {
        throw new NonReadableChannelException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long size) {
        throw new UnsupportedOperationException("an SFTP file cannot be memory-mapped");
    }

    @Override
    public FileLock lock(long at, long size, boolean shared) {
        throw new UnsupportedOperationException("SFTP has no file locks");
    }

    @Override
    public FileLock tryLock(long at, long size, boolean shared) {
        throw new UnsupportedOperationException("SFTP has no file locks");
    }
}
