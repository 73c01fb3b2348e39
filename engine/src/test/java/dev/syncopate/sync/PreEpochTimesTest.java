package dev.syncopate.sync;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Modification times before 1970 on a real disk: the JDK cannot set a negative time with a
 * fraction of a second on Unix (it ends up as 1970-01-01), so the sources here get their times
 * from {@code touch}, as a user's files would, and the copies must keep them to the nanosecond.
 */
class PreEpochTimesTest {
    private static final CopyFlags DIR_TIMES = new CopyFlags(true, true, true, false, false, false);

    @TempDir
    Path tmp;

    private Harness.Run run(UnaryOperator<SyncOptions.Builder> options) {
        return Harness.runOnDisk(
                options.apply(SyncOptions.builder(tmp.resolve("src"), tmp.resolve("dst"))).build());
    }

    /** Sets a file's (or a link's own) mtime the way a user does: {@code touch -d @seconds}. */
    private static void touch(Path p, String epochSeconds) throws Exception {
        Process t = new ProcessBuilder("touch", "-h", "-m", "-d", "@" + epochSeconds, p.toString())
                .redirectErrorStream(true).start();
        String out = new String(t.getInputStream().readAllBytes()).trim();
        assumeTrue(t.waitFor(10, TimeUnit.SECONDS) && t.exitValue() == 0, "GNU touch -d @seconds: " + out);
    }

    private static long mtime(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(strings = {"-340394887.5", "-1.25", "-0.5", "-0.000000001", "-1", "0", "0.5", "-2147483000.999999999"})
    void timesBeforeAndAround1970RoundTripAndTheSecondRunIsANoOp(String seconds) throws Exception {
        Path src = tmp.resolve("src");
        Trees.build(src, "f=data", "d/", "d/g=more", "link->f");
        for (String p : List.of("f", "d/g", "link", "d")) {
            touch(src.resolve(p), seconds);
        }
        long expected = new java.math.BigDecimal(seconds).movePointRight(9).longValueExact();
        assertEquals(expected, mtime(src.resolve("f")), "touch set the source");

        UnaryOperator<SyncOptions.Builder> mirror = b -> b.mirror().copyLinks(true).dirCopyFlags(DIR_TIMES);
        Harness.Run first = run(mirror);
        assertEquals(1, first.code(), first.describe());
        assertEquals("3 3 0 0 0 0", first.files(), first.describe());
        Path dst = tmp.resolve("dst");
        for (String p : List.of("f", "d/g", "link", "d")) {
            assertEquals(expected, mtime(dst.resolve(p)), p + first.describe());
        }

        Harness.Run second = run(mirror);
        assertEquals(0, second.code(), second.describe());
        assertEquals("3 0 3 0 0 0", second.files(), second.describe());
    }
}
