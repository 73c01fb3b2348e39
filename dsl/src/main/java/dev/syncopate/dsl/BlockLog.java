package dev.syncopate.dsl;

import java.util.List;

/**
 * The log text of one {@code sync} block, as a result's {@code log}: usable as a string, plus
 * {@code tail(n)} for alerts. Very long logs keep their last megabyte (the summary is at the end).
 *
 * <pre>{@code
 * def docs = sync('docs') { ... }
 * if (docs.exitCode >= 8) println docs.log.tail(20)
 * }</pre>
 */
public final class BlockLog implements CharSequence {
    private final String text;

    BlockLog(String text) {
        this.text = text;
    }

    /** The last {@code n} lines, joined with newlines. */
    public String tail(int n) {
        List<String> lines = getLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - Math.max(0, n)), lines.size()));
    }

    /** The lines, without line ends. */
    public List<String> getLines() {
        return text.lines().toList();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
