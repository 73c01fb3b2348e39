package dev.syncopate.remote.sftp;

import dev.syncopate.fs.PathDisplay;
import dev.syncopate.sync.RemoteOrigin;

import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.io.functors.IOFunction;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.SftpErrorDataHandler;
import org.apache.sshd.sftp.client.SftpVersionSelector;
import org.apache.sshd.sftp.client.fs.SftpFileSystemAutomatic;
import org.apache.sshd.sftp.client.fs.SftpFileSystemProvider;
import org.apache.sshd.sftp.client.fs.SftpPath;
import org.apache.sshd.sftp.client.impl.SftpPathImpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * MINA's reconnecting SFTP file system (a dead session is replaced on the next operation) with paths
 * that keep the {@link java.nio.file.Path} contract for {@code equals}, {@code startsWith} and
 * {@code endsWith}: false for a path of another file system. MINA's throw ProviderMismatchException
 * when handed a local path, which the engine does when it checks that source and destination differ
 * or do not contain each other.
 *
 * <pre>{@code
 * new ReconnectingFileSystem(provider, id, sessions, factory, selector, errors, "sftp://nas01").getPath("/srv/backup")
 * }</pre>
 */
final class ReconnectingFileSystem extends SftpFileSystemAutomatic implements PathDisplay, RemoteOrigin {
    private final String origin;
    private final String storage;

    /**
     * @param origin  what the log puts before a path: {@code sftp://backup@nas01:2222}
     * @param storage the server without the user, {@link dev.syncopate.remote.RemoteLocation#storageKey()}
     */
    ReconnectingFileSystem(SftpFileSystemProvider provider, String id, IOFunction<Boolean, ClientSession> sessions,
                           SftpClientFactory factory, SftpVersionSelector selector, SftpErrorDataHandler errors,
                           String origin, String storage)
            throws IOException {
        super(provider, id, sessions, factory, selector, errors);
        this.origin = origin;
        this.storage = storage;
    }

    /** The server, whoever logs in: a source and a destination opened apart on it hold the same files. */
    @Override
    public String origin() {
        return storage;
    }

    /**
     * {@code sftp://backup@nas01/srv/backup/docs}: MINA sends a path's {@code toString()} to the server, so
     * it must stay the bare remote path; the log asks here instead.
     */
    @Override
    public String display(Path p) {
        String s = p.toString();
        return origin + (s.startsWith("/") ? s : "/" + s);
    }

    @Override
    protected SftpPath create(String root, List<String> names) {
        return new Remote(this, root, names);
    }

    /** A path on this file system; only ever equal to a path of the same file system. */
    static final class Remote extends SftpPathImpl {
        Remote(ReconnectingFileSystem fs, String root, List<String> names) {
            super(fs, root, names);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Remote r && r.getFileSystem() == getFileSystem() && super.equals(other);
        }

        @Override
        public boolean startsWith(java.nio.file.Path other) {
            return other.getFileSystem() == getFileSystem() && super.startsWith(other);
        }

        @Override
        public boolean endsWith(java.nio.file.Path other) {
            return other.getFileSystem() == getFileSystem() && super.endsWith(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
