package dev.syncopate.metrics;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text format's details a real run rarely shows: escaping, carried-over blocks, a damaged previous file. */
class PrometheusTextTest {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Summary TWO = new Summary(Counts.ZERO, new Counts(3, 2, 0, 0, 1, 0), new Counts(30, 20, 0, 0, 10, 0),
            Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private static RunMetrics run(int code, RunMetrics.Block... blocks) {
        return new RunMetrics("n.sync.groovy", T0, T0.plusMillis(2500), code, TWO, List.of(blocks));
    }

    @Test
    void labelValuesAreEscapedAsTheExpositionFormatSays() {
        String text = PrometheusText.format(run(1, new RunMetrics.Block("a \"b\" \\c\nd", T0, T0, 1, TWO)),
                PreviousMetrics.NONE);
        assertTrue(text.contains("syncopate_block_exit_code{script=\"n.sync.groovy\",block=\"a \\\"b\\\" \\\\c\\nd\"} 1\n"), text);
        assertTrue(text.contains("syncopate_run_duration_seconds{script=\"n.sync.groovy\"} 2.5\n"), text);
        assertTrue(text.contains("syncopate_run_files{script=\"n.sync.groovy\",result=\"failed\"} 1\n"), text);
    }

    @Test
    void aBlockThatDidNotRunKeepsItsLastSuccessAndAFailedRunAddsNone() {
        String before = "syncopate_block_last_success_timestamp_seconds{script=\"n.sync.groovy\",block=\"weekly\"} 1700000000\n"
                + "syncopate_run_last_success_timestamp_seconds{script=\"n.sync.groovy\"} 1700000001.5\n"
                + "syncopate_runs_total{script=\"n.sync.groovy\",verdict=\"failure\"} 41\n"
                + "a damaged line\n"
                + "syncopate_block_last_success_timestamp_seconds{script=\"other.sync.groovy\",block=\"x\"} 1\n";
        String text = PrometheusText.format(run(8, new RunMetrics.Block("daily", T0, T0, 8, TWO)),
                PreviousMetrics.parse(before));
        assertTrue(text.contains("syncopate_block_last_success_timestamp_seconds{script=\"n.sync.groovy\",block=\"weekly\"}"
                + " 1700000000\n"), text);
        assertFalse(text.contains("last_success_timestamp_seconds{script=\"n.sync.groovy\",block=\"daily\"}"),
                "daily failed and never succeeded before: " + text);
        assertTrue(text.contains("syncopate_run_last_success_timestamp_seconds{script=\"n.sync.groovy\"} 1700000001.5\n"), text);
        assertTrue(text.contains("syncopate_runs_total{script=\"n.sync.groovy\",verdict=\"failure\"} 42\n"), text);
        assertFalse(text.contains("other.sync.groovy"), "another script's series are not this file's");
    }

    @Test
    void everyFamilyHasHelpAndTypeBeforeItsSamples() {
        String text = PrometheusText.format(run(1, new RunMetrics.Block("docs", T0, T0, 1, TWO)), PreviousMetrics.NONE);
        String family = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                family = line.split(" ")[2];
            } else if (line.startsWith("# TYPE ")) {
                assertEquals(family, line.split(" ")[2], line);
            } else {
                assertTrue(line.startsWith(family + "{"), line + " after # HELP " + family);
            }
        }
    }
}
