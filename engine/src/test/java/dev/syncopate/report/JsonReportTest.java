package dev.syncopate.report;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.log.TestEvents;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonReportTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path file = fs.getPath("/var/reports/nightly/docs.json");

    private static final Summary SUMMARY = new Summary(new Counts(3, 1, 2, 0, 0, 0), new Counts(17, 16, 0, 0, 1, 2),
            new Counts(4000, 3000, 0, 0, 1000, 500), Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO,
            Duration.ZERO);

    private void run(JsonReport report, boolean listOnly) {
        SyncOptions o = SyncOptions.builder(TestEvents.SRC, TestEvents.DST).listOnly(listOnly).build();
        report.accept(new SyncEvent.JobStarted(o, TestEvents.T0));
        report.accept(TestEvents.error(1, 32, "Copying File", "a.pst", "busy", true));
        report.accept(TestEvents.error(6, 32, "Copying File", "a.pst", "The process cannot access the file \"a.pst\".",
                false));
        report.accept(new SyncEvent.JobFinished(SUMMARY, TestEvents.T0.plusSeconds(5).plusNanos(123_456_789), 9));
    }

    @Test
    void writesTheReportVerbatim() throws IOException {
        run(new JsonReport(file, ZoneOffset.UTC, s -> s), false);
        assertEquals("""
                {
                  "exitCode": 9,
                  "source": "/srv/docs",
                  "destination": "/mnt/nas/docs",
                  "started": "2026-11-22T02:43:10Z",
                  "ended": "2026-11-22T02:43:15.123Z",
                  "listOnly": false,
                  "summary": {
                    "dirs": {
                      "total": 3,
                      "copied": 1,
                      "skipped": 2,
                      "mismatch": 0,
                      "failed": 0,
                      "extras": 0
                    },
                    "files": {
                      "total": 17,
                      "copied": 16,
                      "skipped": 0,
                      "mismatch": 0,
                      "failed": 1,
                      "extras": 2
                    },
                    "bytes": {
                      "total": 4000,
                      "copied": 3000,
                      "skipped": 0,
                      "mismatch": 0,
                      "failed": 1000,
                      "extras": 500
                    }
                  },
                  "errors": [
                    {
                      "time": "2026-11-22T02:43:16Z",
                      "code": 32,
                      "action": "Copying File",
                      "path": "/srv/docs/a.pst",
                      "message": "The process cannot access the file \\"a.pst\\"."
                    }
                  ]
                }
                """, Files.readString(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void parsesBackWithTheZoneOffsetAndListOnly() throws IOException {
        run(new JsonReport(file, ZoneId.of("Europe/Berlin"), s -> s), true);
        Map<?, ?> report = (Map<?, ?>) MiniJson.parse(Files.readString(file));
        assertEquals(9L, report.get("exitCode"));
        assertEquals(Boolean.TRUE, report.get("listOnly"));
        assertEquals("2026-11-22T03:43:10+01:00", report.get("started"));
        Map<?, ?> files = (Map<?, ?>) ((Map<?, ?>) report.get("summary")).get("files");
        assertEquals(16L, files.get("copied"));
        assertEquals(1, ((List<?>) report.get("errors")).size());
    }

    @Test
    void replacesAnEarlierReportAndMasksStrings() throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        run(new JsonReport(file, ZoneOffset.UTC, s -> s.replace("a.pst", "*****")), false);
        String text = Files.readString(file);
        Map<?, ?> error = (Map<?, ?>) ((List<?>) ((Map<?, ?>) MiniJson.parse(text)).get("errors")).get(0);
        assertEquals("/srv/docs/*****", error.get("path"));
        assertEquals("The process cannot access the file \"*****\".", error.get("message"));
    }
}
