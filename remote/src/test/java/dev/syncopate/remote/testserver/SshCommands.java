package dev.syncopate.remote.testserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system tools the SSH test server is set up with ({@code ssh-keygen}, {@code useradd},
 * {@code chpasswd}), failing with their output so a broken setup says why.
 *
 * <pre>{@code
 * String out = SshCommands.run("ssh-keygen", "-lf", "/tmp/k.pub");
 * }</pre>
 */
final class SshCommands {
    private SshCommands() {
    }

    /** Runs a command and returns its output; a non-zero exit is an IOException with that output. */
    static String run(String... command) throws IOException {
        return runWithInput(null, command);
    }

    /** The same, writing {@code input} to the command's stdin (how chpasswd takes its password). */
    static String runWithInput(String input, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + List.of(command), e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ": " + out.trim());
        }
        return out;
    }
}
