package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteRoot;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.sftp.client.fs.SftpFileSystem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An opened {@code sftp://} location: its path on a reconnecting SFTP file system, and the SSH client
 * behind it, both closed together.
 *
 * <pre>{@code
 * try (RemoteRoot root = new SftpOpener().open(location, login)) {
 *     Files.list(root.path());
 * }
 * }</pre>
 */
final class SftpRoot implements RemoteRoot {
    private final RemoteLocation location;
    private final SftpFileSystem fs;
    private final SshClient client;
    private final Duration granularity;
    private final String granularityReason;
    private final AtomicBoolean closed = new AtomicBoolean();

    SftpRoot(RemoteLocation location, SftpFileSystem fs, SshClient client, Duration granularity,
             String granularityReason) {
        this.location = location;
        this.fs = fs;
        this.client = client;
        this.granularity = granularity;
        this.granularityReason = granularityReason;
    }

    @Override
    public Path path() {
        return fs.getPath(location.path());
    }

    @Override
    public RemoteLocation location() {
        return location;
    }

    @Override
    public Duration timeGranularity() {
        return granularity;
    }

    @Override
    public String timeGranularityReason() {
        return granularityReason;
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            fs.close();
        } finally {
            client.stop();
        }
    }

    @Override
    public String toString() {
        return location.toString();
    }
}
