package dev.syncopate.remote.testserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Key pairs for the SSH test server, made with the real {@code ssh-keygen} so their format is exactly
 * what admins feed Syncopate.
 *
 * <pre>{@code
 * SshKeys.generate(dir.resolve("host_ed25519"));             // host_ed25519 and host_ed25519.pub
 * SshKeys.generate(dir.resolve("host_rsa"), "rsa");          // any type ssh-keygen -t takes
 * SshKeys.fingerprint(dir.resolve("host_ed25519.pub"));      // "SHA256:..."
 * }</pre>
 */
public final class SshKeys {
    private SshKeys() {
    }

    /** Writes an ed25519 key pair without passphrase to {@code file} and {@code file.pub}. */
    public static void generate(Path file) throws IOException {
        generate(file, "ed25519");
    }

    /**
     * Writes a key pair of {@code type} ({@code ssh-keygen -t}: ed25519, ecdsa, rsa) without passphrase
     * to {@code file} and {@code file.pub}.
     */
    public static void generate(Path file, String type) throws IOException {
        generate(file, type, "");
    }

    /** The same, encrypted with {@code passphrase} (empty for none). */
    public static void generate(Path file, String type, String passphrase) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".pub"));
        SshCommands.run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "syncopate-test", "-f",
                file.toString());
    }

    /** The SHA256 fingerprint of a public key file as {@code ssh-keygen -lf} prints it. */
    public static String fingerprint(Path publicKey) throws IOException {
        // "256 SHA256:abc... comment (ED25519)"
        return SshCommands.run("ssh-keygen", "-lf", publicKey.toString()).trim().split("\\s+")[1];
    }

    /** Hashes the host names in a known_hosts file in place, as {@code ssh-keygen -H} does. */
    public static void hash(Path knownHosts) throws IOException {
        SshCommands.run("ssh-keygen", "-q", "-H", "-f", knownHosts.toString());
        Files.deleteIfExists(Path.of(knownHosts + ".old"));
    }
}
