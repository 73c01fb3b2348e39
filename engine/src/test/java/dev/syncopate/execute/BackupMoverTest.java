package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupMoverTest {
    @TempDir
    Path dir;

    @Test
    void keepCopyLinksTheOldFileAndLeavesItInPlace() throws IOException {
        Path dest = dir.resolve("dest");
        Path target = write(dest.resolve("a").resolve("b.txt"), "v1");
        BackupMover backup = new BackupMover(dest, dir.resolve("backup"));

        Path kept = backup.keepCopy(target);

        assertEquals(dir.resolve("backup").resolve("a").resolve("b.txt"), kept);
        assertTrue(Files.isSameFile(kept, target), "a hard link: no data copied");
        // the copy's atomic rename then replaces the name; the backup keeps the old inode
        Path temp = write(dest.resolve("a").resolve("new"), "v2");
        Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        assertEquals("v1", Files.readString(kept));
        assertEquals("v2", Files.readString(target));
    }

    @Test
    void takenNamesGetNumberedSuffixes() throws IOException {
        Path dest = dir.resolve("dest");
        Path target = write(dest.resolve("b.txt"), "v1");
        BackupMover backup = new BackupMover(dest, dir.resolve("backup"));

        Path first = backup.keepCopy(target);
        write(target, "v2");
        Path second = backup.moveAside(target);
        write(target, "v3");
        Path third = backup.moveAside(target);

        assertEquals("b.txt", first.getFileName().toString());
        assertEquals("b.txt.1", second.getFileName().toString());
        assertEquals("b.txt.2", third.getFileName().toString());
        assertEquals("v2", Files.readString(second));
        assertFalse(Files.exists(target));
    }

    @Test
    void moveAsideMovesWholeTrees() throws IOException {
        Path dest = dir.resolve("dest");
        write(dest.resolve("old").resolve("x").resolve("f"), "1");
        BackupMover backup = new BackupMover(dest, dir.resolve("backup"));

        Path moved = backup.moveAside(dest.resolve("old"));

        assertEquals("1", Files.readString(moved.resolve("x").resolve("f")));
        assertFalse(Files.exists(dest.resolve("old")));
    }

    @Test
    void acrossFileSystemsItCopiesKeepingTimes() throws IOException {
        try (FileSystem other = Jimfs.newFileSystem(Configuration.unix())) {
            Path dest = dir.resolve("dest");
            Path file = write(dest.resolve("a").resolve("f.txt"), "file");
            Path tree = dest.resolve("tree");
            write(tree.resolve("sub").resolve("g"), "deep");
            Files.createSymbolicLink(tree.resolve("link"), Path.of("sub/g"));
            FileTime old = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(file, old);
            Files.setLastModifiedTime(tree.resolve("sub"), old);
            BackupMover backup = new BackupMover(dest, other.getPath("/backup"));

            Path kept = backup.keepCopy(file);
            Path moved = backup.moveAside(tree);

            assertEquals("/backup/a/f.txt", kept.toString());
            assertEquals("file", Files.readString(kept));
            assertEquals(old, Files.getLastModifiedTime(kept));
            assertTrue(Files.exists(file), "keepCopy leaves the target");
            assertEquals("deep", Files.readString(moved.resolve("sub").resolve("g")));
            assertEquals(old, Files.getLastModifiedTime(moved.resolve("sub")));
            assertEquals("sub/g", Files.readSymbolicLink(moved.resolve("link")).toString());
            assertFalse(Files.exists(tree), "moveAside deletes the original");
        }
    }

    @Test
    void worksWithinJimfs() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path dest = fs.getPath("C:\\dest");
            Path target = write(dest.resolve("f"), "x");
            Path kept = new BackupMover(dest, fs.getPath("C:\\backups\\job")).keepCopy(target);
            assertEquals("C:\\backups\\job\\f", kept.toString());
            assertEquals("x", Files.readString(kept));
        }
    }

    @Test
    void onlyPathsUnderTheDestinationCanBeBackedUp() throws IOException {
        Path outside = write(dir.resolve("elsewhere"), "x");
        BackupMover backup = new BackupMover(dir.resolve("dest"), dir.resolve("backup"));
        assertThrows(IllegalArgumentException.class, () -> backup.keepCopy(outside));
        assertThrows(IllegalArgumentException.class, () -> backup.moveAside(dir.resolve("dest")));
    }

    private static Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
