package dev.syncopate.settings;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known name closest to a mistyped one, for messages such as
 * {@code unknown switch /MIRR (did you mean /MIR?)}.
 *
 * <pre>{@code
 * DidYouMean.closest("mirorr", List.of("mirror", "purge"));   // Optional[mirror]
 * DidYouMean.closest("zzz", List.of("mirror", "purge"));      // Optional.empty
 * }</pre>
 *
 * <p>Comparison ignores the case of ASCII letters. A suggestion is only made when it is close (one
 * edit for names of up to four letters, two for longer ones): a far-fetched guess misleads more
 * than it helps.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate, the first one listed on a tie, or empty when none is close enough. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = asciiUpper(typed);
        int limit = t.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, asciiUpper(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit && bestDistance > 0 ? Optional.of(best) : Optional.empty();
    }

    /** Upper case for ASCII letters only: {@code /mır} stays one letter away from {@code /MIR}, not equal to it. */
    private static String asciiUpper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
        return b.toString();
    }

    /** Optimal string alignment distance: Levenshtein plus swapping two neighbours ("mrior"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
