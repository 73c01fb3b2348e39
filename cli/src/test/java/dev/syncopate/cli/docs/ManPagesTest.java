package dev.syncopate.cli.docs;

import dev.syncopate.cli.CommandModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsciiDoc pages ManPageGenerator writes from the model; scripts/test-dist renders them with groff. */
class ManPagesTest {
    @TempDir
    Path dir;

    @Test
    void onePagePerCommand() throws Exception {
        List<String> names = ManPages.write(CommandModel.full(), dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("syncopate-check.adoc", "syncopate-history.adoc", "syncopate-robocopy.adoc",
                "syncopate-run.adoc", "syncopate-schedule.adoc", "syncopate.adoc"), names);
    }

    @Test
    void robocopyPageListsTheSwitchesAndRunPageItsOptions() throws Exception {
        ManPages.write(CommandModel.full(), dir);
        String robocopy = Files.readString(dir.resolve("syncopate-robocopy.adoc"));
        assertTrue(robocopy.contains("== Switches"), robocopy);
        for (String s : List.of("/MIR ", "/XF file", "/R:n", "/MAXDEL:n", "/CHECKSUM")) {
            assertTrue(robocopy.contains(s), s);
        }
        String run = Files.readString(dir.resolve("syncopate-run.adoc"));
        assertTrue(run.contains("--dry-run") && run.contains("--exit-codes"), run);
    }

    @Test
    void generateDocsWritesTheCompletionFirst() throws Exception {
        List<Path> written = GenerateDocs.write(dir.resolve("docs"));
        assertEquals(dir.resolve("docs/syncopate.bash"), written.get(0));
        assertTrue(Files.readString(written.get(0)).contains("complete -F _complete_syncopate"));
        assertEquals(7, written.size(), written.toString());
    }
}
