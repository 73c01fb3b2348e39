package dev.syncopate.remote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * What every remote file's {@link FileChannel} shares: a gathering write is one relative write per
 * buffer (each remote channel collects small writes into large requests itself), and there is neither
 * memory mapping nor byte-range locking over SFTP or SMB.
 *
 * <pre>{@code
 * final class SmbFileChannel extends NetworkFileChannel {
 *     SmbFileChannel(...) { super("SMB"); }
 *     ... read, write, position, size, truncate, force, transfers ...
 * }
 * }</pre>
 */
public abstract class NetworkFileChannel extends FileChannel {
    private final String protocol;

    /** @param protocol {@code SFTP} or {@code SMB}, for the refusals */
    protected NetworkFileChannel(String protocol) {
        this.protocol = protocol;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += write(srcs[i]);
        }
        return total;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long size) {
        throw new UnsupportedOperationException("an " + protocol + " file cannot be memory-mapped");
    }

    @Override
    public FileLock lock(long at, long size, boolean shared) {
        throw new UnsupportedOperationException(protocol + " channels have no byte-range locks");
    }

    @Override
    public FileLock tryLock(long at, long size, boolean shared) {
        return lock(at, size, shared);
    }
}
