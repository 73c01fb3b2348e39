package dev.syncopate.sync;

import com.google.common.jimfs.Jimfs;
import dev.syncopate.event.Counts;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.options.SyncOptions;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One scenario's world: a jimfs file system with {@code src} and {@code dst} at its root, a fixed
 * clock at {@link Trees#NOW}, and a sleeper that records the waits (and can act on them, to make
 * a retry succeed).
 *
 * <pre>{@code
 * try (Harness h = new Harness(Trees.Fs.UNIX)) {
 *     h.source("a.txt=1");
 *     Harness.Run r = h.run(b -> b.mirror());
 *     assertEquals(1, r.code());
 * }
 * }</pre>
 */
final class Harness implements AutoCloseable {
    final Trees.Fs kind;
    final FileSystem fs;
    final Path root;
    final Path src;
    final Path dst;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    /** Runs at each retry wait, on the copying thread. */
    volatile Runnable onSleep = () -> { };
    /** The run's stop signal: a hook can stop the run it is part of. */
    final StopSignal stop = new StopSignal();

    Harness(Trees.Fs kind) {
        this.kind = kind;
        this.fs = Jimfs.newFileSystem(kind.config);
        this.root = fs.getRootDirectories().iterator().next();
        this.src = root.resolve("src");
        this.dst = root.resolve("dst");
    }

    /** What one run produced. */
    record Run(SyncResult result, List<SyncEvent> events) {
        int code() {
            return result.exitCode();
        }

        String files() {
            return counts(result.summary().files());
        }

        String dirs() {
            return counts(result.summary().dirs());
        }

        String bytes() {
            return counts(result.summary().bytes());
        }

        List<SyncEvent.FileLine> fileLines() {
            return events.stream().filter(e -> e instanceof SyncEvent.FileLine).map(e -> (SyncEvent.FileLine) e)
                    .toList();
        }

        List<SyncEvent.ErrorLine> errors() {
            return events.stream().filter(e -> e instanceof SyncEvent.ErrorLine).map(e -> (SyncEvent.ErrorLine) e)
                    .toList();
        }

        List<String> notices() {
            return events.stream().filter(e -> e instanceof SyncEvent.Notice).map(e -> ((SyncEvent.Notice) e).text())
                    .toList();
        }

        List<SyncEvent.DirectoryLine> dirLines() {
            return events.stream().filter(e -> e instanceof SyncEvent.DirectoryLine)
                    .map(e -> (SyncEvent.DirectoryLine) e).toList();
        }

        /** The events in one line each, without the options: for failure messages. */
        String describe() {
            StringBuilder b = new StringBuilder();
            for (SyncEvent e : events) {
                b.append("\n    ").append(switch (e) {
                    case SyncEvent.JobStarted s -> "started";
                    case SyncEvent.DirectoryLine d -> "dir  '" + d.path() + "' " + d.status() + " " + d.files();
                    case SyncEvent.FileLine f -> "file '" + f.path() + "' " + f.kind() + " " + f.disposition()
                            + (f.reason() == null ? "" : " (" + f.reason() + ")");
                    case SyncEvent.ErrorLine x -> "error " + x.code() + " " + x.action() + " " + x.path() + ": "
                            + x.message() + (x.retrying() ? " (retrying)" : "");
                    case SyncEvent.Notice n -> "notice " + n.text();
                    case SyncEvent.Progress p -> "progress " + p.files();
                    case SyncEvent.JobFinished f -> "finished " + f.exitCode();
                    default -> e.toString();   // an event type added later
                });
            }
            return b.toString();
        }

        /** "path disposition" per file line, e.g. {@code "a.txt COPIED"}. */
        List<String> dispositions() {
            return fileLines().stream().map(f -> f.path() + " " + f.disposition()).toList();
        }
    }

    /** "total copied skipped mismatch failed extras". */
    static String counts(Counts c) {
        return c.total() + " " + c.copied() + " " + c.skipped() + " " + c.mismatch() + " " + c.failed() + " "
                + c.extras();
    }

    void source(String... spec) throws IOException {
        Trees.build(src, spec);
    }

    void destination(String... spec) throws IOException {
        Trees.build(dst, spec);
    }

    Path path(String relative) {
        return Trees.resolve(root, relative);
    }

    List<String> sourceTree() throws IOException {
        return Trees.snapshot(src);
    }

    List<String> destinationTree() throws IOException {
        return Trees.snapshot(dst);
    }

    EngineContext context() {
        return new EngineContext(Clock.fixed(Trees.NOW, ZoneOffset.UTC), d -> {
            sleeps.add(d);
            onSleep.run();
        }, ZoneOffset.UTC, stop);
    }

    /** Runs src → dst with the switches {@code options} sets on a fresh builder. */
    Run run(UnaryOperator<SyncOptions.Builder> options) {
        return run(options.apply(SyncOptions.builder(src, dst)).build());
    }

    /** A builder for other roots than src and dst. */
    SyncOptions.Builder options(Path source, Path destination) {
        return SyncOptions.builder(source, destination);
    }

    /** Runs {@code options} on the file system their paths are on (a real disk), at the fixed clock, never waiting. */
    static Run runOnDisk(SyncOptions options) {
        EngineContext context = new EngineContext(Clock.fixed(Trees.NOW, ZoneOffset.UTC), d -> { }, ZoneOffset.UTC);
        List<SyncEvent> events = new ArrayList<>();
        return new Run(new SyncEngine(options, context).run(events::add), events);
    }

    Run run(SyncOptions options) {
        List<SyncEvent> events = new ArrayList<>();
        SyncResult r = new SyncEngine(options, context()).run(events::add);
        return new Run(r, events);
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }
}
