package dev.syncopate.robocopy;

/**
 * The switch list of {@code syncopate robocopy --help}, rendered from the switch table so that help
 * and parser can never disagree.
 *
 * <pre>{@code
 * System.out.print(SwitchHelp.render(100));
 * // Copy scope:
 * //   /S                 copy subdirectories, but not empty ones
 * }</pre>
 */
public final class SwitchHelp {
    private static final int NAME_WIDTH = 18;
    private static final int INDENT = 2 + NAME_WIDTH + 1;
    private static final String NL = System.lineSeparator();

    private SwitchHelp() {
    }

    /** Every switch, grouped as in Robocopy's own help, in lines of at most {@code width}; a blank line before each. */
    public static String render(int width) {
        StringBuilder out = new StringBuilder();
        Group current = null;
        for (SwitchDef d : SwitchTable.ALL) {
            if (d.group() != current) {
                current = d.group();
                out.append(NL).append(current.title).append(':').append(NL);
            }
            // Windows-only ones are marked, so a reader on Linux knows why they do nothing there.
            String help = d.caveat() != null && d.caveat().windowsOnly() ? d.help() + " (Windows only)" : d.help();
            appendRow(out, d.usage(), help, width);
        }
        return out.toString();
    }

    /** {@code "  /NAME   help"}, the help wrapped under itself. */
    private static void appendRow(StringBuilder out, String name, String help, int width) {
        String prefix = "  " + name;
        if (name.length() >= NAME_WIDTH) {
            out.append(prefix).append(NL);
            prefix = "";
        }
        StringBuilder line = new StringBuilder(prefix).append(" ".repeat(INDENT - prefix.length()));
        for (String word : help.split(" ")) {
            if (line.length() > INDENT && line.length() + word.length() > width) {
                out.append(line.toString().stripTrailing()).append(NL);
                line = new StringBuilder(" ".repeat(INDENT));
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append(NL);
    }
}
