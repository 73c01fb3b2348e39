package dev.syncopate.runstate.html;

import dev.syncopate.event.Counts;
import dev.syncopate.log.SizeFormat;
import dev.syncopate.runstate.RunRecord;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code syncopate history FILE --html out.html}: a script's last runs as one self-contained page, to
 * open from a file share or a mail attachment. Duration and bytes copied as bar charts, the runs as a
 * table with exit codes coloured by verdict, and the failures and runs that did not finish listed.
 *
 * <pre>{@code
 * List<RunRecord> runs = new RunJournal(files.journal()).last(30);
 * Files.writeString(Path.of("history.html"), HistoryPage.html(files.script(), files.journal(), runs, ZoneId.systemDefault()));
 * }</pre>
 *
 * <p>No script, font, stylesheet or image is loaded from anywhere: the charts are inline SVG and the
 * style is in the page, so it shows the same offline, years later. Each run's row carries its journal
 * numbers as {@code data-} attributes ({@code data-exit}, {@code data-seconds}, {@code data-bytes-copied}),
 * exact where the cells are rounded for reading.
 */
public final class HistoryPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String NONE = "-";
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px; color: #222; background: #fff; }
            h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
            th { background: #eee; } td.note, td.started { text-align: left; }
            td.exit { color: #fff; font-weight: bold; }
            td.exit.success { background: #2e7d32; } td.exit.failure { background: #c62828; }
            td.exit.unfinished { background: #ef6c00; }
            rect.bar { stroke: none; } .axis { font-size: 11px; fill: #555; }
            .legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 14px; vertical-align: middle; }
            li.problem { margin: 4px 0; } .muted { color: #666; font-size: 12px; }
            """;

    private HistoryPage() {
    }

    /** The page for {@code runs}, oldest first, with times in {@code zone}. */
    public static String html(Path script, Path journal, List<RunRecord> runs, ZoneId zone) {
        String name = script.getFileName() == null ? script.toString() : script.getFileName().toString();
        StringBuilder b = new StringBuilder(8192 + runs.size() * 600);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Run history of ")
                .append(Html.escape(name)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>Run history of ").append(Html.escape(name)).append("</h1>\n");
        b.append("<p class=\"muted\">").append(Html.escape(script.toString())).append("</p>\n");
        summary(b, runs, zone);
        b.append("<p class=\"legend\">");
        for (Verdict v : Verdict.values()) {
            b.append("<span style=\"background:").append(v.colour()).append("\"></span>").append(label(v));
        }
        b.append("</p>\n<h2>Duration</h2>\n");
        b.append(BarChart.svg("duration-chart", "Duration of each run", bars(runs, zone, r -> r.duration() == null ? null
                : r.duration().toMillis() / 1000.0, HistoryPage::duration), duration(max(runs, r -> r.duration() == null
                ? null : r.duration().toMillis() / 1000.0))));
        b.append("<h2>Bytes copied</h2>\n");
        b.append(BarChart.svg("bytes-chart", "Bytes copied by each run", bars(runs, zone, r -> r.bytes() == null ? null
                : (double) r.bytes().copied(), v -> SizeFormat.totalSize(v.longValue(), false)),
                SizeFormat.totalSize(max(runs, r -> r.bytes() == null ? null : (double) r.bytes().copied()).longValue(), false)));
        table(b, runs, zone);
        problems(b, runs, zone);
        b.append("<p class=\"muted\">Journal: ").append(Html.escape(journal.toString())).append("</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void summary(StringBuilder b, List<RunRecord> runs, ZoneId zone) {
        long[] n = new long[Verdict.values().length];
        RunRecord lastSuccess = null;
        for (RunRecord r : runs) {
            n[Verdict.of(r).ordinal()]++;
            if (Verdict.of(r) == Verdict.SUCCESS && !r.dryRun()) {
                lastSuccess = r;
            }
        }
        b.append("<p id=\"summary\"><span id=\"run-count\">").append(runs.size()).append("</span> run")
                .append(runs.size() == 1 ? "" : "s").append(": <span id=\"success-count\">").append(n[0])
                .append("</span> succeeded, <span id=\"failure-count\">").append(n[1])
                .append("</span> failed, <span id=\"unfinished-count\">").append(n[2]).append("</span> did not finish.");
        b.append(" Last success: ").append(lastSuccess == null ? "none in these runs"
                : "<span id=\"last-success\">" + time(lastSuccess.end(), zone) + "</span>").append(".</p>\n");
    }

    private static void table(StringBuilder b, List<RunRecord> runs, ZoneId zone) {
        b.append("<h2>Runs</h2>\n<table id=\"runs\">\n<thead><tr><th>#</th><th>Started</th><th>Duration</th><th>Exit</th>"
                + "<th>Files</th><th>Copied</th><th>Failed</th><th>Extras</th><th>Bytes copied</th><th>Note</th></tr></thead>\n"
                + "<tbody>\n");
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            Verdict v = Verdict.of(r);
            b.append("<tr class=\"run ").append(v.cssClass()).append("\" data-start=\"").append(r.start())
                    .append("\" data-exit=\"").append(r.exit() == null ? "" : r.exit())
                    .append("\" data-seconds=\"").append(r.duration() == null ? "" : seconds(r.duration()))
                    .append("\" data-bytes-copied=\"").append(r.bytes() == null ? "" : r.bytes().copied()).append("\">");
            cell(b, "n", Integer.toString(i + 1));
            cell(b, "started", time(r.start(), zone));
            cell(b, "duration", r.duration() == null ? NONE : SizeFormat.duration(r.duration()));
            b.append("<td class=\"exit ").append(v.cssClass()).append("\">").append(r.exit() == null ? "?" : r.exit())
                    .append("</td>");
            cell(b, "files-total", count(r.files(), Counts::total));
            cell(b, "files-copied", count(r.files(), Counts::copied));
            cell(b, "files-failed", count(r.files(), Counts::failed));
            cell(b, "files-extras", count(r.files(), Counts::extras));
            cell(b, "bytes", r.bytes() == null ? NONE : SizeFormat.totalSize(r.bytes().copied(), false));
            cell(b, "note", r.shownNote());
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** Every run that failed or did not finish, with its note: what an admin looks for first. */
    private static void problems(StringBuilder b, List<RunRecord> runs, ZoneId zone) {
        b.append("<h2>Failures and runs that did not finish</h2>\n");
        List<String> items = new ArrayList<>();
        for (RunRecord r : runs) {
            Verdict v = Verdict.of(r);
            if (v != Verdict.SUCCESS) {
                String what = v == Verdict.UNFINISHED ? "did not finish" : "exit " + r.exit();
                String note = r.shownNote();
                items.add("<li class=\"problem " + v.cssClass() + "-item\"><b>" + time(r.start(), zone) + "</b> " + what
                        + (note.isEmpty() || note.equals(what) ? "" : ": " + Html.escape(note)) + "</li>");
            }
        }
        if (items.isEmpty()) {
            b.append("<p id=\"problems\">None in these runs.</p>\n");
        } else {
            b.append("<ul id=\"problems\">\n").append(String.join("\n", items)).append("\n</ul>\n");
        }
    }

    private static List<BarChart.Bar> bars(List<RunRecord> runs, ZoneId zone, Function<RunRecord, Double> value,
                                           Function<Double, String> shown) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (RunRecord r : runs) {
            Double v = value.apply(r);
            String tip = time(r.start(), zone) + ": " + (v == null ? "did not finish" : shown.apply(v))
                    + (r.exit() == null ? "" : " (exit " + r.exit() + ")");
            bars.add(new BarChart.Bar(v, Verdict.of(r), tip));
        }
        return bars;
    }

    private static Double max(List<RunRecord> runs, Function<RunRecord, Double> value) {
        return runs.stream().map(value).filter(java.util.Objects::nonNull).max(Double::compare).orElse(0.0);
    }

    /** Under a minute in seconds ({@code 0.18 s}): most runs of a small job would all read 0:00:00. */
    private static String duration(Double seconds) {
        if (seconds < 60) {
            return BigDecimal.valueOf(seconds).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " s";
        }
        return SizeFormat.duration(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private static String label(Verdict v) {
        return switch (v) {
            case SUCCESS -> "success (exit 0-7)";
            case FAILURE -> "failure (exit 8 and up)";
            case UNFINISHED -> "did not finish";
        };
    }

    private static void cell(StringBuilder b, String cssClass, String text) {
        b.append("<td class=\"").append(cssClass).append("\">").append(Html.escape(text)).append("</td>");
    }

    private static String count(Counts c, Function<Counts, Long> field) {
        return c == null ? NONE : field.apply(c).toString();
    }

    /** As the journal writes it: milliseconds, no trailing zeros. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String time(java.time.OffsetDateTime t, ZoneId zone) {
        return TIME.format(t.atZoneSameInstant(zone));
    }
}
