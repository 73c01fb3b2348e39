package dev.syncopate.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * {@link SourceChanges} through the JDK's {@link WatchService} (inotify on Linux): every directory of
 * the tree is registered, and each new one as it appears, with what it already holds counted as changed
 * (it may have filled before it was registered). When the service overflows, events were lost: the
 * whole tree counts as changed once and the rest of the watch is done by {@link PolledTree}.
 *
 * <pre>{@code
 * try (SourceChanges changes = new WatchedTree(Path.of("/srv/inbox"))) { ... }
 * }</pre>
 */
final class WatchedTree implements SourceChanges {
    private final Path root;
    private final WatchService service;
    private PolledTree fallback;

    WatchedTree(Path root) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        try {
            registerTree(root, new HashSet<>());
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    @Override
    public Set<Path> take(Duration wait) throws InterruptedException, IOException {
        if (fallback != null) {
            return fallback.take(wait);
        }
        Set<Path> changed = new HashSet<>();
        WatchKey key;
        try {
            key = service.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            while (key != null) {
                if (!drain(key, changed)) {
                    return overflowed(changed);
                }
                key = service.poll();   // whatever else is already queued, without waiting
            }
        } catch (ClosedWatchServiceException e) {
            throw new IOException("the watch of " + root + " was closed", e);
        }
        return changed;
    }

    /** Adds the key's events to {@code changed}; false when it overflowed. */
    private boolean drain(WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                return false;
            }
            Path p = dir.resolve((Path) event.context());
            changed.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                registerTree(p, changed);
            }
        }
        key.reset();   // a deleted directory's key stays invalid, which is all there is to do for it
        return true;
    }

    private Set<Path> overflowed(Set<Path> changed) throws IOException {
        fallback = new PolledTree(root, PolledTree.INTERVAL);
        service.close();
        changed.add(root);
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(changed::add);   // unknown what changed: count it all, so the next pass runs
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return changed;
    }

    /** Registers {@code top} and every directory below it; entries below a new directory count as changed. */
    private void registerTree(Path top, Set<Path> changed) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.equals(top)) {
                    changed.add(p);
                }
                if (Files.isDirectory(p)) {
                    p.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
