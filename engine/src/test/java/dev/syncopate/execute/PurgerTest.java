package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static dev.syncopate.execute.FileCopierTest.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PurgerTest {

    @Test
    void deletesFilesAndTrees(@TempDir Path dir) throws IOException {
        check(dir);
    }

    @Test
    void worksOnJimfs() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            check(Files.createDirectories(fs.getPath("C:\\dest")));
        }
    }

    private void check(Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("extra.txt"), "x");
        Path tree = dir.resolve("old");
        Files.createDirectories(tree.resolve("a").resolve("b"));
        Files.writeString(tree.resolve("a").resolve("b").resolve("f1"), "1");
        Files.writeString(tree.resolve("f2"), "2");
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertEquals(1, Purger.delete(file));
        assertEquals(5, Purger.delete(tree)); // old, a, b, f1, f2
        assertEquals(1, Purger.delete(empty));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void linksAreDeletedNeverFollowed(@TempDir Path dir) throws IOException {
        Path keep = Files.createDirectories(dir.resolve("keep"));
        Files.writeString(keep.resolve("precious"), "x");
        Path linkToDir = Files.createSymbolicLink(dir.resolve("link"), keep);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("inner-link"), keep);
        Files.writeString(tree.resolve("f"), "y");

        assertEquals(1, Purger.delete(linkToDir));
        assertEquals(3, Purger.delete(tree));

        assertFalse(Files.exists(linkToDir, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(tree));
        assertTrue(Files.exists(keep.resolve("precious")), "a link's target is never touched");
    }

    @Test
    void aMissingExtraIsReported(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> Purger.delete(dir.resolve("gone")));
    }

    @Test
    void deletesWhatItCanAndThrowsTheFirstFailure(@TempDir Path dir) throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path stuck = Files.writeString(tree.resolve("a-stuck"), "x");
        Path other = Files.writeString(tree.resolve("b-other"), "y");
        assumeTrue(Chattr.immutable(stuck, true), "chattr +i unavailable");
        try {
            IOException e = assertThrows(IOException.class, () -> Purger.delete(tree));
            assertTrue(e.getMessage().contains("a-stuck"), e.getMessage());
            assertFalse(Files.exists(other), "the rest of the tree is still deleted");
            assertTrue(Files.exists(stuck));
        } finally {
            Chattr.immutable(stuck, false);
        }
    }
}
