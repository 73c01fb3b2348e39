package dev.syncopate.e2e;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the numbers of a Robocopy summary table, as a log parser would.
 *
 * <pre>{@code
 *                Total    Copied   Skipped  Mismatch    FAILED    Extras
 *     Dirs :         7         6         1         0         0         0
 *    Files :         7         6         1         0         0         0
 *
 * LogTable.last(log, "Files")   // [7, 6, 1, 0, 0, 0]
 * }</pre>
 */
final class LogTable {
    /** Robocopy's column header, to the byte. */
    static final String HEADER = "               Total    Copied   Skipped  Mismatch    FAILED    Extras";
    static final int TOTAL = 0;
    static final int COPIED = 1;
    static final int SKIPPED = 2;
    static final int MISMATCH = 3;
    static final int FAILED = 4;
    static final int EXTRAS = 5;

    private LogTable() {
    }

    /** The six counts of the last {@code Dirs :} or {@code Files :} row in the text. */
    static long[] last(String log, String label) {
        String prefix = String.format("%8s : ", label);
        List<String> rows = log.lines().filter(l -> l.startsWith(prefix)).toList();
        assertTrue(!rows.isEmpty(), () -> "no '" + prefix + "' row in:\n" + log);
        String[] cells = rows.getLast().substring(prefix.length()).trim().split("\\s+");
        assertEquals(6, cells.length, () -> "row " + rows.getLast());
        return Arrays.stream(cells).mapToLong(Long::parseLong).toArray();
    }

    static long copiedFiles(String log) {
        return last(log, "Files")[COPIED];
    }
}
