package dev.syncopate.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both ways of seeing changes, on a real directory tree (inotify on Linux). */
class SourceChangesTest {
    @TempDir
    Path root;

    @Test
    void theWatchServiceSeesFilesInDirectoriesMadeAfterItStarted() throws Exception {
        Files.createDirectories(root.resolve("old"));
        try (SourceChanges changes = SourceChanges.open(root)) {
            assertTrue(changes instanceof WatchedTree, "inotify on Linux");
            Files.writeString(root.resolve("old/a.txt"), "a");
            Path fresh = Files.createDirectories(root.resolve("new/deeper"));
            Set<Path> seen = until(changes, Set.of(root.resolve("old/a.txt"), fresh));
            Files.writeString(fresh.resolve("b.txt"), "b");   // only seen if new/deeper was registered
            until(changes, Set.of(fresh.resolve("b.txt")));
            assertTrue(seen.contains(root.resolve("new")), seen.toString());
        }
    }

    @Test
    void pollingSeesCreatedModifiedAndDeletedEntries() throws Exception {
        Path kept = Files.writeString(root.resolve("kept.txt"), "1");
        Path gone = Files.writeString(root.resolve("gone.txt"), "x");
        try (SourceChanges changes = new PolledTree(root, Duration.ofMillis(10))) {
            assertEquals(Set.of(), changes.take(Duration.ofMillis(10)));
            Files.writeString(kept, "22");
            Files.delete(gone);
            Files.writeString(root.resolve("new.txt"), "n");
            assertEquals(Set.of(kept, gone, root.resolve("new.txt")), changes.take(Duration.ofMillis(10)));
            assertEquals(Set.of(), changes.take(Duration.ofMillis(10)));
        }
    }

    /** Takes changes until all of {@code expected} were seen, within 5 s. */
    private static Set<Path> until(SourceChanges changes, Set<Path> expected) throws InterruptedException, IOException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
            seen.addAll(changes.take(Duration.ofMillis(100)));
        }
        assertTrue(seen.containsAll(expected), "saw " + seen + ", expected " + expected);
        return seen;
    }
}
