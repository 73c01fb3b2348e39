package dev.syncopate.remote.testserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Finding a free loopback port for the SSH test server and waiting until its sshd listens there.
 *
 * <pre>{@code
 * int port = SshPorts.free();
 * SshPorts.awaitListening(port, sshdProcess, Duration.ofSeconds(10), home.resolve("sshd.log"));
 * }</pre>
 */
final class SshPorts {
    private SshPorts() {
    }

    /** A port nothing listens on right now (another process may still take it; tests accept that). */
    static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /**
     * Returns once {@code port} accepts connections; fails with sshd's log if sshd exits first or
     * {@code limit} passes.
     */
    static void awaitListening(int port, Process sshd, Duration limit, Path log) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (!sshd.isAlive()) {
                    throw new IOException("sshd exited with " + sshd.exitValue() + ": " + read(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("sshd did not listen on port " + port + " within " + limit + ": "
                            + read(log));
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for sshd", e);
                }
            }
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
