package dev.syncopate.remote;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An opened remote location: a {@link Path} the engine works on like any other, until {@link #close()}
 * logs out. The file system behind the path reconnects by itself after a dropped connection, so a retry
 * of a failed copy ({@code retries}/{@code wait}) works once the server is back.
 *
 * <pre>{@code
 * try (RemoteRoot root = Remotes.open(RemoteLocation.parse("sftp://nas01/backup/docs"), login)) {
 *     SyncOptions o = SyncOptions.builder(Path.of("/srv/docs"), root.path())
 *             .timeGranularity(new TimeGranularity(root.timeGranularity(), root.timeGranularityReason())).build();
 *     SyncRunner.run(o, System.out, System.err);
 * }
 * }</pre>
 */
public interface RemoteRoot extends Closeable {
    /** The directory the location names, on the remote file system. It may not exist yet (a destination). */
    Path path();

    /** The location, for logs: {@code sftp://backup@nas01/backup/docs}, never with a password. */
    RemoteLocation location();

    /**
     * How coarse the server's modification times are, e.g. one second for SFTP version 3, two for a FAT
     * share; {@link Duration#ZERO} when as fine as the times show.
     */
    Duration timeGranularity();

    /** One line on where the granularity comes from, e.g. {@code sftp://nas01 keeps whole seconds (SFTP v3)}. */
    String timeGranularityReason();

    /** Logs out and closes the connection. Idempotent. */
    @Override
    void close() throws IOException;
}
