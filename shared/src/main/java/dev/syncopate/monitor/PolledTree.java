package dev.syncopate.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link SourceChanges} by rescanning the tree: size and modification time of every file, and which
 * directories exist,
 * compared with the scan before. The fallback where there is no watch service (a remote or exotic
 * file system) or after it overflowed; one stat per entry per interval, so it suits modest trees.
 *
 * <pre>{@code
 * SourceChanges polled = new PolledTree(Path.of("/srv/inbox"), Duration.ofSeconds(1));
 * }</pre>
 */
final class PolledTree implements SourceChanges {
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final Path root;
    private final Duration interval;
    private Map<Path, String> last;

    PolledTree(Path root, Duration interval) throws IOException {
        this.root = root;
        this.interval = interval;
        this.last = scan();
    }

    @Override
    public Set<Path> take(Duration wait) throws InterruptedException, IOException {
        Thread.sleep(wait.compareTo(interval) < 0 ? wait : interval);
        Map<Path, String> now = scan();
        Set<Path> changed = new HashSet<>();
        for (Map.Entry<Path, String> e : now.entrySet()) {
            if (!Objects.equals(last.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (Path gone : last.keySet()) {
            if (!now.containsKey(gone)) {
                changed.add(gone);
            }
        }
        last = now;
        return changed;
    }

    private Map<Path, String> scan() throws IOException {
        Map<Path, String> seen = new HashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    // A directory counts when it appears or goes, not when its own time moves because an
                    // entry did (that entry is the change, as the watch service reports it).
                    seen.put(p, a.isDirectory() ? "d" : "f" + a.size() + "@" + a.lastModifiedTime().toMillis());
                } catch (IOException vanished) {
                    // gone between the listing and the stat: the next scan counts it as deleted
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return seen;
    }

    @Override
    public void close() {
        // nothing held between scans
    }
}
