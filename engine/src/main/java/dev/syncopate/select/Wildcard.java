package dev.syncopate.select;

import java.util.Locale;

/**
 * A Robocopy wildcard: {@code *} any run of characters, {@code ?} one character, compared without
 * case as Robocopy does on every platform. {@code *.*} matches every name, dotted or not.
 *
 * <pre>{@code
 * new Wildcard("*.tmp").matches("REPORT.TMP");   // true
 * new Wildcard("*.*").matches("Makefile");       // true
 * }</pre>
 */
public final class Wildcard {
    private final String pattern;
    private final boolean matchAll;
    private final boolean literal;

    public Wildcard(String pattern) {
        this.pattern = pattern.toLowerCase(Locale.ROOT);
        this.matchAll = pattern.equals("*") || pattern.equals("*.*");
        this.literal = pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    public boolean matches(String text) {
        if (matchAll) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return literal ? pattern.equals(t) : glob(pattern, 0, t, 0);
    }

    // Iterative glob with single-star backtracking: linear in practice, no regex per name.
    private static boolean glob(String p, int pi, String t, int ti) {
        int star = -1, mark = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
