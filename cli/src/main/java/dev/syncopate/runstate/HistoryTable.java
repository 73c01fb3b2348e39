package dev.syncopate.runstate;

import dev.syncopate.event.Counts;
import dev.syncopate.log.SizeFormat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The runs of a script as {@code syncopate history} prints them, oldest first. Counts are the Files
 * row of the runs' summaries; Bytes is what was copied, in the Robocopy summary's units. A run that
 * did not finish shows {@code ?} and dashes.
 *
 * <pre>{@code
 * Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note
 * 2026-11-20 23:00:01   0:04:11     1    120     118       0       3  118.20 m
 * 2026-11-21 23:00:00         -     ?      -       -       -       -         -  did not finish (pid 4242 ...)
 * }</pre>
 *
 * <p>Columns are as wide as the example and widen for longer values, so a million files still line up.
 */
final class HistoryTable {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String NONE = "-";

    private HistoryTable() {
    }

    /** A column: its header, its narrowest width, and its text for a run. */
    private record Column(String header, int width, Function<RunRecord, String> value) {
    }

    static List<String> format(List<RunRecord> runs, ZoneId zone) {
        List<Column> columns = List.of(
                new Column("Started", 19, r -> STARTED.format(r.start().atZoneSameInstant(zone))),
                new Column("Duration", 8, r -> r.end() == null ? NONE : SizeFormat.duration(r.duration())),
                new Column("Exit", 4, r -> r.exit() == null ? "?" : r.exit().toString()),
                new Column("Files", 5, r -> count(r.files(), Counts::total)),
                new Column("Copied", 6, r -> count(r.files(), Counts::copied)),
                new Column("Failed", 6, r -> count(r.files(), Counts::failed)),
                new Column("Extras", 6, r -> count(r.files(), Counts::extras)),
                new Column("Bytes", 8, r -> r.bytes() == null ? NONE : SizeFormat.totalSize(r.bytes().copied(), false)));
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(Column::header).toList());
        for (RunRecord r : runs) {
            cells.add(columns.stream().map(c -> c.value().apply(r)).toList());
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < cells.size(); row++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = cells.get(row).get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                // Started reads left to right; numbers line up on their last digit.
                b.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            b.append("  ").append(row == 0 ? "Note" : runs.get(row - 1).shownNote());
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }

    private static String count(Counts c, Function<Counts, Long> field) {
        return c == null ? NONE : field.apply(c).toString();
    }
}
