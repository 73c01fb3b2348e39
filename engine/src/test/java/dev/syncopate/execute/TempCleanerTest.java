package dev.syncopate.execute;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TempCleanerTest {
    private final String stale = TempNames.name("a.txt", 10, 1);
    private final String resumable = TempNames.name("b.txt", 20, 2);

    @Test
    void deletesStaleTempsAndKeepsResumableOnes(@TempDir Path dir) throws IOException {
        check(dir);
    }

    @Test
    void worksOnJimfs() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path dir = fs.getPath("C:\\dest");
            Files.createDirectories(dir);
            check(dir);
        }
    }

    private void check(Path dir) throws IOException {
        Files.writeString(dir.resolve(stale), "old");
        Files.writeString(dir.resolve(resumable), "half");
        Files.writeString(dir.resolve("user.txt"), "mine");

        int n = TempCleaner.clean(dir, List.of(stale, resumable, "user.txt", "gone" + stale), Set.of(resumable));

        assertEquals(1, n);
        assertFalse(Files.exists(dir.resolve(stale)));
        assertTrue(Files.exists(dir.resolve(resumable)));
        assertTrue(Files.exists(dir.resolve("user.txt")), "a name that is not a temp name is never deleted");
    }

    @Test
    void reportsTheFirstFailureAfterTryingTheRest(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(stale).resolve("inside")); // cannot be deleted as a file
        Files.writeString(dir.resolve(resumable), "x");

        assertThrows(DirectoryNotEmptyException.class,
                () -> TempCleaner.clean(dir, List.of(stale, resumable), Set.of()));
        assertFalse(Files.exists(dir.resolve(resumable)), "the second one is still deleted");
    }
}
