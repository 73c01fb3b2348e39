package dev.syncopate.execute;

import com.google.common.jimfs.Jimfs;
import dev.syncopate.classify.Classifier;
import dev.syncopate.classify.TimeComparison;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.march.Marcher;
import dev.syncopate.scan.NameKey;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.plan.Planner;
import dev.syncopate.scan.AttributeReader;
import dev.syncopate.scan.DirectoryLister;
import dev.syncopate.scan.Entry;
import dev.syncopate.select.Selector;
import dev.syncopate.sync.Trees;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The execute stage's world for one test: a jimfs file system with {@code src} and {@code dst},
 * the root directory's actions as the real planner makes them, and the run's executor as
 * {@link ExecuteStage} builds it, at a fixed clock, never waiting.
 *
 * <pre>{@code
 * try (Stage s = new Stage(b -> b.listOnly())) {
 *     s.source("a=1");
 *     List<SyncEvent> events = s.executor().copy(s.copyJob("a"));
 * }
 * }</pre>
 */
final class Stage implements AutoCloseable {
    final FileSystem fs = Jimfs.newFileSystem(Trees.Fs.UNIX.config);
    final Path src = fs.getPath("/src");
    final Path dst = fs.getPath("/dst");
    final StopSignal stop = new StopSignal();
    final Clock clock = Clock.fixed(Trees.NOW, ZoneOffset.UTC);
    final SyncOptions options;
    private final NameKey key = NameKey.exact();
    private final DirectoryLister lister = new DirectoryLister(AttributeReader.forFileSystem(fs), key, false);

    Stage(UnaryOperator<SyncOptions.Builder> switches) throws IOException {
        this.options = switches.apply(SyncOptions.builder(src, dst).retries(0)).build();
        Trees.build(src);
        Trees.build(dst);
    }

    void source(String... spec) throws IOException {
        Trees.build(src, spec);
    }

    void destination(String... spec) throws IOException {
        Trees.build(dst, spec);
    }

    List<String> destinationTree() throws IOException {
        return Trees.snapshot(dst);
    }

    List<String> sourceTree() throws IOException {
        return Trees.snapshot(src);
    }

    DirectoryContext root() {
        return new DirectoryContext("", src, dst, 0, true);
    }

    Selector selector() {
        return new Selector(options.selection(), Trees.NOW, ZoneOffset.UTC);
    }

    /** The run's executor, copying with {@code copier}. */
    Executor executor(Copier copier) {
        return ExecuteStage.build(options, selector(), clock, d -> { }, stop, copier);
    }

    Executor executor() {
        return executor(new FileCopier());
    }

    /** The root directory's actions, as the planner makes them from both listings now. */
    List<Action> plan() {
        Planner planner = new Planner(options, new Marcher(key), new Classifier(new TimeComparison(false, false)),
                selector());
        return planner.plan(root(), entries(src), temps().entries());
    }

    private List<Entry> entries(Path dir) {
        return lister.list(dir).entries();
    }

    /** The planned copy of {@code path}. */
    CopyJob copyJob(String path) {
        Action.CopyFile c = plan().stream().filter(a -> a instanceof Action.CopyFile && a.path().equals(path))
                .map(a -> (Action.CopyFile) a).findFirst().orElseThrow(() -> new AssertionError("no copy of " + path));
        String temp = temps().tempName(c);
        return new CopyJob(root(), c, LazyDir.existing(dst), temp, temps().listed(temp));   // as the walk makes it
    }

    /** The root destination's listing split into entries and temps. */
    TempSplit temps() {
        return TempSplit.of(entries(dst), entries(src), key);
    }

    /** The planned purges of the root directory. */
    List<Action.Purge> purges() {
        List<Action.Purge> out = new ArrayList<>();
        plan().forEach(a -> {
            if (a instanceof Action.Purge p) {
                out.add(p);
            }
        });
        return out;
    }

    /** "path kind disposition (reason)" of the file lines, then the other events' text. */
    static List<String> describe(List<SyncEvent> events) {
        return events.stream().map(e -> switch (e) {
            case SyncEvent.FileLine f -> f.path() + " " + f.kind() + " " + f.disposition()
                    + (f.reason() == null ? "" : " (" + f.reason() + ")");
            case SyncEvent.ErrorLine x -> "ERROR " + x.code() + " " + x.action() + " " + x.path().getFileName();
            case SyncEvent.Notice n -> (n.failure() ? "failure: " : "notice: ") + n.text();
            case SyncEvent.DirectoryLine d -> "dir '" + d.path() + "' " + d.status();
            default -> e.toString();
        }).toList();
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }
}
