package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * /MT:n writes the same events in the same order as /MT:1, whatever order the copies finish in:
 * a tree of many files of very different sizes (so copies finish out of order), with every kind
 * of line (new, newer, same, excluded, vetoed, extras, mismatches, failures with retries).
 */
class ParallelOrderTest {

    static Stream<Arguments> threads() {
        return Arrays.stream(Trees.Fs.values()).flatMap(fs -> Stream.of(2, 8, 32).map(n -> Arguments.of(fs, n)));
    }

    private static void world(Harness h) throws IOException {
        List<String> src = new ArrayList<>();
        List<String> dst = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            for (int i = 0; i < 40; i++) {
                String name = "d" + d + "/s" + (i % 3) + "/f" + i;
                // every fifth file is large, so it finishes after the small ones queued behind it
                String content = i % 5 == 0 ? "x".repeat(200_000 + i) : "c" + i;
                switch (i % 8) {
                    case 0, 1, 2 -> src.add(name + "=" + content);
                    case 3 -> { src.add(name + "=" + content + "@+9"); dst.add(name + "=old"); }
                    case 4 -> { src.add(name + "=" + content); dst.add(name + "=" + content); }
                    case 5 -> src.add(name + ".tmp=" + content);
                    case 6 -> { dst.add(name + "=extra"); src.add(name + ".lock=1"); }
                    default -> { src.add(name + "=" + content); dst.add(name + "/x=mismatch"); }
                }
            }
            src.add("d" + d + "/bad" + d + "=1");
            dst.add("d" + d + "/gone/deep=1");
        }
        h.source(src.toArray(String[]::new));
        h.destination(dst.toArray(String[]::new));
    }

    /** Vetoes *.lock, and puts a non-empty directory where bad* must land (the copy fails after retries). */
    private static final SyncHooks HOOKS = new SyncHooks() {
        @Override
        public Verdict beforeCopy(FileView f) {
            if (f.name().startsWith("bad")) {
                try {
                    Files.createDirectories(f.target().resolve("x"));
                    Files.writeString(f.target().resolve("x").resolve("y"), "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return f.name().endsWith(".lock") ? Verdict.skip("locked") : Verdict.PROCEED;
        }
    };

    private static List<SyncEvent> run(Trees.Fs fs, int threads, SyncHooks hooks) throws Exception {
        try (Harness h = new Harness(fs)) {
            world(h);
            SyncOptions o = SyncOptions.builder(h.src, h.dst).mirror().excludeFiles("*.tmp").retries(1)
                    .threads(threads).hooks(hooks).build();
            Harness.Run r = h.run(o);
            // without the hook nothing vetoes a file or makes a copy fail
            assertEquals(hooks == HOOKS ? 1 | 2 | 4 | 8 : 1 | 2 | 4, r.code(), r.describe());
            return r.events().subList(1, r.events().size());   // JobStarted holds the options, threads included
        }
    }

    @ParameterizedTest(name = "/MT:{1} [{0}]")
    @MethodSource("threads")
    void sameEventsInTheSameOrderAsOneThread(Trees.Fs fs, int threads) throws Exception {
        sameEvents(fs, threads, HOOKS);
    }

    /** Without a beforeCopy hook the copies go to the workers in batches (CopyBatches): still the same log. */
    @ParameterizedTest(name = "/MT:{1} [{0}], copies in batches")
    @MethodSource("threads")
    void sameEventsInTheSameOrderWhenCopiesGoInBatches(Trees.Fs fs, int threads) throws Exception {
        sameEvents(fs, threads, SyncHooks.NONE);
    }

    private static void sameEvents(Trees.Fs fs, int threads, SyncHooks hooks) throws Exception {
        List<SyncEvent> one = run(fs, 1, hooks);
        List<SyncEvent> many = run(fs, threads, hooks);
        assertEquals(one.size(), many.size());
        for (int i = 0; i < one.size(); i++) {
            // compared as text: the paths belong to two different jimfs instances
            assertEquals(one.get(i).toString(), many.get(i).toString(), "event " + i);
        }
    }
}
