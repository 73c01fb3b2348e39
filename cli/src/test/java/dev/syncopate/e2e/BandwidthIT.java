package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /BWLIMIT} through the launcher on real files: 20 MiB at 5 MiB/s take 4 s ± 15%, with one
 * thread and with four (the rate is shared). The clock starts when the first temp file appears in the
 * destination, so the JVM's start (seconds on a loaded machine, more when it builds its AOT cache) does not count.
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
        double single = copySeconds(one, tmp.resolve("dst1"), "/BWLIMIT:5M");
        double shared = copySeconds(four, tmp.resolve("dst4"), "/BWLIMIT:5M", "/MT:4");

        System.out.printf("BandwidthIT: 20 MiB at 5 MiB/s took %.2f s with one thread, %.2f s with /MT:4%n", single, shared);
        assertEquals(4.0, single, 0.6, "20 MiB at 5 MiB/s, one thread");
        assertEquals(4.0, shared, 0.6, "20 MiB at 5 MiB/s over /MT:4");
        assertArrayEquals(Files.readAllBytes(one.resolve("big.bin")), Files.readAllBytes(tmp.resolve("dst1/big.bin")));
        for (int i = 0; i < 4; i++) {
            String name = "part" + i + ".bin";
            assertArrayEquals(Files.readAllBytes(four.resolve(name)), Files.readAllBytes(tmp.resolve("dst4").resolve(name)));
        }
    }

    /** From the first file appearing in {@code dst} (the first temp file: data starts) to the process's end. */
    private double copySeconds(Path src, Path dst, String... switches) throws IOException {
        String[] args = new String[3 + switches.length];
        args[0] = "robocopy";
        args[1] = src.toString();
        args[2] = dst.toString();
        System.arraycopy(switches, 0, args, 3, switches.length);
        Launcher.Running running = Launcher.syncopate(args).in(tmp).start();
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

    private static void write(Path file, int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
