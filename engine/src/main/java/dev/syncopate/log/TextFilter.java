package dev.syncopate.log;

/**
 * Rewrites text on its way out: every log line, console line and JSON report string passes
 * through one, set up in {@link LogTargets#open}. This is where a secret mask plugs in.
 *
 * <pre>{@code
 * TextFilter mask = s -> s.replace(password, "****");
 * EventSink out = LogTargets.open(log, System.out, interactive, zone, clock, mask);
 * }</pre>
 */
@FunctionalInterface
public interface TextFilter {
    /** Leaves text alone. */
    TextFilter NONE = text -> text;

    /**
     * Replaces control characters other than tab with {@code ?}: a file name holding a newline
     * or an escape sequence must neither split a log line for parsers nor drive the terminal.
     */
    TextFilter CONTROL_CHARACTERS = text -> {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
            if (control) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, '?');
            }
        }
        return b == null ? text : b.toString();
    };

    String apply(String text);

    /** This filter, then {@code next}. */
    default TextFilter andThen(TextFilter next) {
        return text -> next.apply(apply(text));
    }
}
