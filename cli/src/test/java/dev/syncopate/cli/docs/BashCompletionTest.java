package dev.syncopate.cli.docs;

import dev.syncopate.cli.CommandModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated script in bash's real completion machinery: COMP_WORDS in, COMPREPLY out. */
class BashCompletionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "syncopate ro|robocopy",
        "syncopate s|schedule",
        "syncopate robocopy a b /MI|/MIR /MIN: /MINAGE: /MINLAD:",
        "syncopate robocopy a b /mi|/MIR /MIN: /MINAGE: /MINLAD:",
        "syncopate robocopy a b /LOG|/LOG: /LOG+:",
        "syncopate robocopy a b /XF|/XF",
        "syncopate robocopy --he|--help",
        "syncopate run --dr|--dry-run",
        "syncopate run --exit|--exit-codes",
        "syncopate --vers|--version",
    })
    void offers(String line, String expected) throws Exception {
        assertEquals(List.of(expected.split(" ")), complete(line));
    }

    @Test
    void robocopyOffersFilesToo() throws Exception {
        Files.createDirectory(dir.resolve("source-dir"));
        assertEquals(List.of("source-dir"), complete("syncopate robocopy sou"));
    }

    @Test
    void everySwitchOfTheTableIsOffered() throws Exception {
        List<String> all = complete("syncopate robocopy a b /");
        assertTrue(all.containsAll(List.of("/S", "/E", "/MIR", "/R:", "/W:", "/MT", "/MT:", "/JSON:", "/MAXDEL:")), all.toString());
        assertFalse(all.contains("/?"), "help is an option, not a switch offered after /: " + all);
    }

    /** Sources the script into a bash, sets the words as readline would, calls the completion function. */
    private List<String> complete(String line) throws IOException, InterruptedException {
        Path script = dir.resolve("syncopate.bash");
        Files.writeString(script, BashCompletion.script(CommandModel.full()));
        String driver = "source \"$1\"; COMP_LINE=\"$2\"; read -ra COMP_WORDS <<<\"$2\";"
                + " COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_POINT=${#COMP_LINE}; COMPREPLY=();"
                + " _complete_syncopate 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", driver, "bash", script.toString(), line)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, p.exitValue(), out);
        return Arrays.stream(out.split("\n")).filter(s -> !s.isEmpty()).toList();
    }
}
