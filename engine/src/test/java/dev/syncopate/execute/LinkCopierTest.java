package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.options.CopyFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.List;

import static dev.syncopate.execute.FileCopierTest.list;
import static dev.syncopate.execute.FileCopierTest.mtimeNanos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCopierTest {
    private static final long MTIME = 1_600_000_000_987_654_321L;

    @Test
    void recreatesTheLinkWithItsOwnTime(@TempDir Path dir) throws IOException {
        check(dir);
    }

    @Test
    void worksOnJimfs() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            check(Files.createDirectories(fs.getPath("/work")));
        }
    }

    private void check(Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path dst = Files.createDirectories(dir.resolve("dst"));
        Files.writeString(src.resolve("real.txt"), "data");
        Files.createSymbolicLink(src.resolve("rel"), dir.getFileSystem().getPath("real.txt"));
        Files.createSymbolicLink(src.resolve("dangling"), dir.getFileSystem().getPath("nowhere", "at", "all"));
        Files.writeString(dst.resolve("rel"), "a file that becomes a link");

        LinkCopier links = new LinkCopier(CopyFlags.DEFAULT_FILES);
        links.copy(src.resolve("rel"), dst.resolve("rel"), MTIME);
        links.copy(src.resolve("dangling"), dst.resolve("dangling"), MTIME);

        assertTrue(Files.isSymbolicLink(dst.resolve("rel")));
        assertEquals("real.txt", Files.readSymbolicLink(dst.resolve("rel")).toString(), "the text, verbatim");
        assertEquals("nowhere/at/all", Files.readSymbolicLink(dst.resolve("dangling")).toString());
        assertEquals(MTIME, mtimeNanos(dst.resolve("rel")), "the link's own time, not its target's");
        assertEquals(List.of(dst.resolve("dangling"), dst.resolve("rel")), list(dst));
    }

    @Test
    void aLeftoverTempLinkIsReplaced(@TempDir Path dir) throws IOException {
        Path src = Files.createSymbolicLink(dir.resolve("l"), Path.of("x"));
        Path dst = dir.resolve("l2");
        Files.createSymbolicLink(TempNames.path(dst, 0, MTIME), Path.of("stale"));

        new LinkCopier(CopyFlags.DEFAULT_FILES).copy(src, dst, MTIME);

        assertEquals("x", Files.readSymbolicLink(dst).toString());
        assertEquals(List.of(src, dst), list(dir));
    }

    @Test
    void notALinkFailsWithoutLeavingAnything(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThrows(NotLinkException.class,
                () -> new LinkCopier(CopyFlags.DEFAULT_FILES).copy(file, dir.resolve("g"), MTIME));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aFailedRenameRemovesTheTempLink(@TempDir Path dir) throws IOException {
        Path src = Files.createSymbolicLink(dir.resolve("l"), Path.of("x"));
        Path dst = Files.createDirectories(dir.resolve("d").resolve("full")).getParent();

        assertThrows(IOException.class, () -> new LinkCopier(CopyFlags.DEFAULT_FILES).copy(src, dst, MTIME));

        assertFalse(Files.exists(TempNames.path(dst, 0, MTIME), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isDirectory(dst.resolve("full")));
    }
}
