package dev.syncopate.remote.sftp;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.EngineRun;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.testserver.OpenSshServer;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server dies in the middle of a large upload ({@code sshd} and its session processes SIGKILLed).
 * With {@code /Z} and retries, the engine's next attempt reconnects by itself and continues the temp
 * file where the server left it; with the server gone for good, the run fails cleanly.
 */
class SftpResumeTest {
    private static final int SIZE = 150 * 1024 * 1024;
    private static final long KILL_AT = 30L * 1024 * 1024;
    @RegisterExtension
    static final OpenSshServer ssh = OpenSshServer.plain();

    @TempDir
    static Path tmp;
    private static Path source;

    @BeforeAll
    static void up() throws IOException {
        source = tmp.resolve("src");
        Files.createDirectories(source);
        bigFile(source.resolve("big.bin"));
    }

    @Test
    void aKilledServerComesBackAndTheCopyResumesFromTheTempFile() throws Exception {
        Path remote = ssh.dataDir().resolve("resume");
        AtomicLong killedAt = new AtomicLong();
        Thread saboteur = new Thread(() -> {
            try {
                killedAt.set(killWhenTempReaches(remote));
                // The engine's log is written per file, after the file: too late to watch. Instead the
                // port answers the engine's first reconnect itself, by hanging up, which proves the
                // engine saw a failure and came back; only then does sshd return.
                try (ServerSocket standIn = new ServerSocket()) {
                    standIn.setReuseAddress(true);
                    standIn.bind(new InetSocketAddress("127.0.0.1", ssh.port()));
                    standIn.setSoTimeout(30_000);
                    standIn.accept().close();
                }
                ssh.restart();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        String log;
        int exit;
        try (RemoteRoot root = open("resume")) {
            saboteur.start();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            SyncResult r = SyncRunner.run(options(root).build(), out, out);
            saboteur.join(30_000);
            log = bytes.toString(StandardCharsets.UTF_8);
            exit = r.exitCode();
        }
        assertTrue(killedAt.get() >= KILL_AT, "the server was not killed mid-file: " + log);
        assertTrue(exit < 8, "exit " + exit + ": " + log);
        assertEquals(Trees.crc(source.resolve("big.bin")), Trees.crc(remote.resolve("big.bin")), log);
        Matcher resumed = Pattern.compile("Resumed at (\\d+) bytes").matcher(log);
        assertTrue(resumed.find(), log);
        assertTrue(Long.parseLong(resumed.group(1)) >= KILL_AT / 2, "resumed too early: " + log);
        SftpCopyTest.assertNoTempFiles(remote);
    }

    @Test
    void aServerThatStaysDownFailsTheFileAndLeavesTheOldTargetAlone() throws Exception {
        Path remote = ssh.dataDir().resolve("down");
        Files.createDirectories(remote);
        Files.writeString(remote.resolve("big.bin"), "the old version");
        Files.writeString(remote.resolve("other.txt"), "not in the source");
        ssh.giveToUser(remote);
        String log;
        int exit;
        try (RemoteRoot root = open("down")) {
            Thread saboteur = new Thread(() -> {
                try {
                    killWhenTempReaches(remote);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            saboteur.start();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            SyncResult r = SyncRunner.run(options(root).retries(2).waitTime(Duration.ofMillis(300)).build(), out, out);
            saboteur.join(30_000);
            log = bytes.toString(StandardCharsets.UTF_8);
            exit = r.exitCode();
        } finally {
            ssh.restart();
        }
        assertTrue((exit & 8) != 0, "exit " + exit + ": " + log);
        assertTrue(log.contains("sftp://127.0.0.1:" + ssh.port() + ": connection lost ("), log);
        assertTrue(log.contains("connection refused"), log);
        assertEquals("the old version", Files.readString(remote.resolve("big.bin")));
        assertEquals("not in the source", Files.readString(remote.resolve("other.txt")));
    }

    private static SyncOptions.Builder options(RemoteRoot root) {
        return EngineRun.options(source, root.path(), root).restartable().retries(3).waitTime(Duration.ofSeconds(1));
    }

    private static RemoteRoot open(String sub) throws IOException {
        return new SftpOpener().open(ssh.location(sub),
                ssh.keyLogin(Duration.ofSeconds(5)));
    }

    /** Polls the server's directory for the temp file and SIGKILLs sshd once it holds KILL_AT bytes. */
    private static long killWhenTempReaches(Path dir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<Path> temp = temp(dir);
            if (temp.isPresent()) {
                long size = sizeOf(temp.get());
                if (size >= KILL_AT) {
                    ssh.kill();
                    return size;
                }
            }
            Thread.sleep(5);
        }
        return -1;
    }

    private static Optional<Path> temp(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".syncopate.big.bin")).findFirst();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException vanished) {
            return 0;
        }
    }

    /** Random bytes, 1 MiB at a time: incompressible, and fast enough to make 150 MB of. */
    private static void bigFile(Path p) throws IOException {
        Random random = new Random(42);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(p)) {
            for (int i = 0; i < SIZE / block.length; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }
}
