package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;

import static dev.syncopate.execute.FileCopierTest.mtimeNanos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryMakerTest {
    private static final long MTIME = 1_500_000_000_000_000_001L;

    @Test
    void createsParentsAndAcceptsExistingDirectories(@TempDir Path dir) throws IOException {
        DirectoryMaker dirs = new DirectoryMaker(CopyFlags.DEFAULT_DIRS);
        Path deep = dir.resolve("a").resolve("b").resolve("c");
        dirs.create(deep);
        dirs.create(deep);
        assertTrue(Files.isDirectory(deep));
        Files.writeString(dir.resolve("file"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> dirs.create(dir.resolve("file")));
    }

    @Test
    void finishAppliesTimesAndModeAfterTheContents(@TempDir Path dir) throws IOException {
        DirectoryMaker dirs = new DirectoryMaker(CopyFlags.parse("DAT"));
        Path d = dir.resolve("d");
        dirs.create(d);
        Files.writeString(d.resolve("child"), "x"); // would have reset the time had it been set earlier

        dirs.finish(d, MTIME, 0750, -1);

        assertEquals(MTIME, mtimeNanos(d));
        assertEquals(0750, (Integer) Files.getAttribute(d, "unix:mode") & 07777);
    }

    @Test
    void theDefaultDcopyDaLeavesTimesAlone(@TempDir Path dir) throws IOException {
        Path d = dir.resolve("d");
        DirectoryMaker dirs = new DirectoryMaker(CopyFlags.DEFAULT_DIRS);
        dirs.create(d);
        dirs.finish(d, MTIME, 0700, -1);
        assertNotEquals(MTIME, mtimeNanos(d));
        assertEquals(0700, (Integer) Files.getAttribute(d, "unix:mode") & 07777);
    }

    @Test
    void dosAttributesOnWindows() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "dos").build())) {
            Path d = fs.getPath("C:\\dest\\hidden");
            DirectoryMaker dirs = new DirectoryMaker(CopyFlags.parse("DAT"));
            dirs.create(d);
            dirs.finish(d, MTIME, -1, Attribute.HIDDEN.bit());
            assertTrue(Files.readAttributes(d, DosFileAttributes.class).isHidden());
            assertEquals(MTIME, mtimeNanos(d));
        }
    }
}
