package dev.syncopate.remote.testserver;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The Unix account the SSH test server's clients log in as.
 *
 * <pre>{@code
 * SshUser.ensure("syncopate-sftp");
 * SshUser.setPassword("syncopate-sftp", SshUser.randomPassword());
 * }</pre>
 */
final class SshUser {
    private SshUser() {
    }

    /** Adds the user without a home directory unless it exists (a rerun, or another test class). */
    static synchronized void ensure(String name) throws IOException {
        try {
            SshCommands.run("id", "-u", name);
        } catch (IOException absent) {
            try {
                SshCommands.run("useradd", "-M", "-s", "/bin/sh", name);
            } catch (IOException e) {
                // Two JVMs racing to add it: the loser finds it there now.
                SshCommands.run("id", "-u", name);
            }
        }
    }

    /**
     * Sets the password. Per run and random, so a test machine never carries a known login; a second
     * server in the same run simply sets a new one (each server knows its own).
     */
    static void setPassword(String name, String password) throws IOException {
        SshCommands.runWithInput(name + ":" + password + "\n", "chpasswd");
    }

    static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return "pw-" + HexFormat.of().formatHex(b);
    }
}
