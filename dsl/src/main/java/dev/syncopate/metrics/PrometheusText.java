package dev.syncopate.metrics;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's metrics in Prometheus' text exposition format, as node_exporter's textfile collector reads
 * it: per script ({@code syncopate_run_*{script=".."}}) and per block
 * ({@code syncopate_block_*{script="..",block=".."}}) the last start, end, duration, exit code, the
 * files and bytes copied, failed and extras, and the last success time; and how many runs ended
 * which way ({@code syncopate_runs_total{verdict=".."}}).
 *
 * <pre>{@code
 * String text = PrometheusText.format(metrics, PreviousMetrics.parse(Files.readString(old)));
 * // # HELP syncopate_run_exit_code Exit code of the script's last run (0-7 success, 8 and up failure).
 * // # TYPE syncopate_run_exit_code gauge
 * // syncopate_run_exit_code{script="nightly.sync.groovy"} 1
 * }</pre>
 *
 * <p>The counts of the last run are gauges: they are what one run did, not a count that only grows.
 * The last success times and the run counters come from the previous file, so a failing run keeps
 * "when did this last work" and a block that did not run this time (a Sunday-only one) keeps its own.
 */
final class PrometheusText {
    static final String RUN = "syncopate_run_";
    static final String BLOCK = "syncopate_block_";
    static final String LAST_SUCCESS = "last_success_timestamp_seconds";
    static final String RUNS_TOTAL = "syncopate_runs_total";

    private PrometheusText() {
    }

    static String format(RunMetrics m, PreviousMetrics previous) {
        StringBuilder b = new StringBuilder(4096);
        String run = "script=\"" + escape(m.script()) + "\"";
        Map<String, String> blocks = new java.util.LinkedHashMap<>();
        for (RunMetrics.Block k : m.blocks()) {
            blocks.put(run + ",block=\"" + escape(k.name()) + "\"", k.name());
        }
        family(b, RUN, "start_timestamp_seconds", "gauge", "When the script's last run started, in seconds since the epoch.");
        sample(b, RUN + "start_timestamp_seconds", run, seconds(m.start()));
        family(b, RUN, "end_timestamp_seconds", "gauge", "When the script's last run ended, in seconds since the epoch.");
        sample(b, RUN + "end_timestamp_seconds", run, seconds(m.end()));
        family(b, RUN, "duration_seconds", "gauge", "How long the script's last run took.");
        sample(b, RUN + "duration_seconds", run, seconds(Duration.between(m.start(), m.end())));
        family(b, RUN, "exit_code", "gauge", "Exit code of the script's last run (0-7 success, 8 and up failure).");
        sample(b, RUN + "exit_code", run, Integer.toString(m.exitCode()));
        counts(b, RUN, "the script's last run", run, m.totals());
        lastSuccess(b, RUN, "the script", run, m.success() ? m.end() : null, previous);
        family(b, "syncopate_", "runs_total", "counter", "Runs of the script, by verdict (success: exit 0-7).");
        for (String verdict : new String[] {"success", "failure"}) {
            String labels = run + ",verdict=\"" + verdict + "\"";
            double before = previous.value(RUNS_TOTAL + "{" + labels + "}").orElse(0);
            boolean now = m.success() == verdict.equals("success");
            sample(b, RUNS_TOTAL, labels, plain(before + (now ? 1 : 0)));
        }
        if (!m.blocks().isEmpty()) {
            blockFamilies(b, m, blocks);
        }
        blockLastSuccess(b, m, run, blocks, previous);
        return b.toString();
    }

    private static void blockFamilies(StringBuilder b, RunMetrics m, Map<String, String> labels) {
        String[] keys = labels.keySet().toArray(String[]::new);
        family(b, BLOCK, "start_timestamp_seconds", "gauge", "When the sync block last started, in seconds since the epoch.");
        for (int i = 0; i < keys.length; i++) {
            sample(b, BLOCK + "start_timestamp_seconds", keys[i], seconds(m.blocks().get(i).start()));
        }
        family(b, BLOCK, "end_timestamp_seconds", "gauge", "When the sync block last ended, in seconds since the epoch.");
        for (int i = 0; i < keys.length; i++) {
            sample(b, BLOCK + "end_timestamp_seconds", keys[i], seconds(m.blocks().get(i).end()));
        }
        family(b, BLOCK, "duration_seconds", "gauge", "How long the sync block's last run took.");
        for (int i = 0; i < keys.length; i++) {
            RunMetrics.Block k = m.blocks().get(i);
            sample(b, BLOCK + "duration_seconds", keys[i], seconds(Duration.between(k.start(), k.end())));
        }
        family(b, BLOCK, "exit_code", "gauge", "Exit code of the sync block's last run (0-7 success, 8 and up failure).");
        for (int i = 0; i < keys.length; i++) {
            sample(b, BLOCK + "exit_code", keys[i], Integer.toString(m.blocks().get(i).exitCode()));
        }
        family(b, BLOCK, "files", "gauge", "Files of the sync block's last run, by result.");
        for (int i = 0; i < keys.length; i++) {
            results(b, BLOCK + "files", keys[i], m.blocks().get(i).summary().files());
        }
        family(b, BLOCK, "bytes", "gauge", "Bytes of the sync block's last run, by result.");
        for (int i = 0; i < keys.length; i++) {
            results(b, BLOCK + "bytes", keys[i], m.blocks().get(i).summary().bytes());
        }
    }

    /** This run's successful blocks at their end; every other block of the script as the previous file had it. */
    private static void blockLastSuccess(StringBuilder b, RunMetrics m, String run, Map<String, String> labels,
                                         PreviousMetrics previous) {
        String name = BLOCK + LAST_SUCCESS;
        Map<String, String> out = new TreeMap<>();
        previous.startingWith(name + "{" + run + ",block=").forEach((series, v) -> out.put(series, plain(v)));
        String[] keys = labels.keySet().toArray(String[]::new);
        for (int i = 0; i < keys.length; i++) {
            RunMetrics.Block k = m.blocks().get(i);
            if (RunMetrics.success(k.exitCode())) {
                out.put(name + "{" + keys[i] + "}", seconds(k.end()));
            }
        }
        if (!out.isEmpty()) {
            family(b, BLOCK, LAST_SUCCESS, "gauge", "When the sync block last ended with exit code 0-7, in seconds since the epoch.");
            out.forEach((series, v) -> b.append(series).append(' ').append(v).append('\n'));
        }
    }

    private static void counts(StringBuilder b, String prefix, String what, String labels, Summary s) {
        family(b, prefix, "files", "gauge", "Files of " + what + ", by result.");
        results(b, prefix + "files", labels, s.files());
        family(b, prefix, "bytes", "gauge", "Bytes of " + what + ", by result.");
        results(b, prefix + "bytes", labels, s.bytes());
    }

    private static void results(StringBuilder b, String name, String labels, Counts c) {
        sample(b, name, labels + ",result=\"copied\"", Long.toString(c.copied()));
        sample(b, name, labels + ",result=\"failed\"", Long.toString(c.failed()));
        sample(b, name, labels + ",result=\"extras\"", Long.toString(c.extras()));
    }

    /** This run's end when it succeeded, else the previous file's value; no sample when there is neither. */
    private static void lastSuccess(StringBuilder b, String prefix, String what, String labels, Instant now,
                                    PreviousMetrics previous) {
        String name = prefix + LAST_SUCCESS;
        String value = now != null ? seconds(now)
                : previous.value(name + "{" + labels + "}").stream().mapToObj(PrometheusText::plain).findFirst().orElse(null);
        if (value != null) {
            family(b, prefix, LAST_SUCCESS, "gauge", "When " + what + " last ended with exit code 0-7, in seconds since the epoch.");
            sample(b, name, labels, value);
        }
    }

    private static void family(StringBuilder b, String prefix, String suffix, String type, String help) {
        b.append("# HELP ").append(prefix).append(suffix).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(prefix).append(suffix).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder b, String name, String labels, String value) {
        b.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }

    /** A label value as the exposition format escapes it: backslash, double quote and line feed. */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String seconds(Instant t) {
        return BigDecimal.valueOf(t.toEpochMilli(), 3).stripTrailingZeros().toPlainString();
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** A number read back from the previous file, written without a spurious ".0" or exponent. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
