package dev.syncopate.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Static checks of the Windows wrappers, which no Linux test can run: each must hand the JVM's exit
 * code (Robocopy's bitmask) to Task Scheduler unchanged. {@code if errorlevel 1} is true for 1 to
 * 16 alike, and {@code %ERRORLEVEL%} inside a parenthesised block is expanded before the block
 * runs, so the java call must be a top-level line followed directly by {@code exit /b %ERRORLEVEL%}.
 * Both must also find Java as scripts/find-java.sh does (JAVA_HOME, PATH, then the install roots),
 * with the same roots in the same order as each other.
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
        assertTrue(text.endsWith("\r\n"), "the last line ends with CRLF too");
        // git stores it with LF; this attribute is what checks it out with CRLF in every clone
        List<String> attributes = Files.readAllLines(Launcher.REPO.resolve(".gitattributes"));
        assertTrue(attributes.stream().map(String::strip).anyMatch("*.cmd text eol=crlf"::equals), ".gitattributes");
    }

    /** Default Java search roots, in order, as VARIABLE\path (scripts/find-java.sh's Windows twin). */
    private static final List<String> ROOTS = List.of(
            "ProgramFiles\\Java", "ProgramFiles\\Eclipse Adoptium", "ProgramFiles\\Microsoft", "ProgramFiles\\Zulu",
            "ProgramFiles\\Amazon Corretto", "ProgramFiles\\BellSoft", "ProgramFiles\\Semeru",
            "LOCALAPPDATA\\Programs\\Eclipse Adoptium", "USERPROFILE\\.jdks");

    @Test
    void bothWrappersSearchTheSameRootsInTheSameOrder() throws IOException {
        // cmd: set "SYN_ROOTS=%ProgramFiles%\Java;..." and appends; the first one takes SYNCOPATE_JAVA_SEARCH
        List<String> cmdLines = lines("syncopate.cmd").stream()
                .filter(l -> l.contains("set \"SYN_ROOTS=") && !l.contains("%SYNCOPATE_JAVA_SEARCH%")).toList();
        List<String> cmd = matches(cmdLines, "%(\\w+)%\\\\([^;\"%]+)").stream()
                .filter(r -> !r.startsWith("SYN_ROOTS\\")).toList();
        // ps1: "$env:ProgramFiles\Java", ... in the else branch after SYNCOPATE_JAVA_SEARCH
        List<String> ps1Lines = lines("syncopate.ps1");
        int from = onlyLine(ps1Lines, l -> l.startsWith("if ($env:SYNCOPATE_JAVA_SEARCH)"));
        int to = from + 1;
        while (!ps1Lines.get(to).equals("}")) {
            to++;
        }
        List<String> ps1 = matches(ps1Lines.subList(from, to), "\"\\$env:(\\w+)\\\\([^\"]+)\"");
        assertEquals(ROOTS, cmd, "syncopate.cmd roots");
        assertEquals(ROOTS, ps1, "syncopate.ps1 roots");
        // per-user roots only when the variable is set (unset, "%X%\.jdks" is "\.jdks" on the current drive)
        for (String perUser : List.of("LOCALAPPDATA", "USERPROFILE")) {
            assertTrue(cmdLines.stream().filter(l -> l.contains("%" + perUser + "%"))
                    .allMatch(l -> l.startsWith("if defined " + perUser + " ")), perUser + " in syncopate.cmd");
            assertTrue(ps1Lines.subList(from, to).stream().filter(l -> l.contains("$env:" + perUser + "\\"))
                    .allMatch(l -> l.startsWith("if ($env:" + perUser + ") ")), perUser + " in syncopate.ps1");
        }
    }

    @Test
    void allThreeLaunchersTryJavaHomeThenPathThenTheRoots() throws IOException {
        assertInOrder("find-java.sh", "_sj_check \"$JAVA_HOME/bin/java\"", "command -v java", "for _sj_root in ");
        assertInOrder("syncopate.cmd", "call :consider \"%JAVA_HOME%\\bin\\java.exe\"", "%%~$PATH:J",
                "do call :root ");
        assertInOrder("syncopate.ps1", "Select-Java (Join-Parts $env:JAVA_HOME", "$cmd = Get-Command $exe",
                "foreach ($root in $roots)");
    }

    @Test
    void bothWrappersHonourSyncopateJavaSearchAndMinJava() throws IOException {
        List<String> cmd = lines("syncopate.cmd");
        List<String> ps1 = lines("syncopate.ps1");
        // SYNCOPATE_JAVA_SEARCH replaces the list: cmd splits it on ';', ps1 on the path separator (';' on Windows)
        int search = onlyLine(cmd, l -> l.equals("set \"SYN_ROOTS=%SYNCOPATE_JAVA_SEARCH%\""));
        assertEquals("if defined SYN_ROOTS goto search", cmd.get(search + 1));
        int defaults = onlyLine(cmd, l -> l.startsWith("set \"SYN_ROOTS=%ProgramFiles%"));
        int label = onlyLine(cmd, ":search"::equals);
        int loop = onlyLine(cmd, l -> l.startsWith("for %%R in (\"%SYN_ROOTS:;=\" \"%\") do "));
        assertTrue(search < defaults && defaults < label && label < loop, "the given roots skip the defaults");
        onlyLine(ps1, l -> l.equals("$roots = @($env:SYNCOPATE_JAVA_SEARCH -split $sep)"));
        onlyLine(ps1, l -> l.equals("$sep = [IO.Path]::PathSeparator"));

        // SYNCOPATE_MIN_JAVA, with the POSIX launcher's default, is the one minimum: no literal 21 elsewhere
        Matcher posix = Pattern.compile("\\$\\{SYNCOPATE_MIN_JAVA:-(\\d+)}")
                .matcher(Files.readString(SCRIPTS.resolve("find-java.sh")));
        assertTrue(posix.find(), "find-java.sh's default minimum");
        String min = posix.group(1);
        onlyLine(cmd, l -> l.equals("set \"SYN_MIN=" + min + "\""));
        onlyLine(cmd, l -> l.equals("if defined SYNCOPATE_MIN_JAVA set /a \"SYN_MIN=SYNCOPATE_MIN_JAVA\" 2>nul"));
        onlyLine(cmd, l -> l.equals("if %SYN_MAJOR% LSS %SYN_MIN% exit /b 0"));
        onlyLine(ps1, l -> l.equals("$minJava = " + min));
        onlyLine(ps1, l -> l.equals("if ($env:SYNCOPATE_MIN_JAVA) { $minJava = [int]$env:SYNCOPATE_MIN_JAVA }"));
        onlyLine(ps1, l -> l.contains("$k[0] -ge $minJava"));
        assertEquals(List.of(), Stream.concat(code(cmd), code(ps1))
                .filter(l -> l.matches(".*\\b(LSS|GEQ|-ge|-lt) \\d.*")).toList(), "a hard-coded minimum");
    }

    @Test
    void bothWrappersSayWhatTheySearchedInThePosixLaunchersWords() throws IOException {
        Matcher posix = Pattern.compile("die \"(no Java \\d+ or newer found \\(set JAVA_HOME\\))\"")
                .matcher(Files.readString(SCRIPTS.resolve("syncopate")));
        assertTrue(posix.find(), "scripts/syncopate's message");
        String expected = "syncopate: " + posix.group(1).replaceFirst("\\d+", "MIN")
                + "; searched JAVA_HOME, PATH and \"ROOTS\"";
        List<String> cmd = lines("syncopate.cmd");
        String cmdMessage = cmd.get(onlyLine(cmd, l -> l.startsWith("echo syncopate: no Java ")))
                .replaceFirst("^echo ", "").replaceFirst(" 1>&2$", "")
                .replace("%SYN_MIN%", "MIN").replace("%SYN_ROOTS%", "ROOTS");
        List<String> ps1 = lines("syncopate.ps1");
        String ps1Message = ps1.get(onlyLine(ps1, l -> l.contains("\"syncopate: no Java ")))
                .replaceFirst("^\\[Console]::Error\\.WriteLine\\(\"", "").replaceFirst("\"\\)$", "")
                .replace("$minJava", "MIN").replace("\"\"$searched\"\"", "\"ROOTS\"");
        assertEquals(expected, cmdMessage, "syncopate.cmd");
        assertEquals(expected, ps1Message, "syncopate.ps1");
        onlyLine(ps1, l -> l.equals("$searched = $roots -join $sep"));
    }

    @Test
    void cmdNeverExpandsAVariableInTheBlockThatSetsIt() throws IOException {
        assertEquals(List.of(), BlockExpansion.problems(lines("syncopate.cmd")));
    }

    @Test
    void theBlockExpansionCheckerFindsTheClassicBugs() {
        assertNotEquals(List.of(), BlockExpansion.problems(List.of(
                "for %%F in (*.txt) do (", "set \"LAST=%%F\"", "echo %LAST%", ")")), "set, then read in the block");
        assertNotEquals(List.of(), BlockExpansion.problems(List.of("set \"A=1\" & echo %A%")), "on one line");
        assertNotEquals(List.of(), BlockExpansion.problems(List.of("for %%F in (*) do set \"ALL=%ALL% %%F\"")),
                "appending in a loop reads the value from before the loop");
        assertNotEquals(List.of(), BlockExpansion.problems(List.of(
                "if exist x (", "    call :sub %ProgramFiles%\\Java", ")")), "C:\\Program Files (x86) ends the block");
        assertNotEquals(List.of(), BlockExpansion.problems(List.of("for /d %%D in (%~1\\*) do echo %%D")),
                "an unquoted argument in a for list");
        assertEquals(List.of(), BlockExpansion.problems(List.of(
                "rem set \"A=1\" & echo %A%",
                "if \"%A:~-1%\"==\"\\\" set \"A=%A%.\"",
                "set \"A=%A%;x\"",
                "for %%R in (\"%ROOTS:;=\" \"%\") do call :root \"%%~R\"",
                "for /f \"tokens=3\" %%V in ('call \"%~1\" -version 2^>^&1 ^| findstr version') do (",
                "    if not defined V set \"V=%%~V\"",
                ")",
                "echo done (%A%) 1>&2")));
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

    /** Every match of {@code regex} in the lines, as group(1) + "\\" + group(2). */
    private static List<String> matches(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<String> found = new ArrayList<>();
        for (String l : lines) {
            Matcher m = pattern.matcher(l);
            while (m.find()) {
                found.add(m.group(1) + "\\" + m.group(2));
            }
        }
        return found;
    }

    private static void assertInOrder(String script, String... steps) throws IOException {
        List<String> lines = lines(script);
        int previous = -1;
        for (String step : steps) {
            int at = onlyLine(lines, l -> l.contains(step));
            assertTrue(at > previous, script + ": \"" + step + "\" comes too early");
            previous = at;
        }
    }

    /** Lines that are code: no comments (rem, ::, #). */
    private static Stream<String> code(List<String> lines) {
        return lines.stream().filter(l -> !l.toLowerCase(Locale.ROOT).startsWith("rem ") && !l.startsWith("::")
                && !l.startsWith("#"));
    }

    private static List<String> lines(String script) throws IOException {
        return Files.readAllLines(SCRIPTS.resolve(script), StandardCharsets.UTF_8).stream().map(String::strip).toList();
    }

    private static int onlyLine(List<String> lines, java.util.function.Predicate<String> which) {
        int[] found = IntStream.range(0, lines.size()).filter(i -> which.test(lines.get(i))).toArray();
        assertEquals(1, found.length, "expected exactly one such line");
        return found[0];
    }

    /** Open ( blocks before a line, ignoring comments and quoted text. */
    private static int parenDepth(List<String> lines) {
        return code(lines).filter(l -> !l.startsWith("echo ")).mapToInt(BlockExpansion::parens).sum();
    }

    /**
     * cmd.exe expands {@code %VAR%} when it reads a command line, and a line with an open ( block goes
     * on to the block's last line: all of it is expanded once, before any of it runs. With delayed
     * expansion off, a variable set in such a unit reads as its old value anywhere after the set, and
     * anywhere in a for loop's body. And an expansion inside ( ) must be quoted, or the ")" of
     * "C:\Program Files (x86)" ends the block. A checker of those two rules, not a cmd parser: it
     * knows quotes, ^ escapes, %% and %~1 / %* arguments, and skips rem, :: and labels.
     */
    static final class BlockExpansion {
        private static final Pattern SET = Pattern.compile("(?i)\\bset\\s+(?:/[ap]\\s+)?(\"?)([^\\s=\"()]+)=");
        private static final Pattern ARG = Pattern.compile("%(~[a-zA-Z]*)?[0-9*]");
        private static final Pattern LOOP_DO = Pattern.compile("(?i)\\bfor\\b.*?%%~?\\w.*?\\sdo\\s");

        private record Ref(String name, String text, int at, boolean quoted, int depth) {}

        static List<String> problems(List<String> lines) {
            List<String> problems = new ArrayList<>();
            StringBuilder unit = new StringBuilder();
            int first = 0;
            int depth = 0;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                String lower = l.toLowerCase(Locale.ROOT);
                boolean skipped = l.isEmpty() || l.startsWith(":") || lower.equals("rem") || lower.startsWith("rem ");
                if (unit.isEmpty() && skipped) {
                    continue;
                }
                if (unit.isEmpty()) {
                    first = i + 1;
                }
                unit.append(l).append('\n');
                if (!lower.startsWith("echo ") && !lower.startsWith("rem ")) {
                    depth += parens(l);
                }
                if (depth <= 0 && !l.endsWith("^")) {
                    check(first, unit.toString(), problems);
                    unit.setLength(0);
                    depth = 0;
                }
            }
            if (!unit.isEmpty()) {
                problems.add("line " + first + ": a ( block is never closed");
            }
            return problems;
        }

        /** Net ( minus ) outside quotes in one line. */
        private static int parens(String line) {
            return scan(line, new ArrayList<>());
        }

        private static void check(int first, String unit, List<String> problems) {
            List<Ref> refs = new ArrayList<>();
            scan(unit, refs);
            Matcher loop = LOOP_DO.matcher(unit);
            int body = loop.find() ? loop.end() : Integer.MAX_VALUE;
            // echo's own ( ) are text, not a block (and a top-level echo is its own unit)
            boolean echo = unit.toLowerCase(Locale.ROOT).startsWith("echo ");
            for (Ref r : refs) {
                if (r.depth > 0 && !r.quoted && !echo) {
                    problems.add("line " + first + ": unquoted " + r.text + " inside ( ): " + unit.strip());
                }
            }
            Matcher set = SET.matcher(unit);
            while (set.find()) {
                if (set.start() > 0 && Character.isLetterOrDigit(unit.charAt(set.start() - 1))) {
                    continue;
                }
                String name = set.group(2).toLowerCase(Locale.ROOT);
                int end = setEnd(unit, set.end(), !set.group(1).isEmpty());
                for (Ref r : refs) {
                    boolean inLoop = set.start() >= body && r.at >= body;
                    if (r.name.toLowerCase(Locale.ROOT).equals(name) && (r.at > end || inLoop)) {
                        problems.add("line " + first + ": " + r.text + " is read where it is set: " + unit.strip());
                    }
                }
            }
        }

        /** Where a set command's value ends: its closing quote, or the next &, |, ) or line end. */
        private static int setEnd(String unit, int from, boolean quoted) {
            for (int i = from; i < unit.length(); i++) {
                char c = unit.charAt(i);
                if (quoted ? c == '"' : c == '&' || c == '|' || c == ')' || c == '\n') {
                    return i;
                }
            }
            return unit.length();
        }

        /**
         * Adds the %VAR%, %VAR:...% and argument (%1, %~dp0, %*) expansions in text to refs, each with
         * the quote state and ( depth where it starts; returns the net ( depth after the text.
         */
        private static int scan(String text, List<Ref> refs) {
            boolean quoted = false;
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    quoted = false;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == '^' && !quoted) {
                    i++;
                } else if (c == '(' && !quoted) {
                    depth++;
                } else if (c == ')' && !quoted) {
                    depth--;
                } else if (c == '%' && i + 1 < text.length()) {
                    Matcher arg = ARG.matcher(text).region(i, text.length());
                    int close = text.indexOf('%', i + 1);
                    int line = text.indexOf('\n', i);
                    if (text.charAt(i + 1) == '%') {
                        i++;                                  // %%F or a literal %
                    } else if (arg.lookingAt()) {
                        String ref = text.substring(i, arg.end());
                        refs.add(new Ref(ref.substring(1), ref, i, quoted, depth));
                        i = arg.end() - 1;
                    } else if (close > i + 1 && (line < 0 || close < line)) {
                        // the expansion is opaque: quotes in %X:;=" "% are the value's, not the line's
                        String name = text.substring(i + 1, close).split(":", 2)[0];
                        refs.add(new Ref(name, text.substring(i, close + 1), i, quoted, depth));
                        i = close;
                    }
                }
            }
            return depth;
        }
    }
}
