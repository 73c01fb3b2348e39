package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prometheus textfile output through the real launcher: {@code metrics} in a script, {@code metrics:}
 * in a YAML sync file and {@code /METRICS:} in robocopy mode, each file checked by the real
 * {@code promtool check metrics} (Debian's {@code prometheus}), the last success time kept across a
 * failed run, nothing written by a dry run, and a bad path refused in one line before anything is copied.
 */
class MetricsIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String RUN = "{script=\"nightly.sync.groovy\"}";
    private static final String DOCS = "{script=\"nightly.sync.groovy\",block=\"docs\"}";

    @TempDir
    Path tmp;

    private Launcher.Result syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString()).run();
    }

    /** src/a.txt (5 bytes) and src/sub/b.txt (4 bytes), and the empty folder prom/. */
    private void files() {
        Trees.file(tmp, "src/a.txt", "alpha", T0);
        Trees.file(tmp, "src/sub/b.txt", "beta", T0);
        Trees.dir(tmp, "prom");
    }

    /** The file checked by promtool, as series to value. */
    static Map<String, String> checked(Path prom) throws IOException {
        Path promtool = RealTool.require("promtool", "prometheus");
        String text = Files.readString(prom);
        RealTool.Run r = RealTool.run(List.of(promtool.toString(), "check", "metrics"), text, 60);
        assertEquals(new RealTool.Run(0, ""), r, text);
        Map<String, String> series = new LinkedHashMap<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            series.put(l.substring(0, space), l.substring(space + 1));
        });
        return series;
    }

    @Test
    void aScriptsMetricsPassPromtoolAndAFailedRunKeepsTheLastSuccess() throws IOException {
        files();
        Trees.file(tmp, "nightly.sync.groovy", "metrics 'prom/nightly.prom'\n"
                + "sync('docs') { from params.source ?: 'src'; to 'dst' }\n");
        Path prom = tmp.resolve("prom/nightly.prom");
        syncopate("run", "nightly.sync.groovy").assertExit(1);
        Map<String, String> first = checked(prom);
        assertEquals("1", first.get("syncopate_run_exit_code" + RUN));
        assertEquals("2", first.get("syncopate_run_files{script=\"nightly.sync.groovy\",result=\"copied\"}"));
        assertEquals("9", first.get("syncopate_block_bytes{script=\"nightly.sync.groovy\",block=\"docs\",result=\"copied\"}"));
        assertEquals("0", first.get("syncopate_block_files{script=\"nightly.sync.groovy\",block=\"docs\",result=\"failed\"}"));
        String end = first.get("syncopate_run_end_timestamp_seconds" + RUN);
        assertEquals(end, first.get("syncopate_run_last_success_timestamp_seconds" + RUN));
        double duration = Double.parseDouble(first.get("syncopate_run_duration_seconds" + RUN));
        assertEquals(Double.parseDouble(end) - Double.parseDouble(first.get("syncopate_run_start_timestamp_seconds" + RUN)),
                duration, 0.0015);
        assertEquals("1", first.get("syncopate_runs_total{script=\"nightly.sync.groovy\",verdict=\"success\"}"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(prom)),
                "node_exporter runs as its own user");

        syncopate("run", "nightly.sync.groovy", "-P", "source=nosuch").assertExit(16);
        Map<String, String> second = checked(prom);
        assertEquals("16", second.get("syncopate_run_exit_code" + RUN));
        assertEquals("16", second.get("syncopate_block_exit_code" + DOCS));
        assertFalse(end.equals(second.get("syncopate_run_end_timestamp_seconds" + RUN)));
        assertEquals(end, second.get("syncopate_run_last_success_timestamp_seconds" + RUN), "kept from the first run");
        assertEquals(first.get("syncopate_block_last_success_timestamp_seconds" + DOCS),
                second.get("syncopate_block_last_success_timestamp_seconds" + DOCS));
        assertEquals("1", second.get("syncopate_runs_total{script=\"nightly.sync.groovy\",verdict=\"success\"}"));
        assertEquals("1", second.get("syncopate_runs_total{script=\"nightly.sync.groovy\",verdict=\"failure\"}"));
        try (Stream<Path> s = Files.list(tmp.resolve("prom"))) {
            assertEquals(List.of(prom), s.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aYamlSyncFileAndRobocopyModeWriteMetricsToo() throws IOException {
        files();
        Trees.file(tmp, "nightly.sync.yaml", "metrics: prom/yaml.prom\nsync:\n  - {name: docs, from: src, to: dst}\n");
        syncopate("run", "nightly.sync.yaml").assertExit(1);
        Map<String, String> yaml = checked(tmp.resolve("prom/yaml.prom"));
        assertEquals("1", yaml.get("syncopate_block_exit_code{script=\"nightly.sync.yaml\",block=\"docs\"}"));
        assertEquals("2", yaml.get("syncopate_block_files{script=\"nightly.sync.yaml\",block=\"docs\",result=\"copied\"}"));

        Trees.file(tmp, "dst2/old.txt", "extra", T0);
        syncopate("robocopy", "src", "dst2", "/S", "/METRICS:prom/robocopy.prom").assertExit(3);
        Map<String, String> robocopy = checked(tmp.resolve("prom/robocopy.prom"));
        String block = "{script=\"robocopy\",block=\"src -> dst2\"";
        assertEquals("3", robocopy.get("syncopate_block_exit_code" + block + "}"));
        assertEquals("2", robocopy.get("syncopate_block_files" + block + ",result=\"copied\"}"));
        assertEquals("1", robocopy.get("syncopate_block_files" + block + ",result=\"extras\"}"));
        assertEquals("3", robocopy.get("syncopate_run_exit_code{script=\"robocopy\"}"));
    }

    @Test
    void aDryRunAndACheckWriteNoMetrics() {
        files();
        Trees.file(tmp, "nightly.sync.groovy", "metrics 'prom/nightly.prom'\nsync('docs') { from 'src'; to 'dst' }\n");
        syncopate("run", "nightly.sync.groovy", "--dry-run").assertExit(1);
        syncopate("check", "nightly.sync.groovy").assertExit(0);
        syncopate("robocopy", "src", "dst", "/L", "/METRICS:prom/robocopy.prom").assertExit(1);
        assertEquals(Map.of(), Trees.contents(tmp.resolve("prom")), "a rehearsal is no backup");
    }

    @Test
    void aBadMetricsPathIsOneLineAndExit16WithNothingCopied() {
        files();
        Trees.file(tmp, "nightly.sync.groovy", "metrics 'nosuch/nightly.prom'\nsync { from 'src'; to 'dst' }\n");
        Launcher.Result dsl = syncopate("run", "nightly.sync.groovy").assertExit(16);
        assertEquals("syncopate: nightly.sync.groovy:1: metrics 'nosuch/nightly.prom': the folder " + tmp.resolve("nosuch")
                + " does not exist", dsl.stderr().strip());

        Trees.file(tmp, "nightly.sync.yaml", "sync:\n  - {from: src, to: dst}\nmetrics: prom/nightly.txt\n");
        Launcher.Result yaml = syncopate("run", "nightly.sync.yaml").assertExit(16);
        assertEquals("syncopate: nightly.sync.yaml:3: metrics 'prom/nightly.txt': not a .prom file: node_exporter's"
                + " textfile collector reads only *.prom files", yaml.stderr().strip());

        Launcher.Result robocopy = syncopate("robocopy", "src", "dst", "/METRICS:prom").assertExit(16);
        assertEquals("syncopate: invalid /METRICS:prom (not a .prom file: node_exporter's textfile collector reads only"
                + " *.prom files)", robocopy.stderr().strip());
        assertFalse(Files.exists(tmp.resolve("dst")), "nothing copied");
        assertTrue(Files.isDirectory(tmp.resolve("prom")));
    }
}
