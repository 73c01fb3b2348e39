package dev.syncopate.remote;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two ends of one sync, opened: local directories as they are, remote locations connected and
 * logged in, for as long as the sync runs. Shared by a script's {@code sync} blocks and the
 * {@code robocopy} command so that both open, report and close alike.
 *
 * <pre>{@code
 * OpenedLocations.End from = OpenedLocations.End.local(Path.of("/srv/docs"));
 * OpenedLocations.End to = OpenedLocations.End.remote(RemoteLocation.parse("sftp://nas01/backup/docs"), login);
 * try (OpenedLocations ends = OpenedLocations.open(from, to, Remotes::open)) {   // RemoteException: one line
 *     SyncResult r = engine.run(ends.applyTo(options), out, err);
 * }
 * }</pre>
 *
 * <p>{@link #applyTo} puts the opened paths into the engine's options, the coarser of the servers' time
 * granularities (so a server's whole-second clock does not make every file look changed), and, when the
 * destination is remote, restartable mode ({@code /Z}): a dropped connection then resumes a big file on the
 * retry instead of starting it over.
 */
public final class OpenedLocations implements Closeable {
    /**
     * One end of a sync: a local directory, or a remote location with the login to open it with.
     *
     * @param local  the local directory, or null
     * @param remote the remote location, or null
     * @param login  how to log in to {@code remote}
     */
    public record End(Path local, RemoteLocation remote, RemoteLogin login) {
        public End {
            if ((local == null) == (remote == null)) {
                throw new IllegalArgumentException("an end is either a local directory or a remote location");
            }
        }

        public static End local(Path directory) {
            return new End(Objects.requireNonNull(directory), null, null);
        }

        public static End remote(RemoteLocation location, RemoteLogin login) {
            return new End(null, Objects.requireNonNull(location), Objects.requireNonNull(login));
        }

        public boolean isRemote() {
            return remote != null;
        }

        /** The directory or the location, for messages; never a password. */
        @Override
        public String toString() {
            return isRemote() ? remote.toString() : local.toString();
        }
    }

    private final End sourceEnd;
    private final Path source;
    private final Path destination;
    private final boolean remoteDestination;
    private final List<RemoteRoot> roots;

    private OpenedLocations(End sourceEnd, Path source, Path destination, boolean remoteDestination,
                            List<RemoteRoot> roots) {
        this.sourceEnd = sourceEnd;
        this.source = source;
        this.destination = destination;
        this.remoteDestination = remoteDestination;
        this.roots = roots;
    }

    /**
     * Opens the remote ends, the source first. When one cannot be opened, those already opened are closed
     * again and nothing has been changed anywhere.
     *
     * @throws RemoteException one line naming the location, never a password
     */
    public static OpenedLocations open(End source, End destination, RemoteOpener opener) throws RemoteException {
        List<RemoteRoot> roots = new ArrayList<>();
        try {
            Path from = path(source, opener, roots);
            Path to = path(destination, opener, roots);
            return new OpenedLocations(source, from, to, destination.isRemote(), List.copyOf(roots));
        } catch (RemoteException | RuntimeException e) {
            closeAll(roots);
            throw e;
        }
    }

    private static Path path(End end, RemoteOpener opener, List<RemoteRoot> roots) throws RemoteException {
        if (!end.isRemote()) {
            return end.local();
        }
        RemoteRoot root = opener.open(end.remote(), end.login());
        roots.add(root);
        return root.path();
    }

    /** Where the engine reads: the local directory or the opened remote one. */
    public Path source() {
        return source;
    }

    /** Where the engine writes. */
    public Path destination() {
        return destination;
    }

    /** The opened remote roots, source first; empty for a local-only sync. */
    public List<RemoteRoot> roots() {
        return roots;
    }

    /** The coarsest clock among the opened servers, with its reason; {@link TimeGranularity#NONE} when none. */
    public TimeGranularity timeGranularity() {
        TimeGranularity g = TimeGranularity.NONE;
        for (RemoteRoot r : roots) {
            g = g.coarser(new TimeGranularity(r.timeGranularity(), r.timeGranularityReason()));
        }
        return g;
    }

    /**
     * {@code options} working on the opened ends: their paths, the servers' time granularity when coarser
     * than what the options have, and restartable mode when the destination is remote.
     */
    public SyncOptions applyTo(SyncOptions options) {
        SyncOptions.Builder b = options.toBuilder().source(source).destination(destination)
                .timeGranularity(options.selection().timeGranularity().coarser(timeGranularity()));
        if (remoteDestination) {
            b.restartable();
        }
        return b.build();
    }

    /**
     * One line when the opened source is missing or no directory, else null: what {@code check} reports
     * before a scheduled run would fail, e.g. {@code sftp://nas01/srv/docs does not exist}.
     */
    public String sourceProblem() {
        if (!Files.exists(source)) {
            return sourceEnd + " does not exist";
        }
        if (!Files.isDirectory(source)) {
            return sourceEnd + " is not a directory";
        }
        return null;
    }

    /**
     * Logs out of every server. A failure to log out is ignored: the sync's work is done and its exit code
     * must not change because a server dropped the goodbye.
     */
    @Override
    public void close() {
        closeAll(roots);
    }

    private static void closeAll(List<RemoteRoot> roots) {
        for (RemoteRoot r : roots) {
            try {
                r.close();
            } catch (IOException | RuntimeException e) {
                // see close()
            }
        }
    }
}
