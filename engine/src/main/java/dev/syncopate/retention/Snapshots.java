package dev.syncopate.retention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the link reference for a snapshot ({@code snapshot into: '/mnt/nas/snap', keep: 7}): the
 * newest earlier snapshot, whose unchanged files the new one hard-links instead of copying.
 *
 * <pre>{@code
 * String name = "20261108_230000";                       // this run's folder
 * Path previous = Snapshots.newestBefore(into, "yyyyMMdd_HHmmss", name);   // into/20261107_230000, or null
 * SyncOptions options = SyncOptions.builder(source, into.resolve(name)).linkDest(previous).build();
 * }</pre>
 *
 * <p>An earlier snapshot that a failed run left incomplete is still a good reference: a file
 * missing there is simply copied, and a file present there was fully written (every write is
 * renamed into place only when complete).
 */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * The newest snapshot folder in {@code into} by the time in its name, other than
     * {@code currentName} (this run's folder, which may already exist when two runs share a
     * timestamp), or null when there is none: the first snapshot is a full copy.
     *
     * @throws IllegalArgumentException when the pattern cannot name folders
     * @throws IOException              when {@code into} exists but cannot be listed
     */
    public static Path newestBefore(Path into, String pattern, String currentName) throws IOException {
        List<TimestampedFolder> folders = new TimestampedFolders(pattern).list(into);
        for (TimestampedFolder f : folders.reversed()) {
            if (!f.name().equals(currentName)) {
                return f.path();
            }
        }
        return null;
    }
}
