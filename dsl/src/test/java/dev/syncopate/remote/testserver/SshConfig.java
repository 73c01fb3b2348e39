package dev.syncopate.remote.testserver;

import java.nio.file.Path;

/**
 * The sshd_config of the SSH test server: only what the tests need, everything in its temp directory.
 *
 * <pre>{@code
 * Files.writeString(home.resolve("sshd_config"), SshConfig.text(home, 2222));
 * }</pre>
 */
final class SshConfig {
    private SshConfig() {
    }

    static String text(Path home, int port) {
        return String.join("\n",
                "ListenAddress 127.0.0.1:" + port,
                "HostKey " + home.resolve("host_ed25519"),
                "PidFile none",
                // No PAM: the container has no PAM stack for sshd; passwords are checked against shadow.
                "UsePAM no",
                // Temp directories belong to root but are not root's home layout sshd expects.
                "StrictModes no",
                "AuthorizedKeysFile " + home.resolve("authorized_keys") + "/%u",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin no",
                // VERBOSE makes sftp-server log each request by name ("lstat name ..."), so tests can
                // count round trips from the server's side.
                "Subsystem sftp internal-sftp -l VERBOSE",
                // Many test connections in a burst must not be dropped as a flood.
                "MaxStartups 100",
                "LogLevel VERBOSE",
                "");
    }
}
