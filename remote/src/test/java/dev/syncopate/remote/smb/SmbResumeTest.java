package dev.syncopate.remote.smb;

import dev.syncopate.execute.TempNames;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.SambaServer;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server dies in the middle of a large file: with {@code /Z} and retries the engine reconnects
 * and resumes where the temp file ended; if the server stays down the old target is left as it was.
 */
class SmbResumeTest {
    private static final int SIZE = 64 << 20;
    private static final long KILL_AT = 12 << 20;
    @RegisterExtension
    static final SambaServer smb = SambaServer.onLoopback();

    @TempDir
    Path local;

    @AfterEach
    void serverBackUp() throws IOException {
        smb.start();   // no-op when it is running
    }

    private static RemoteRoot open(String path) throws IOException {
        return new SmbOpener().open(smb.location(SambaServer.DATA, path), smb.login(Duration.ofSeconds(5)));
    }

    private static Path bigFile(Path p, long seed) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Random r = new Random(seed);
        try (FileChannel out = FileChannel.open(p, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < SIZE / chunk.length; i++) {
                r.nextBytes(chunk);
                out.write(ByteBuffer.wrap(chunk));
            }
        }
        return p;
    }

    /** Kills smbd once a temp file in {@code dir} holds {@code KILL_AT} bytes; restarts it after a moment if asked. */
    private static CompletableFuture<Long> killMidFile(Path dir, boolean restart) {
        return CompletableFuture.supplyAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                long size = tempSize(dir).orElse(0L);
                if (size >= KILL_AT) {
                    smb.kill();
                    if (restart) {
                        try {
                            Thread.sleep(300);
                            smb.start();
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return size;
                }
                Thread.onSpinWait();
            }
            throw new IllegalStateException("no temp file of " + KILL_AT + " bytes appeared in " + dir);
        });
    }

    private static Optional<Long> tempSize(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (TempNames.isTemp(p.getFileName().toString())) {
                    return Optional.of(Files.size(p));
                }
            }
        } catch (IOException e) {
            // not created yet, or the temp was renamed away between list and size
        }
        return Optional.empty();
    }

    @Test
    void resumesAfterTheServerCameBack() throws Exception {
        Path src = Files.createDirectories(local.resolve("src"));
        bigFile(src.resolve("big.bin"), 1);
        Path server = Files.createDirectories(smb.dir(SambaServer.DATA).resolve("resume"));
        try (RemoteRoot root = open("resume")) {
            CompletableFuture<Long> killer = killMidFile(server, true);
            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).restartable().retries(3)
                    .waitTime(Duration.ofSeconds(1)), root);
            long killedAt = killer.get(30, TimeUnit.SECONDS);
            assertTrue(r.exitCode() < 8 && (r.exitCode() & 1) != 0, r.log());
            assertTrue(r.log().contains("ERROR 64 (0x00000040) Copying File "), r.log());
            assertEquals(Trees.crc(src.resolve("big.bin")), Trees.crc(server.resolve("big.bin")));
            Matcher m = Pattern.compile("Resumed at (\\d+) bytes").matcher(r.log());
            assertTrue(m.find(), r.log());
            long resumedAt = Long.parseLong(m.group(1));
            assertTrue(resumedAt >= KILL_AT && resumedAt < SIZE, "killed at " + killedAt + ", resumed at " + resumedAt);
            assertEquals(Optional.empty(), tempSize(server));
        }
    }

    @Test
    void leavesTheOldTargetWhenTheServerStaysDown() throws Exception {
        Path src = Files.createDirectories(local.resolve("src"));
        bigFile(src.resolve("big.bin"), 2);
        Path server = Files.createDirectories(smb.dir(SambaServer.DATA).resolve("down"));
        Files.writeString(server.resolve("big.bin"), "old version");
        Files.writeString(server.resolve("extra.txt"), "extra");
        try (RemoteRoot root = open("down")) {
            CompletableFuture<Long> killer = killMidFile(server, false);
            EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).restartable().retries(2)
                    .waitTime(Duration.ofMillis(200)), root);
            killer.get(30, TimeUnit.SECONDS);
            assertTrue((r.exitCode() & 8) != 0, r.log());
            assertTrue(r.log().contains("ERROR 53 (0x00000035) Copying File "), r.log());
            assertTrue(r.log().contains("The network path was not found. (smb://127.0.0.1:" + smb.port()
                    + "/data/down: connection refused"), r.log());
            assertTrue(r.log().contains("smb://127.0.0.1:" + smb.port() + "/data/down/"), r.log());
            assertEquals("old version", Files.readString(server.resolve("big.bin")));
            assertEquals("extra", Files.readString(server.resolve("extra.txt")));
            assertTrue(tempSize(server).orElse(0L) >= KILL_AT, "the partial temp stays for the next /Z run");
        }
    }
}
