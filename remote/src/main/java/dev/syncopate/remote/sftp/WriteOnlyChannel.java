package dev.syncopate.remote.sftp;

import dev.syncopate.remote.NetworkFileChannel;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.WritableByteChannel;

/**
 * The parts of a {@link FileChannel} a write-only SFTP upload cannot offer, refused the way the JDK
 * refuses them on a channel opened without READ; mapping and locks are refused by {@link NetworkFileChannel}.
 *
 * <pre>{@code
 * final class UploadChannel extends WriteOnlyChannel { ... write, position, size, truncate ... }
 * }</pre>
 */
abstract class WriteOnlyChannel extends NetworkFileChannel {
    WriteOnlyChannel() {
        super("SFTP");
    }

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

}
