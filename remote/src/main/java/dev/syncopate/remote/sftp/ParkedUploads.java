package dev.syncopate.remote.sftp;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;
import org.apache.sshd.sftp.client.impl.SftpResponse;
import org.apache.sshd.sftp.client.impl.SftpStatus;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.common.SftpHelper;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Uploads whose channel the engine has closed but whose SFTP handle is still open, so the round trips
 * that follow a small file can be merged. The engine does, per file: close the temp, set its mode, set
 * its times, rename it over the target: with plain SFTP that is write-acks, CLOSE, SETSTAT, SETSTAT,
 * RENAME, five waits. Parked, the mode and times are only remembered; before the rename the writes'
 * acknowledgements, one FSETSTAT with mode and times, and the CLOSE are sent back to back and awaited
 * together: one wait, then the rename. The server handles one channel's requests in order, so the
 * times are set after the last write and nothing bumps them afterwards.
 *
 * <p>Failures keep their meaning: a failed write, FSETSTAT or CLOSE fails {@link #settle} and with it
 * the move, before anything is renamed; the target is replaced only after data and metadata are in
 * place. Any other operation on a parked path (read, stat, delete, reopen) settles it first, so
 * nobody sees a half-finished file.
 *
 * <pre>{@code
 * parked.park(path, client, handle, stream);   // UploadChannel.close()
 * parked.defer(path, a -> a.perms(0644));       // true: remembered, nothing sent
 * parked.settle(path);                          // one round trip: acks, FSETSTAT, CLOSE
 * }</pre>
 */
final class ParkedUploads {
    private final Map<String, Parked> parked = new ConcurrentHashMap<>();

    /** One closed-but-open upload: its client, handle, the stream whose acks are pending, attributes. */
    private static final class Parked {
        final AbstractSftpClient client;
        final SftpClient.Handle handle;
        final SftpOutputStreamAsync writes;
        final SftpClient.Attributes attributes = new SftpClient.Attributes();

        Parked(AbstractSftpClient client, SftpClient.Handle handle, SftpOutputStreamAsync writes) {
            this.client = client;
            this.handle = handle;
            this.writes = writes;
        }
    }

    /** Called instead of closing: all data has been sent, its acks may still be on the way. */
    void park(String path, AbstractSftpClient client, SftpClient.Handle handle, SftpOutputStreamAsync writes) {
        parked.put(path, new Parked(client, handle, writes));
    }

    /**
     * Remembers attributes for a parked path; false when the path is not parked (then the caller sets
     * them itself, at once).
     */
    boolean defer(Path path, Consumer<SftpClient.Attributes> change) {
        Parked p = parked.get(path.toString());
        if (p == null) {
            return false;
        }
        synchronized (p) {
            change.accept(p.attributes);
        }
        return true;
    }

    /** Finishes a parked upload if {@code path} is one: waits for its writes, applies attributes, closes. */
    void settle(Path path) throws IOException {
        Parked p = parked.remove(path.toString());
        if (p != null) {
            finish(p);
        }
    }

    /** The same for a path about to be deleted anyway: its failures do not matter. */
    void settleQuietly(Path path) {
        try {
            settle(path);
        } catch (IOException | RuntimeException ignored) {
            // the file is going away; the delete reports what matters
        }
    }

    private static void finish(Parked p) throws IOException {
        try {
            await(p);
        } finally {
            try {
                p.client.close(); // the file system's wrapper: releases nothing shared
            } catch (IOException ignored) {
                // a wrapper's close cannot fail in a way that matters here
            }
        }
    }

    private static void await(Parked p) throws IOException {
        // FSETSTAT and CLOSE go out before any reply is awaited: one round trip for all three.
        int setStat = p.attributes.getFlags().isEmpty() ? -1
                : p.client.send(SftpConstants.SSH_FXP_FSETSTAT, fsetstat(p));
        int close = p.client.send(SftpConstants.SSH_FXP_CLOSE, handleOnly(p.handle));
        IOException failure = null;
        try {
            if (p.writes != null) {
                p.writes.close(); // waits for the writes' acks; made with closeHandle=false
            }
        } catch (IOException e) {
            failure = e;
        }
        if (setStat >= 0) {
            failure = check(p.client, SftpConstants.SSH_FXP_FSETSTAT, setStat, failure);
        }
        failure = check(p.client, SftpConstants.SSH_FXP_CLOSE, close, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static Buffer fsetstat(Parked p) {
        byte[] id = p.handle.getIdentifier();
        Buffer b = new ByteArrayBuffer(id.length + 64, false);
        b.putBytes(id);
        synchronized (p) {
            // SFTP v3 attribute encoding, as MINA's own setStat(handle, ...) writes it
            SftpHelper.writeAttributes(b, p.attributes, p.client.getVersion());
        }
        return b;
    }

    private static Buffer handleOnly(SftpClient.Handle handle) {
        byte[] id = handle.getIdentifier();
        Buffer b = new ByteArrayBuffer(id.length + 8, false);
        b.putBytes(id);
        return b;
    }

    /** Awaits one status reply; the first failure wins, later ones are attached to it. */
    private static IOException check(AbstractSftpClient client, int cmd, int id, IOException earlier) {
        try {
            SftpStatus status = SftpStatus.parse(SftpResponse.parse(cmd, client.receive(id)));
            if (!status.isOk()) {
                throw new SftpException(status.getStatusCode(), status.getMessage());
            }
            return earlier;
        } catch (IOException e) {
            if (earlier == null) {
                return e;
            }
            earlier.addSuppressed(e);
            return earlier;
        }
    }
}
