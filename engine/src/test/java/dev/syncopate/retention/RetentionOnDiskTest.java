package dev.syncopate.retention;

import dev.syncopate.execute.Chattr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Retention and snapshots on the real file system: links, hard-linked snapshots, a folder that refuses. */
class RetentionOnDiskTest {
    private static final String STAMP = "yyyyMMdd_HHmmss";
    private static final Instant NOW = Instant.parse("2026-11-08T23:00:05Z");

    @TempDir
    Path dir;

    @Test
    void linksAreNeitherFollowedNorDeleted() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("docs"));
        Path precious = Files.createDirectories(dir.resolve("elsewhere/20200101_000000"));
        Files.writeString(precious.resolve("keep.txt"), "not a backup");
        Path link = Files.createSymbolicLink(parent.resolve("20200101_000000"), precious);
        Path old = Files.createDirectories(parent.resolve("20261101_230000"));
        // A link inside an old folder is removed as a link; what it points to stays.
        Files.createSymbolicLink(old.resolve("to-precious"), precious);
        Files.createDirectories(parent.resolve("20261108_230000"));

        RetentionResult result = Retention.apply(Retention.plan(parent, STAMP, 1, null, NOW, ZoneOffset.UTC), false);

        assertEquals(List.of("Removed old folder " + old), result.lines());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("not a backup", Files.readString(precious.resolve("keep.txt")));
        assertFalse(Files.exists(old));
    }

    @Test
    void removingAnOldSnapshotLeavesTheFilesItSharesWithNewerOnes() throws IOException {
        Path into = Files.createDirectories(dir.resolve("snap"));
        Path first = Files.createDirectories(into.resolve("20261101_230000"));
        Path shared = Files.writeString(first.resolve("big.iso"), "unchanged for weeks");
        Path second = Files.createDirectories(into.resolve("20261108_230000"));
        Files.createLink(second.resolve("big.iso"), shared);

        assertEquals(first, Snapshots.newestBefore(into, STAMP, "20261108_230000"));
        Retention.apply(Retention.plan(into, STAMP, 1, null, NOW, ZoneOffset.UTC), false);

        assertFalse(Files.exists(first));
        assertEquals("unchanged for weeks", Files.readString(second.resolve("big.iso")));
        assertEquals(1, Files.getAttribute(second.resolve("big.iso"), "unix:nlink"));
    }

    @Test
    void aFolderThatCannotBeDeletedIsReportedAndTheOthersStillGo() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("docs"));
        Path stuck = Files.createDirectories(parent.resolve("20261101_230000/sub"));
        Path locked = Files.writeString(stuck.resolve("locked.txt"), "x");
        Path next = Files.createDirectories(parent.resolve("20261102_230000"));
        Files.createDirectories(parent.resolve("20261108_230000"));
        assumeTrue(Chattr.immutable(locked, true), "chattr not available");
        try {
            RetentionResult result = Retention.apply(Retention.plan(parent, STAMP, 1, null, NOW, ZoneOffset.UTC),
                    false);

            assertEquals(List.of(
                    "Could not remove old folder " + parent.resolve("20261101_230000")
                            + ": Access is denied. (Operation not permitted) (" + locked + ")",
                    "Removed old folder " + next), result.lines());
            assertFalse(result.ok());
            FileSystemException first = (FileSystemException) result.failures().getFirst();
            assertEquals(locked.toString(), first.getFile());
            assertTrue(Files.exists(locked));
            assertFalse(Files.exists(next));
        } finally {
            Chattr.immutable(locked, false);
        }
    }

    @Test
    void snapshotsFindTheNewestOtherFolder() throws IOException {
        Path into = dir.resolve("snap");
        assertNull(Snapshots.newestBefore(into, STAMP, "20261108_230000"), "no folder yet: a full first copy");

        Files.createDirectories(into.resolve("20261108_230000"));
        assertNull(Snapshots.newestBefore(into, STAMP, "20261108_230000"), "only this run's own folder");

        Files.createDirectories(into.resolve("20261106_230000"));
        Files.createDirectories(into.resolve("20261107_230000"));
        Files.createDirectories(into.resolve("20261107_230000-manual"));
        Files.createDirectories(into.resolve("latest"));
        Files.createSymbolicLink(into.resolve("20261107_235959"), into.resolve("20261106_230000"));
        Files.writeString(into.resolve("20261107_235958"), "a file");

        assertEquals(into.resolve("20261107_230000"), Snapshots.newestBefore(into, STAMP, "20261108_230000"));
        assertEquals(into.resolve("20261108_230000"), Snapshots.newestBefore(into, STAMP, "20261109_230000"));
    }

}
