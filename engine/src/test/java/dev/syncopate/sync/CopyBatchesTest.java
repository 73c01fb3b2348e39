package dev.syncopate.sync;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.CopyJob;
import dev.syncopate.execute.Executor;
import dev.syncopate.execute.LazyDir;
import dev.syncopate.execute.TempSplit;
import dev.syncopate.plan.Action;
import dev.syncopate.plan.DirectoryContext;
import dev.syncopate.scan.Entry;
import dev.syncopate.scan.EntryType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a directory's copies are cut into worker tasks, and that their lines keep walk order. */
class CopyBatchesTest {
    private static final long K = 1024;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<List<String>> tasks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> emitted = new ArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Sizes in KiB, comma-separated; each task as its files' names (f0, f1, ...) joined by '+'. */
    @ParameterizedTest(name = "{0} KiB, batching {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "1,2,3;                        true;  f0+f1+f2",
        "1,2,3;                        false; f0|f1|f2",
        "1024,1,2;                     true;  f0|f1+f2",      // a file of the byte limit goes alone
        "1,5000,2;                     true;  f0|f1|f2",      // and so does a larger one, in its place
        "600,600,100;                  true;  f0|f1+f2",      // the next file would pass the byte limit
        "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0;   true;  "
                + "f0+f1+f2+f3+f4+f5+f6+f7+f8+f9+f10+f11+f12+f13+f14+f15+f16+f17+f18+f19+f20+f21+f22+f23"
                + "+f24+f25+f26+f27+f28+f29+f30+f31|f32+f33",   // 32 files at most
    })
    void batchesByCountAndBytes(String sizes, boolean batching, String expected) {
        OrderedOutput output = new OrderedOutput(events -> events.forEach(e -> emitted.add(((SyncEvent.Notice) e).text())), 64);
        CopyBatches batches = new CopyBatches(recording(), tasksOnPool(), output, batching);
        long[] kib = Arrays.stream(sizes.split(",")).mapToLong(s -> Long.parseLong(s.trim())).toArray();
        for (int i = 0; i < kib.length; i++) {
            batches.add(job("f" + i, kib[i] * K));
        }
        batches.flush();
        output.drainAll();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kib.length; i++) {
            names.add("f" + i);
        }
        assertEquals(names, emitted, "lines in walk order");
        List<String> got = new ArrayList<>(tasks.stream().map(t -> String.join("+", t)).toList());
        Collections.sort(got, (a, b) -> Integer.compare(first(a), first(b)));
        assertEquals(expected, String.join("|", got));
    }

    /** A line written between copies (a skip, a directory line) stays between them. */
    @ParameterizedTest(name = "batching {0}")
    @CsvSource({"true", "false"})
    void aFlushKeepsLaterLinesAfterTheCopiesBeforeThem(boolean batching) {
        OrderedOutput output = new OrderedOutput(events -> events.forEach(e -> emitted.add(((SyncEvent.Notice) e).text())), 64);
        CopyBatches batches = new CopyBatches(recording(), tasksOnPool(), output, batching);
        batches.add(job("a", 1));
        batches.add(job("b", 1));
        batches.flush();
        output.now(new SyncEvent.Notice("skip"));
        batches.add(job("c", 1));
        batches.flush();
        output.drainAll();
        assertEquals(List.of("a", "b", "skip", "c"), emitted);
    }

    private static int first(String task) {
        return Integer.parseInt(task.split("\\+")[0].substring(1));
    }

    private static CopyJob job(String name, long size) {
        Entry e = new Entry(name, EntryType.FILE, size, 0, 0644, 0, false, null);
        DirectoryContext dir = new DirectoryContext("", Path.of("/src"), Path.of("/dst"), 0, true);
        return new CopyJob(dir, new Action.CopyFile(name, e, null, FileClass.NEW, false),
                LazyDir.existing(dir.destination()), ".tmp." + name);
    }

    private final ThreadLocal<List<String>> current = new ThreadLocal<>();

    /** The pool, noting each task it is handed, so the test sees which jobs went together. */
    private java.util.concurrent.Executor tasksOnPool() {
        return r -> pool.execute(() -> {
            List<String> t = Collections.synchronizedList(new ArrayList<>());
            tasks.add(t);
            current.set(t);
            r.run();
        });
    }

    /** Copies nothing; adds each job to its task's list and returns one line for it. */
    private Executor recording() {
        return new Executor() {
            @Override
            public List<SyncEvent> copy(CopyJob job) {
                current.get().add(job.action().path());
                return List.of(new SyncEvent.Notice(job.action().path()));
            }

            @Override
            public List<SyncEvent> makeDir(DirectoryContext dir, long files) {
                return List.of();
            }

            @Override
            public void clearTemps(DirectoryContext dir, TempSplit temps, List<Action> actions) {
            }

            @Override
            public List<SyncEvent> purge(DirectoryContext dir, List<Action.Purge> extras) {
                return List.of();
            }

            @Override
            public void directoryDone(DirectoryContext dir, Entry source) {
            }

            @Override
            public List<SyncEvent> finish() {
                return List.of();
            }
        };
    }
}
