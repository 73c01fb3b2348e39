package dev.syncopate.log;

import dev.syncopate.options.SyncOptions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The job header, Robocopy's layout with Syncopate's title:
 *
 * <pre>{@code
 *
 * -------------------------------------------------------------------------------
 *    SYNCOPATE    ::     Robust File Copy for every platform
 * -------------------------------------------------------------------------------
 *
 *   Started : Sunday, November 22, 2026 2:43:10 AM
 *    Source : /srv/docs/
 *      Dest : /mnt/nas/docs/
 *
 *     Files : *.*
 * \t
 * Exc Files : *.tmp
 * \t    ~*
 * \t
 *   Options : *.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5
 *
 * ------------------------------------------------------------------------------
 *
 * }</pre>
 *
 * Whitespace is Robocopy's to the byte, because parsers written for Robocopy split on it: the
 * title is padded to 81 columns, each list ends with a {@code "\t    "} line, continuation
 * patterns start with {@code "\t    "}, and the {@code Options :} line ends with a blank. The
 * header is the same with a log file: Robocopy's {@code  Log File : path} line is a console line,
 * which {@link RobocopyLog} writes there, never into the file.
 *
 * <pre>{@code
 * List<String> lines = LogHeader.lines(options, started, ZoneId.systemDefault());
 * }</pre>
 */
public final class LogHeader {
    /** Robocopy's title with our name; "SYNCOPATE" takes one of the blanks after "ROBOCOPY" to keep the columns. */
    static final String TITLE = String.format("%-81s", "   SYNCOPATE    ::     Robust File Copy for every platform");
    /** How continuation lines of a list are indented, and the line that closes each list. */
    private static final String CONTINUATION = "\t    ";

    private LogHeader() {
    }

    /** The header's lines, without line terminators. */
    public static List<String> lines(SyncOptions o, Instant started, ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(LogText.BANNER_RULE);
        out.add(TITLE);
        out.add(LogText.BANNER_RULE);
        out.add("");
        out.add("  Started : " + LogText.longDate(started, zone));
        out.add("   Source : " + LogText.dir(o.source()));
        out.add("     Dest : " + LogText.dir(o.destination()));
        out.add("");
        List<String> patterns = o.selection().filePatterns();
        list(out, "    Files : ", patterns.isEmpty() ? List.of("*.*") : patterns);
        if (!o.selection().excludeFiles().isEmpty()) {
            list(out, "Exc Files : ", o.selection().excludeFiles());
        }
        if (!o.selection().excludeDirs().isEmpty()) {
            list(out, " Exc Dirs : ", o.selection().excludeDirs());
        }
        out.add("  Options : " + OptionsText.of(o) + " ");
        out.add("");
        out.add(LogText.SECTION_RULE);
        out.add("");
        return out;
    }

    private static void list(List<String> out, String label, List<String> items) {
        out.add(label + items.get(0));
        for (String item : items.subList(1, items.size())) {
            out.add(CONTINUATION + item);
        }
        out.add(CONTINUATION);
    }
}
