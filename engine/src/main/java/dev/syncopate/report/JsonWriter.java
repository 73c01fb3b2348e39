package dev.syncopate.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A minimal JSON writer for the engine, which may not depend on a JSON library: objects, arrays,
 * strings, numbers, booleans and null, indented by two spaces. Misuse (a value without a name in
 * an object, unbalanced ends) throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * JsonWriter w = new JsonWriter();
 * w.beginObject().name("exitCode").value(1).name("errors").beginArray().endArray().endObject();
 * w.toString();   // {\n  "exitCode": 1,\n  "errors": []\n}\n
 * }</pre>
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** The open containers, innermost first. */
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean done;

    /** An open object or array: how many members it has, and whether a name awaits its value. */
    private static final class Frame {
        final boolean object;
        int members;
        boolean named;

        Frame(boolean object) {
            this.object = object;
        }
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        stack.push(new Frame(true));
        return this;
    }

    public JsonWriter endObject() {
        return end(true, '}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        stack.push(new Frame(false));
        return this;
    }

    public JsonWriter endArray() {
        return end(false, ']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        Frame f = stack.peek();
        if (f == null || !f.object || f.named) {
            throw new IllegalStateException("a name belongs in an object, before its value");
        }
        separate(f);
        quote(name, out);
        out.append(": ");
        f.named = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        quote(s, out);
        return afterScalar();
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return afterScalar();
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return afterScalar();
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return afterScalar();
    }

    /** The document, once complete. */
    @Override
    public String toString() {
        if (!done) {
            throw new IllegalStateException("the document is not complete");
        }
        return out + "\n";
    }

    /**
     * Appends {@code s} as a JSON string. Escapes quotes, backslashes and every control
     * character; also U+2028 and U+2029, which JavaScript once read as line ends, and unpaired
     * surrogates, which no encoder can write as UTF-8.
     */
    public static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pairedHigh) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the document is already complete");
        }
        Frame f = stack.peek();
        if (f == null) {
            return;
        }
        if (f.object) {
            if (!f.named) {
                throw new IllegalStateException("a value in an object needs a name first");
            }
            f.named = false;
            f.members++;
        } else {
            separate(f);
            f.members++;
        }
    }

    /** A scalar at the top level is a whole document. */
    private JsonWriter afterScalar() {
        done = stack.isEmpty();
        return this;
    }

    /** A comma after the previous member, then a new line at this depth. */
    private void separate(Frame f) {
        if (f.members > 0) {
            out.append(',');
        }
        newline(stack.size());
    }

    private JsonWriter end(boolean object, char close) {
        Frame f = stack.peek();
        if (f == null || f.object != object || f.named) {
            throw new IllegalStateException("unbalanced " + close);
        }
        stack.pop();
        if (f.members > 0) {
            newline(stack.size());
        }
        out.append(close);
        done = stack.isEmpty();
        return this;
    }

    private void newline(int depth) {
        out.append('\n').append("  ".repeat(depth));
    }
}
