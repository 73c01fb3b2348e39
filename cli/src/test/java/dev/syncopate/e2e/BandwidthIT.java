package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bandwidth 5.MB} through the launcher on real files: 20 MiB take 4 s ± 15%, with one thread
 * and with four (the rate is shared). One script with a block for each, so the JVM starts once; each
 * block's own elapsed time (its summary's) is what is measured, not the JVM's start.
 * {@code /BWLIMIT} in robocopy mode is timed by RemoteBandwidthIT, and refused values by FatalErrorsIT.
 */
class BandwidthIT {
    private static final int MIB = 1 << 20;

    @TempDir
    Path tmp;

    @Test
    void twentyMibAtFiveMibPerSecondTakeFourSecondsWithOneThreadOrFour() throws IOException {
        Path one = Trees.dir(tmp, "one");
        write(one.resolve("big.bin"), 20 * MIB, 1);
        Path four = Trees.dir(tmp, "four");
        for (int i = 0; i < 4; i++) {
            write(four.resolve("part" + i + ".bin"), 5 * MIB, 10 + i);
        }
        Path script = Files.writeString(tmp.resolve("throttled.sync.groovy"), """
                def one = sync('one') { from '%s'; to '%s'; bandwidth 5.MB; threads 1 }
                def four = sync('four') { from '%s'; to '%s'; bandwidth '5M'; threads 4 }
                println "seconds ${one.summary.elapsed.toMillis() / 1000} ${four.summary.elapsed.toMillis() / 1000}"
                """.formatted(one, tmp.resolve("dst1"), four, tmp.resolve("dst4")));

        Launcher.Result r = Launcher.syncopateIn(tmp, "run", script.toString()).run().assertExit(1);

        assertEquals("", r.stderr());
        List<String> seconds = List.of(r.stdoutLines().getLast().split(" "));
        assertEquals("seconds", seconds.get(0), r.stdout());
        double single = Double.parseDouble(seconds.get(1));
        double shared = Double.parseDouble(seconds.get(2));
        System.out.printf("BandwidthIT: 20 MiB at 5 MiB/s took %.2f s with one thread, %.2f s with threads 4%n",
                single, shared);
        assertEquals(4.0, single, 0.6, "20 MiB at 5 MiB/s, one thread");
        assertEquals(4.0, shared, 0.6, "20 MiB at 5 MiB/s over 4 threads");
        assertArrayEquals(Files.readAllBytes(one.resolve("big.bin")), Files.readAllBytes(tmp.resolve("dst1/big.bin")));
        for (int i = 0; i < 4; i++) {
            String name = "part" + i + ".bin";
            assertArrayEquals(Files.readAllBytes(four.resolve(name)), Files.readAllBytes(tmp.resolve("dst4").resolve(name)));
        }
    }

    /** From the first entry appearing in {@code dst} (a temp file: data starts) to the end of {@code copy}, which must exit 1. */
    static double copySeconds(Launcher copy, Path dst) throws IOException {
        Launcher.Running running = copy.start();
        long deadline = System.nanoTime() + Launcher.TIMEOUT.toNanos();
        while (!hasEntries(dst) && running.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long start = System.nanoTime();
        Launcher.Result r = running.await().assertExit(1);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.stderr().isEmpty(), r.toString());
        return seconds;
    }

    private static boolean hasEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    static void write(Path file, int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
