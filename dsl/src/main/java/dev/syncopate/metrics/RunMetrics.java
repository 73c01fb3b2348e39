package dev.syncopate.metrics;

import dev.syncopate.event.Summary;

import java.time.Instant;
import java.util.List;

/**
 * What one run of a script (or of a {@code robocopy} command line) leaves in its Prometheus textfile:
 * the run as a whole and each sync block it ran.
 *
 * <pre>{@code
 * RunMetrics m = new RunMetrics("nightly.sync.groovy", start, end, 1, totals,
 *         List.of(new RunMetrics.Block("docs", start, end, 1, docsSummary)));
 * MetricsFile.write(Path.of("/var/lib/node_exporter/textfile/nightly.prom"), m);
 * }</pre>
 *
 * @param script   the {@code script} label: the script's file name
 * @param start    when the run started
 * @param end      when it ended
 * @param exitCode its exit code (the bitmask; 8 and up is a failure)
 * @param totals   the blocks' summaries summed
 * @param blocks   the blocks that ran, in order
 */
public record RunMetrics(String script, Instant start, Instant end, int exitCode, Summary totals, List<Block> blocks) {
    public RunMetrics {
        totals = totals == null ? Summary.EMPTY : totals;
        blocks = List.copyOf(blocks);
    }

    /**
     * One sync block of the run.
     *
     * @param name the {@code block} label: {@code sync('docs')}'s name, or {@code #n} (its place in the run) for
     *             a block without one
     */
    public record Block(String name, Instant start, Instant end, int exitCode, Summary summary) {
        public Block {
            summary = summary == null ? Summary.EMPTY : summary;
        }
    }

    /** True when the run ended with exit code 0 to 7. */
    boolean success() {
        return success(exitCode);
    }

    /** Robocopy's verdict: 0 to 7 is a success, 8 and up a failure. */
    static boolean success(int exitCode) {
        return exitCode >= 0 && exitCode < 8;
    }
}
