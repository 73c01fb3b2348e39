package dev.syncopate.secret;

import dev.syncopate.log.TextFilter;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret values a script has registered, and the mask that keeps them out of everything
 * Syncopate writes. Thread-safe: registering publishes a new immutable list of patterns.
 *
 * <pre>{@code
 * Secrets secrets = new Secrets();
 * secrets.register(System.getenv("NAS_PASSWORD"));
 * secrets.mask("login with hunter2");        // "login with ****"
 * PrintStream out = secrets.wrap(System.out);  // masks whole lines before they reach the terminal
 * }</pre>
 *
 * <p>Values of {@value #SUBSTRING_LENGTH} or more characters are masked wherever they occur, even
 * inside a longer word. Shorter values (a PIN such as {@code 42}) are masked only as whole tokens,
 * not next to a letter or digit: masking every {@code 42} inside {@code 1420 files} would garble
 * the log and, by the gaps, reveal the value anyway. Longer values are replaced first, so a
 * value that contains another is masked whole.
 */
public final class Secrets {
    /** The mask that replaces a secret. */
    public static final String MASK = dev.syncopate.remote.Credential.MASK;
    /** Values at least this long are masked anywhere; shorter ones only as whole tokens. */
    public static final int SUBSTRING_LENGTH = 4;

    private volatile List<Entry> entries = List.of();

    private record Entry(String value, Pattern pattern) {
    }

    /** Registers a value to mask; null and blank values are ignored, as are repeats. */
    public synchronized void register(String value) {
        if (value == null || value.isBlank() || values().contains(value)) {
            return;
        }
        String quoted = Pattern.quote(value);
        Pattern p = value.length() >= SUBSTRING_LENGTH ? Pattern.compile(quoted)
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])");
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(value, p));
        next.sort(Comparator.comparingInt((Entry e) -> e.value.length()).reversed());
        entries = List.copyOf(next);
    }

    /** The registered values, longest first. */
    List<String> values() {
        return entries.stream().map(Entry::value).toList();
    }

    /** {@code text} with every registered value replaced by {@code ****}; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Entry e : entries) {
            if (out.contains(e.value)) {
                out = e.pattern.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        return out;
    }

    /** The mask as an engine text filter, for {@code LogTargets.open}; it sees later registrations. */
    public TextFilter asFilter() {
        return this::mask;
    }

    /**
     * A stream that masks before writing to {@code out}. Text is held until a newline, so a
     * secret written in pieces is still masked; see {@link MaskingOutputStream} for flushes.
     * Closing the returned stream flushes it but leaves {@code out} open.
     */
    public PrintStream wrap(PrintStream out) {
        return new PrintStream(new MaskingOutputStream(out, this), true, out.charset());
    }

    /** The exception's message masked, or its simple class name when it has none. */
    public String maskedMessage(Throwable t) {
        if (t == null) {
            return "";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : mask(m);
    }

    /**
     * Length of the longest suffix of {@code text} that could be the start of a registered
     * value (a proper prefix of one): that much must be held back at a flush.
     */
    int pendingPrefix(String text) {
        int best = 0;
        for (Entry e : entries) {
            int max = Math.min(e.value.length() - 1, text.length());
            for (int n = max; n > best; n--) {
                if (text.regionMatches(text.length() - n, e.value, 0, n)) {
                    best = n;
                    break;
                }
            }
        }
        return best;
    }
}
