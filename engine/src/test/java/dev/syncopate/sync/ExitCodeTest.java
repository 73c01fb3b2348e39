package dev.syncopate.sync;

import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.hooks.Verdict;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exit bitmask, every combination of 1 (copied), 2 (extras), 4 (mismatches) and 8 (failures),
 * and 16. Each row runs twice under /MIR: first with /L, which must change nothing and give the
 * real run's code and summary, then for real. Failures come from a beforeCopy hook that throws
 * for names starting with "bad" (the hook runs under /L too, so the dry run sees them).
 */
class ExitCodeTest {
    private static final SyncHooks BAD_THROWS = new SyncHooks() {
        @Override
        public Verdict beforeCopy(FileView f) {
            if (f.name().startsWith("bad")) {
                throw new IllegalStateException("refused " + f.name());
            }
            return Verdict.PROCEED;
        }
    };

    private static final String[] SAME = {"same=1"};
    private static final String[] NEW = {"new=1"};
    private static final String[] EXTRA = {"extra=1"};
    private static final String[] MISMATCH_SRC = {"mm=1"};
    private static final String[] MISMATCH_DST = {"mm/x=1"};
    private static final String[] BAD = {"bad=1"};

    private static Arguments code(int code, String name, String[][] src, String[][] dst) {
        return Arguments.of(code, name, flat(src), flat(dst));
    }

    private static String[] flat(String[][] parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    private static String[][] of(String[]... parts) {
        return parts;
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                code(0, "nothing to do", of(SAME), of(SAME)),
                code(1, "copied", of(SAME, NEW), of(SAME)),
                code(2, "extras", of(SAME), of(SAME, EXTRA)),
                code(3, "copied + extras", of(NEW), of(EXTRA)),
                code(4, "mismatch", of(MISMATCH_SRC), of(MISMATCH_DST)),
                code(5, "copied + mismatch", of(NEW, MISMATCH_SRC), of(MISMATCH_DST)),
                code(6, "extras + mismatch", of(MISMATCH_SRC), of(MISMATCH_DST, EXTRA)),
                code(7, "copied + extras + mismatch", of(NEW, MISMATCH_SRC), of(MISMATCH_DST, EXTRA)),
                code(8, "failed", of(BAD, SAME), of(SAME)),
                code(9, "failed + copied", of(BAD, NEW), of()),
                code(10, "failed + extras", of(BAD), of(EXTRA)),
                code(11, "failed + copied + extras", of(BAD, NEW), of(EXTRA)),
                code(12, "failed + mismatch", of(BAD, MISMATCH_SRC), of(MISMATCH_DST)),
                code(13, "failed + copied + mismatch", of(BAD, NEW, MISMATCH_SRC), of(MISMATCH_DST)),
                code(14, "failed + extras + mismatch", of(BAD, MISMATCH_SRC), of(MISMATCH_DST, EXTRA)),
                code(15, "everything", of(BAD, NEW, MISMATCH_SRC), of(MISMATCH_DST, EXTRA)))
                .flatMap(a -> Arrays.stream(Trees.Fs.values()).map(fs -> {
                    Object[] x = a.get();
                    return Arguments.of(x[0], x[1], fs, x[2], x[3]);
                }));
    }

    @ParameterizedTest(name = "{0}: {1} [{2}]")
    @MethodSource("codes")
    void bitmask(int code, String name, Trees.Fs fs, String[] src, String[] dst) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source(src);
            h.destination(dst);
            List<String> before = h.destinationTree();
            SyncOptions real = SyncOptions.builder(h.src, h.dst).mirror().hooks(BAD_THROWS).build();

            Harness.Run dry = h.run(real.toBuilder().listOnly().build());
            assertEquals(before, h.destinationTree(), "/L changes nothing" + dry.describe());
            assertEquals(code, dry.code(), "/L" + dry.describe());

            Harness.Run run = h.run(real);
            assertEquals(code, run.code(), run.describe());
            assertEquals(run.result().summary().files(), dry.result().summary().files(), "/L counts as the run");
            assertEquals(run.result().summary().dirs(), dry.result().summary().dirs(), "/L counts as the run");
            assertEquals(dry.dispositions(), run.dispositions());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Trees.Fs.class)
    void listOnlyIntoAMissingDestinationCreatesNothing(Trees.Fs fs) throws Exception {
        try (Harness h = new Harness(fs)) {
            h.source("a=1", "sub/b=2", "empty/");
            Harness.Run dry = h.run(b -> b.mirror().listOnly());
            assertEquals(List.of("<absent>"), h.destinationTree(), dry.describe());
            Harness.Run run = h.run(b -> b.mirror());
            assertEquals(1, dry.code());
            assertEquals(run.code(), dry.code());
            assertEquals(run.files(), dry.files());
            assertEquals(run.dirs(), dry.dirs());
            assertEquals(run.dispositions(), dry.dispositions());
        }
    }
}
