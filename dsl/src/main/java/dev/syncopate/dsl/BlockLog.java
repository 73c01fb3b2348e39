package dev.syncopate.dsl;

import org.codehaus.groovy.runtime.InvokerHelper;

import java.util.List;

/**
 * The log text of one {@code sync} block, as a result's {@code log}: has every String method, plus
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

    /** The last {@code n} lines (trailing blank lines not counted), joined with newlines. */
    public String tail(int n) {
        List<String> lines = getLines();
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        lines = lines.subList(0, end);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - Math.max(0, n)), lines.size()));
    }

    /** The lines, without line ends. */
    public List<String> getLines() {
        return text.lines().toList();
    }

    /** Any other String method: {@code log.startsWith(...)}, {@code log.readLines()}, ... */
    public Object methodMissing(String name, Object args) {
        return InvokerHelper.invokeMethod(text, name, args);
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
