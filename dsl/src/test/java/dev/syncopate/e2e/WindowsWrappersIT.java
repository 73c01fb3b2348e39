package dev.syncopate.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Static checks of the Windows wrappers, which no Linux test can run: each must hand the JVM's exit
 * code (Robocopy's bitmask) to Task Scheduler unchanged. {@code if errorlevel 1} is true for 1 to
 * 16 alike, and {@code %ERRORLEVEL%} inside a parenthesised block is expanded before the block
 * runs, so the java call must be a top-level line followed directly by {@code exit /b %ERRORLEVEL%}.
 */
class WindowsWrappersIT {
    private static final Path SCRIPTS = Launcher.REPO.resolve("scripts");

    @Test
    void cmdEndsTheJavaCallWithAnExactExitCodePassThrough() throws IOException {
        List<String> lines = lines("syncopate.cmd");
        int call = onlyLine(lines, l -> l.startsWith("\"%SYN_JAVA%\"") && l.contains(" dev.syncopate.cli.Main"));
        String java = lines.get(call);
        assertTrue(java.endsWith(" dev.syncopate.cli.Main %*"), "all arguments, nothing chained: " + java);
        assertEquals("exit /b %ERRORLEVEL%", lines.get(call + 1), "the line after the java call");
        assertEquals(0, parenDepth(lines.subList(0, call)), "the java call must not be inside a ( ) block");
    }

    @Test
    void cmdNeverCollapsesExitCodesAndFailsWith16() throws IOException {
        List<String> lines = lines("syncopate.cmd");
        int call = onlyLine(lines, l -> l.startsWith("\"%SYN_JAVA%\""));
        // Up to the pass-through: the launcher's own flow. After it: subroutines returning 0/1 to callers.
        for (String l : lines.subList(0, call + 2)) {
            String code = l.toLowerCase(Locale.ROOT);
            if (code.startsWith("rem ") || code.startsWith("::")) {
                continue;
            }
            Matcher exit = Pattern.compile("exit /b (\\S+)").matcher(code);
            while (exit.find()) {
                assertTrue(List.of("16", "%errorlevel%").contains(exit.group(1)), "launcher exit: " + l);
            }
        }
    }

    @Test
    void cmdHasWindowsLineEndings() throws IOException {
        // cmd.exe mis-finds labels (goto, call :sub) in files with bare LF line endings.
        String text = Files.readString(SCRIPTS.resolve("syncopate.cmd"), StandardCharsets.ISO_8859_1);
        assertFalse(text.replace("\r\n", "").contains("\n"), "syncopate.cmd has LF-only lines");
    }

    @Test
    void ps1ExitsWithTheJvmsExitCodeAndFailsWith16() throws IOException {
        List<String> lines = lines("syncopate.ps1");
        int call = onlyLine(lines, l -> l.startsWith("& $java ") && l.contains(" dev.syncopate.cli.Main"));
        assertTrue(lines.get(call).endsWith(" dev.syncopate.cli.Main @args"), lines.get(call));
        assertEquals("exit $LASTEXITCODE", lines.get(call + 1), "the line after the java call");
        for (String l : lines) {
            Matcher exit = Pattern.compile("(?i)\\bexit\\s+(\\S+)").matcher(l.replaceAll("#.*", ""));
            while (exit.find()) {
                assertTrue(List.of("16", "$LASTEXITCODE").contains(exit.group(1)), "exit code: " + l);
            }
        }
    }

    @Test
    void posixLauncherExecsTheJvmSoItsPidAndExitCodeAreJavas() throws IOException {
        List<String> lines = lines("syncopate");
        int call = onlyLine(lines, l -> l.startsWith("exec \"$SJ_JAVA\""));
        int end = call;
        while (lines.get(end).endsWith("\\")) {
            end++;
        }
        assertTrue(lines.get(end).endsWith(" dev.syncopate.cli.Main \"$@\""), lines.get(end));
        List<String> after = lines.subList(end + 1, lines.size()).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of(), after, "nothing may follow the exec");
    }

    private static List<String> lines(String script) throws IOException {
        return Files.readAllLines(SCRIPTS.resolve(script), StandardCharsets.UTF_8).stream().map(String::strip).toList();
    }

    private static int onlyLine(List<String> lines, java.util.function.Predicate<String> which) {
        int[] found = IntStream.range(0, lines.size()).filter(i -> which.test(lines.get(i))).toArray();
        assertEquals(1, found.length, "expected exactly one java call line");
        return found[0];
    }

    /** Open ( blocks before a line, ignoring comments and quoted text. */
    private static int parenDepth(List<String> lines) {
        int depth = 0;
        for (String l : lines) {
            if (l.toLowerCase(Locale.ROOT).startsWith("rem ") || l.startsWith("::") || l.startsWith("echo ")) {
                continue;
            }
            boolean quoted = false;
            for (char c : l.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                }
            }
        }
        return depth;
    }
}
