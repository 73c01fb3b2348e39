package dev.syncopate.dsl.compile;

/**
 * Says where a script nests too deeply for the Groovy compiler, whose parser then overflows its stack
 * and gives up with a bare "parsing failed" that has no position.
 *
 * <pre>{@code
 * DeepNesting.message("nightly.sync.groovy", "sync {}\ndef x = ((((...1))))");
 * // "nightly.sync.groovy:2: nested too deeply for the Groovy compiler; split the expression into smaller ones"
 * }</pre>
 *
 * <p>The line is the one where brackets first go {@link #DEEP} levels deep, far beyond what a script
 * writes by hand; brackets inside strings and comments count too, which at worst moves the line. When no
 * bracket goes that deep (a very long chain of operators can also overflow the parser) the line is 1.
 */
final class DeepNesting {
    /** Parentheses, brackets and braces inside each other. */
    static final int DEEP = 100;

    private DeepNesting() {
    }

    /** The one-line message for {@code text}, a script named {@code fileName} that overflowed the compiler. */
    static String message(String fileName, String text) {
        return fileName + ":" + line(text) + ": nested too deeply for the Groovy compiler; split the expression"
                + " into smaller ones";
    }

    /** Whether the compiler gave up because its stack overflowed, which it reports only as a cause. */
    static boolean overflowed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private static int line(String text) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n' -> line++;
                case '(', '[', '{' -> {
                    if (++depth == DEEP) {
                        return line;
                    }
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return 1;
    }
}
