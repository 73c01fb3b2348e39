package dev.syncopate.dsl.compile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the {@code '{'} a script never closes. Groovy's parser reports one as "Unexpected input: ''" at
 * the line after the end of the file, or as "Unexpected input: '{'"; this says where it opens. Braces in
 * strings and comments do not count; those in a GString's {@code ${...}} pair up among themselves.
 *
 * <pre>{@code
 * UnclosedBrace.in("if (ok) {\n  println 1\n");   // Optional[Position[line=1, column=9]]
 * UnclosedBrace.in("sync {\n}\n");                // Optional.empty
 * }</pre>
 */
final class UnclosedBrace {
    /** Where a brace is: line and column, both from 1, as Groovy counts them. */
    record Position(int line, int column) {
    }

    private enum Mode { CODE, LINE_COMMENT, BLOCK_COMMENT, SINGLE, DOUBLE, TRIPLE_SINGLE, TRIPLE_DOUBLE }

    /** What an open brace is: one in code, or the {@code ${} of a placeholder inside a string of {@code mode}. */
    private record Open(Position at, Mode placeholderOf) {
    }

    private UnclosedBrace() {
    }

    /**
     * The outermost brace left open at the end of {@code text}; empty when every brace is closed, or when
     * the text ends inside a string or comment, or closes a brace it never opened (other mistakes).
     */
    static Optional<Position> in(String text) {
        Deque<Open> open = new ArrayDeque<>();
        Mode mode = Mode.CODE;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                if (mode == Mode.LINE_COMMENT) {
                    mode = Mode.CODE;
                }
                continue;
            }
            switch (mode) {
                case CODE -> {
                    if (c == '{') {
                        open.push(new Open(new Position(line, i - lineStart + 1), null));
                    } else if (c == '}') {
                        if (open.isEmpty()) {
                            return Optional.empty();
                        }
                        Open closed = open.pop();
                        if (closed.placeholderOf() != null) {
                            mode = closed.placeholderOf();
                        }
                    } else if (text.startsWith("//", i)) {
                        mode = Mode.LINE_COMMENT;
                    } else if (text.startsWith("/*", i)) {
                        mode = Mode.BLOCK_COMMENT;
                        i++;
                    } else if (text.startsWith("'''", i) || text.startsWith("\"\"\"", i)) {
                        mode = c == '\'' ? Mode.TRIPLE_SINGLE : Mode.TRIPLE_DOUBLE;
                        i += 2;
                    } else if (c == '\'' || c == '"') {
                        mode = c == '\'' ? Mode.SINGLE : Mode.DOUBLE;
                    }
                }
                case LINE_COMMENT -> {
                }
                case BLOCK_COMMENT -> {
                    if (text.startsWith("*/", i)) {
                        mode = Mode.CODE;
                        i++;
                    }
                }
                default -> {
                    String end = switch (mode) {
                        case SINGLE -> "'";
                        case DOUBLE -> "\"";
                        case TRIPLE_SINGLE -> "'''";
                        default -> "\"\"\"";
                    };
                    if (c == '\\') {
                        i++;   // the escaped character (a newline there continues the string)
                        if (i < text.length() && text.charAt(i) == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                    } else if (text.startsWith(end, i)) {
                        mode = Mode.CODE;
                        i += end.length() - 1;
                    } else if ((mode == Mode.DOUBLE || mode == Mode.TRIPLE_DOUBLE) && text.startsWith("${", i)) {
                        open.push(new Open(new Position(line, i - lineStart + 2), mode));
                        mode = Mode.CODE;
                        i++;
                    }
                }
            }
        }
        if (mode != Mode.CODE && mode != Mode.LINE_COMMENT || open.isEmpty()
                || open.stream().anyMatch(o -> o.placeholderOf() != null)) {
            return Optional.empty();
        }
        return Optional.of(open.getLast().at());
    }
}
