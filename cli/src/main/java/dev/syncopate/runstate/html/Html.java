package dev.syncopate.runstate.html;

/**
 * Text as HTML and SVG content or attribute values: {@code &}, {@code <}, {@code >} and both quotes
 * escaped. A note in the journal is a script's error message and may hold anything.
 *
 * <pre>{@code
 * Html.escape("a <b> & \"c\"");   // a &lt;b&gt; &amp; &quot;c&quot;
 * }</pre>
 */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
