package dev.syncopate.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What changed in a source tree since it was last asked: the JDK's {@code WatchService} (inotify on
 * Linux) where it works, a periodic rescan where it does not or after it overflowed.
 *
 * <pre>{@code
 * try (SourceChanges changes = SourceChanges.open(Path.of("/srv/inbox"))) {
 *     Set<Path> changed = changes.take(Duration.ofMillis(500));   // empty when nothing changed meanwhile
 * }
 * }</pre>
 */
public interface SourceChanges extends AutoCloseable {
    /**
     * The entries created, modified or deleted since the last call, waiting up to {@code wait} for the
     * first; an empty set when nothing changed.
     */
    Set<Path> take(Duration wait) throws InterruptedException, IOException;

    @Override
    void close() throws IOException;

    /** The watch service on {@code root}'s file system, or polling where that has none. */
    static SourceChanges open(Path root) throws IOException {
        try {
            return new WatchedTree(root);
        } catch (UnsupportedOperationException | IOException e) {
            return new PolledTree(root, PolledTree.INTERVAL);
        }
    }
}
