package dev.syncopate.runstate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A script's lock and history files: one pair per real path. */
class RunFilesTest {
    @TempDir
    Path tmp;

    @Test
    void theFilesAreNamedAfterTheScriptAndAHashOfItsRealPath() throws IOException {
        Path script = Files.writeString(tmp.resolve("nightly.sync.groovy"), "");
        RunFiles f = RunFiles.of(tmp.resolve("state"), script);

        assertEquals(script.toRealPath(), f.script());
        assertEquals(tmp.resolve("state/runs"), f.lock().getParent());
        assertTrue(f.lock().getFileName().toString().matches("nightly\\.sync\\.groovy-[0-9a-f]{16}\\.lock"), f.lock().toString());
        assertEquals(f.lock().getFileName().toString().replace(".lock", ".history.jsonl"),
                f.journal().getFileName().toString());
    }

    @Test
    void aLinkOrAnotherRelativePathIsTheSameScript() throws IOException {
        Path script = Files.writeString(Files.createDirectories(tmp.resolve("etc")).resolve("nightly.sync.groovy"), "");
        Path link = Files.createSymbolicLink(tmp.resolve("link.sync.groovy"), script);
        Path roundabout = tmp.resolve("etc/../etc/./nightly.sync.groovy");

        RunFiles f = RunFiles.of(tmp, script);
        assertEquals(f, RunFiles.of(tmp, link));
        assertEquals(f, RunFiles.of(tmp, roundabout));
    }

    @Test
    void aScriptOfTheSameNameElsewhereIsAnother() throws IOException {
        Path a = Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("nightly.sync.groovy"), "");
        Path b = Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("nightly.sync.groovy"), "");
        assertNotEquals(RunFiles.of(tmp, a).lock(), RunFiles.of(tmp, b).lock());
    }

    @Test
    void aScriptThatDoesNotExistIsKeyedByItsAbsolutePath() {
        Path missing = tmp.resolve("x/../missing.sync.groovy");
        assertEquals(tmp.resolve("missing.sync.groovy").toAbsolutePath(), RunFiles.of(tmp, missing).script());
    }
}
