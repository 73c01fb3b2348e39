package dev.syncopate.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Windows command line the way the Microsoft C runtime does. {@code java.exe} on Windows
 * expands unquoted {@code *} and {@code ?} in its arguments against the current directory, so
 * {@code /XF *.tmp} could arrive as a list of files; the {@code .cmd} and {@code .ps1} wrappers
 * therefore also pass the raw line in an environment variable, and {@link Main} splits it here.
 *
 * <pre>{@code
 * WindowsCommandLine.split("robocopy \"C:\\My Data\" D:\\b /XF *.tmp");
 * // [robocopy, C:\My Data, D:\b, /XF, *.tmp]
 * }</pre>
 *
 * <p>Rules: blanks (space, tab) separate arguments outside quotes; {@code "} toggles quoting;
 * {@code ""} inside quotes is a literal quote; 2n backslashes before a quote give n backslashes
 * and the quote toggles, 2n+1 give n backslashes and a literal quote; other backslashes are
 * literal.
 */
final class WindowsCommandLine {
    private WindowsCommandLine() {
    }

    static String[] split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if ((c == ' ' || c == '\t') && !quoted) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
                i++;
                continue;
            }
            inArg = true;
            if (c == '\\') {
                int n = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    n++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(n / 2));
                    if (n % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(n));
                }
                continue;
            }
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        if (inArg) {
            args.add(current.toString());
        }
        return args.toArray(String[]::new);
    }
}
