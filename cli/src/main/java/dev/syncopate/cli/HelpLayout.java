package dev.syncopate.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How every {@code --help} is laid out: {@link #WIDTH} columns whatever the terminal, and lines broken
 * only at spaces. picocli breaks where {@link java.text.BreakIterator} allows, which is also after a
 * '.', ':' or '/', so {@code nightly.sync.yaml} and {@code smb://host/share} came out cut in two.
 *
 * <pre>{@code
 * commandLine.setHelpFactory(HelpLayout::new);
 * commandLine.setUsageHelpWidth(HelpLayout.WIDTH);
 * }</pre>
 */
final class HelpLayout extends Help {
    /** Every command's help width, the robocopy switch list's too: the history example table needs 100. */
    static final int WIDTH = 100;

    HelpLayout(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params);
    }

    /** What picocli's {@code Help.join} does, in a table that breaks at spaces. */
    private String paragraphs(String[] lines, Object... params) {
        SpaceBreakingTable table = new SpaceBreakingTable(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(String.format(line, params));
        }
        return table.toString();
    }

    /** The exit code list (picocli's layout: keys, 3 spaces, values wrapped under themselves). */
    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        int keys = map.keySet().stream().mapToInt(k -> String.valueOf(k).length()).max().orElse(7) + 3;
        TextTable table = new SpaceBreakingTable(colorScheme(), new Column(keys, 2, Column.Overflow.SPAN),
                new Column(width() - keys, 2, Column.Overflow.WRAP));
        map.forEach((k, v) -> table.addRowValues(String.format(String.valueOf(k)), String.format(String.valueOf(v))));
        return table;
    }

    /** The subcommand list: picocli's, with each command's first description line broken at spaces. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int names = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        TextTable table = new SpaceBreakingTable(colorScheme(), new Column(names, 2, Column.Overflow.SPAN),
                new Column(width() - names, 2, Column.Overflow.WRAP));
        subcommands.forEach((name, help) -> {
            String[] description = help.commandSpec().usageMessage().description();
            table.addRowValues(help.commandNamesText(", "),
                    colorScheme().text(description.length == 0 ? "" : String.format(description[0])));
        });
        return table.toString();
    }

    /** The option list: picocli's columns, the description one breaking at spaces. */
    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme scheme) {
        int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
        TextTable table = new SpaceBreakingTable(scheme, TextTable.forDefaultColumns(scheme, longOptions, width())
                .columns());
        return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    /** The synopsis: picocli's, broken only between its elements, never inside {@code [--weekly=DAY HH:MM]}. */
    @Override
    protected String insertSynopsisCommandName(int headingLength, Text details) {
        String name = commandSpec().qualifiedName();
        SpaceBreakingTable table = new SpaceBreakingTable(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
        table.wholeBrackets = true;
        table.indentWrappedLines = headingLength + name.length() + 1;
        Text padding = colorScheme().text("X".repeat(headingLength));   // where "Usage: " goes; cut off below
        table.addRowValues(padding.concat(colorScheme().commandText(name)).concat(details));
        return table.toString().substring(headingLength);
    }

    /**
     * A table whose wrapping columns break only at spaces: each value is cut into pieces that fit before
     * picocli places them, so its own line breaking never has to choose. A word longer than a whole line
     * is the only thing picocli still cuts.
     */
    static final class SpaceBreakingTable extends TextTable {
        /** Not at a space inside [...]: a synopsis element stays on one line. */
        boolean wholeBrackets;

        SpaceBreakingTable(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (column.overflow != Column.Overflow.WRAP || value == null || value.plainString().isEmpty()) {
                return super.putValue(row, col, value);
            }
            int room = column.width - column.indent;
            List<Text> lines = lines(value, room, room - indentWrappedLines, wholeBrackets);
            Cell cell = null;
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    addEmptyRow();
                }
                Text line = i == 0 ? lines.get(i) : value.substring(0, 0).concat(" ".repeat(indentWrappedLines))
                        .concat(lines.get(i));
                cell = super.putValue(row + i, col, line);
            }
            return cell;
        }

        /**
         * {@code text} cut at spaces into lines of at most {@code first}, then {@code later}, characters; with
         * {@code wholeBrackets} not at those inside [...].
         */
        static List<Text> lines(Text text, int first, int later, boolean wholeBrackets) {
            String plain = wholeBrackets ? bracketsHidden(text.plainString()) : text.plainString();
            List<Text> lines = new ArrayList<>();
            int start = 0;
            while (start < plain.length()) {
                int room = lines.isEmpty() ? first : later;
                int end = plain.length();
                if (end - start > room) {
                    int space = plain.lastIndexOf(' ', start + room);
                    int next = plain.indexOf(' ', start + room);   // a word longer than the line: whole
                    end = space > start ? space : next < 0 ? plain.length() : next;
                }
                lines.add(text.substring(start, end));
                start = end;
                while (start < plain.length() && plain.charAt(start) == ' ') {
                    start++;
                }
            }
            return lines;
        }

        /** The text with every space inside [...] made another character, so none is a place to break. */
        private static String bracketsHidden(String text) {
            StringBuilder s = new StringBuilder(text);
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
                if (c == ' ' && depth > 0) {
                    s.setCharAt(i, '\u00a0');
                }
            }
            return s.toString();
        }
    }
}
