package dev.syncopate.remote.sftp;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.impl.SftpRemotePathChannel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Collection;

/**
 * MINA's channel for reading remote files, with {@link #transferTo} keeping the {@code FileChannel}
 * contract: at end of file it returns 0, where MINA's returns -1. The engine adds the count to its
 * position, so a -1 would send it back one byte and fail the copy of every empty file. Failures are
 * worded by {@link SftpErrors}.
 *
 * <p>Reads are already pipelined by MINA ({@code SftpInputStreamAsync}), sized by
 * {@code SftpModuleProperties.COPY_BUF_SIZE}, which the opener sets.
 *
 * <pre>{@code
 * try (FileChannel in = new DownloadChannel("/srv/docs/a.txt", fs.getClient(), modes, errors)) {
 *     in.transferTo(0, size, localChannel);
 * }
 * }</pre>
 */
final class DownloadChannel extends SftpRemotePathChannel {
    private final SftpErrors errors;

    DownloadChannel(String path, SftpClient client, Collection<SftpClient.OpenMode> modes, SftpErrors errors)
            throws IOException {
        super(path, client, true, modes);
        this.errors = errors;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        if (count == 0) {
            return 0;
        }
        try {
            return Math.max(0, super.transferTo(position, count, target));
        } catch (IOException e) {
            throw errors.translate(e, getRemotePath());
        }
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        try {
            return super.read(dst, position);
        } catch (IOException e) {
            throw errors.translate(e, getRemotePath());
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        try {
            return super.read(dst);
        } catch (IOException e) {
            throw errors.translate(e, getRemotePath());
        }
    }
}
