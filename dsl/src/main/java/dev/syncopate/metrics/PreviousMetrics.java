package dev.syncopate.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The samples of the textfile a run is about to replace, by series ({@code name{labels}} exactly as
 * {@link PrometheusText} writes it): where the last success time and the run counters carry on from.
 *
 * <pre>{@code
 * PreviousMetrics p = PreviousMetrics.parse(Files.readString(file));
 * p.value("syncopate_run_last_success_timestamp_seconds{script=\"nightly.sync.groovy\"}");  // OptionalDouble[1.7e9]
 * }</pre>
 *
 * <p>Lenient on purpose: a line it cannot read (someone edited the file, an older version wrote it) is
 * skipped, so a damaged file costs at most the values it held, never the run's new metrics.
 */
final class PreviousMetrics {
    static final PreviousMetrics NONE = new PreviousMetrics(Map.of());

    private final Map<String, Double> samples;

    private PreviousMetrics(Map<String, Double> samples) {
        this.samples = samples;
    }

    static PreviousMetrics parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // Label values are escaped (no raw newline, a quote as \"), so the value is after the last space.
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            try {
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException e) {
                // not a sample line we wrote: skipped, see the class comment
            }
        }
        return new PreviousMetrics(samples);
    }

    /** The series whose text starts with {@code prefix}, with their values, in no particular order. */
    Map<String, Double> startingWith(String prefix) {
        Map<String, Double> out = new HashMap<>();
        samples.forEach((k, v) -> {
            if (k.startsWith(prefix) && !v.isNaN()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The value of a series, or empty when the file had none. */
    OptionalDouble value(String series) {
        Double v = samples.get(series);
        return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
