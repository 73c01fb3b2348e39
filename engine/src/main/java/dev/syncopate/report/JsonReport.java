package dev.syncopate.report;

import dev.syncopate.fs.AtomicFile;
import dev.syncopate.fs.PathDisplay;

import dev.syncopate.event.Counts;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.options.SyncOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code /JSON:file} report, written when the job finishes:
 *
 * <pre>{@code
 * {
 *   "exitCode": 1,
 *   "source": "/srv/docs",
 *   "destination": "/mnt/nas/docs",
 *   "started": "2026-11-22T02:43:10+01:00",
 *   "ended": "2026-11-22T02:43:15+01:00",
 *   "listOnly": false,
 *   "summary": {
 *     "dirs": {"total": 3, "copied": 1, "skipped": 2, "mismatch": 0, "failed": 0, "extras": 0},
 *     "files": {...},
 *     "bytes": {...}
 *   },
 *   "errors": [
 *     {"time": "...", "code": 5, "action": "Copying File", "path": "/srv/docs/a.pst", "message": "Access is denied."}
 *   ]
 * }
 * }</pre>
 *
 * (members are one per line in the file). Times are ISO-8601 with the zone's offset, to the
 * millisecond. {@code errors} holds the errors that were not retried: each failed item's last
 * word. The file is written to a temporary name beside it and renamed into place, so a reader
 * never sees half a report and a crashed run leaves the previous report intact.
 *
 * <pre>{@code
 * EventSink report = new JsonReport(Path.of("/var/log/syncopate/docs.json"), ZoneId.systemDefault(), s -> s);
 * }</pre>
 */
public final class JsonReport implements EventSink {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Path file;
    private final ZoneId zone;
    private final UnaryOperator<String> mask;
    private final List<SyncEvent.ErrorLine> errors = new ArrayList<>();
    private SyncOptions options;
    private Instant started;

    /**
     * @param file the report file; missing parent directories are created
     * @param zone the zone of the times' offsets
     * @param mask applied to every string (paths, messages), e.g. to hide secrets
     */
    public JsonReport(Path file, ZoneId zone, UnaryOperator<String> mask) {
        this.file = file;
        this.zone = zone;
        this.mask = mask;
    }

    @Override
    public void accept(SyncEvent event) {
        switch (event) {
            case SyncEvent.JobStarted s -> {
                options = s.options();
                started = s.at();
            }
            case SyncEvent.ErrorLine e -> {
                if (!e.retrying()) {
                    errors.add(e);
                }
            }
            case SyncEvent.JobFinished f -> write(render(f));
            default -> {
            }
        }
    }

    /** The report's text for {@code f}. */
    String render(SyncEvent.JobFinished f) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("exitCode").value(f.exitCode());
        w.name("source").value(options == null ? null : text(options.source()));
        w.name("destination").value(options == null ? null : text(options.destination()));
        w.name("started").value(started == null ? null : time(started));
        w.name("ended").value(time(f.at()));
        w.name("listOnly").value(options != null && options.listOnly());
        w.name("summary").beginObject();
        counts(w, "dirs", f.summary().dirs());
        counts(w, "files", f.summary().files());
        counts(w, "bytes", f.summary().bytes());
        w.endObject();
        w.name("errors").beginArray();
        for (SyncEvent.ErrorLine e : errors) {
            w.beginObject();
            w.name("time").value(time(e.at()));
            w.name("code").value(e.code());
            w.name("action").value(mask.apply(e.action()));
            w.name("path").value(e.path() == null ? null : text(e.path()));
            w.name("message").value(e.message() == null ? null : mask.apply(e.message()));
            w.endObject();
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void counts(JsonWriter w, String name, Counts c) {
        w.name(name).beginObject()
                .name("total").value(c.total())
                .name("copied").value(c.copied())
                .name("skipped").value(c.skipped())
                .name("mismatch").value(c.mismatch())
                .name("failed").value(c.failed())
                .name("extras").value(c.extras())
                .endObject();
    }

    private String text(Path p) {
        return mask.apply(PathDisplay.of(p));
    }

    private String time(Instant at) {
        return TIME.format(at.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
    }

    private void write(String json) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            AtomicFile.writeString(target, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report " + file, e);
        }
    }
}
