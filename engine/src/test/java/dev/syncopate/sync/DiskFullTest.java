package dev.syncopate.sync;

import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.TempNames;
import dev.syncopate.log.ErrorLineFormat;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A destination volume that fills up: a real 2 MiB tmpfs, since only a real kernel says ENOSPC.
 * Files too big to fit fail (bit 8) and leave no temp behind, even under {@code /Z}: a partial
 * temp would hold the space the files that do fit need. Mounting needs root, as CI runs.
 */
class DiskFullTest {
    private static final int SMALL_FILES = 40;

    @TempDir
    Path tmp;
    private Path volume;
    private boolean mounted;

    @BeforeEach
    void mountSmallVolume() throws Exception {
        volume = Files.createDirectories(tmp.resolve("volume"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", volume.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        mounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a 2 MiB tmpfs (needs root): " + out);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", volume.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "restartable={0}")
    @ValueSource(booleans = {true, false})
    @Timeout(60)
    void whatFitsIsCopiedAndNoTempIsKept(boolean restartable) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Random random = new Random(7);
        byte[] big = new byte[3 << 20];   // each alone is larger than the volume
        for (String name : List.of("big1.bin", "big2.bin")) {
            random.nextBytes(big);
            Files.write(src.resolve(name), big);
        }
        for (int i = 0; i < SMALL_FILES; i++) {
            Files.writeString(src.resolve(String.format("small%02d.txt", i)), "small file " + i);
        }
        Path dst = volume.resolve("dst");

        SyncOptions.Builder b = SyncOptions.builder(src, dst).threads(1).retries(1).waitTime(Duration.ofSeconds(5));
        SyncOptions o = (restartable ? b.restartable() : b).build();
        Harness.Run r = Harness.runOnDisk(o);

        assertEquals(1 | 8, r.code(), r.describe());
        assertEquals((SMALL_FILES + 2) + " " + SMALL_FILES + " 0 0 2 0", r.files(), r.describe());
        try (Stream<Path> s = Files.list(dst)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(SMALL_FILES, names.size(), names.toString());
            assertTrue(names.stream().noneMatch(TempNames::isTemp), names.toString());
        }
        assertEquals("small file 7", Files.readString(dst.resolve("small07.txt")));
        SyncEvent.ErrorLine last = r.errors().getLast();
        assertEquals(List.of("2024/03/01 00:00:00 ERROR 112 (0x00000070) Copying File " + src.resolve("big2.bin"),
                "There is not enough space on the disk."), ErrorLineFormat.lines(last, ZoneOffset.UTC));
        assertEquals(4, r.errors().size(), r.describe());   // two tries of each big file
        assertTrue(r.errors().stream().allMatch(e -> e.code() == 112), r.describe());
    }
}
