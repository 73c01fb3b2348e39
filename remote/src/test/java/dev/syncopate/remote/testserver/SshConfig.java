package dev.syncopate.remote.testserver;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sshd_config of the SSH test server: only what the tests need, everything in its temp directory.
 *
 * <pre>{@code
 * Files.writeString(home.resolve("sshd_config"), SshConfig.text(home, 2222, false));
 * }</pre>
 */
final class SshConfig {
    static final String SFTP_SERVER = "/usr/lib/openssh/sftp-server";

    private SshConfig() {
    }

    /**
     * @param logSftp false: {@code internal-sftp}, as most servers run it; true: the same code as the
     *                separate {@code sftp-server} binary, whose VERBOSE log (one line per stat, open, ...)
     *                goes to {@code sftp.log} in {@code home}. internal-sftp's log never reaches sshd's
     *                stderr, so counting requests needs the separate binary.
     */
    static String text(Path home, int port, boolean logSftp) {
        return text(home, port, logSftp, List.of("ed25519"));
    }

    /**
     * @param hostKeyTypes one {@code HostKey home/host_TYPE} line each, in this order; sshd answers with
     *                     whichever the client's proposal names first
     */
    static String text(Path home, int port, boolean logSftp, List<String> hostKeyTypes) {
        return String.join("\n",
                "ListenAddress 127.0.0.1:" + port,
                hostKeyTypes.stream().map(t -> "HostKey " + home.resolve("host_" + t))
                        .collect(Collectors.joining("\n")),
                "PidFile none",
                // No PAM: the container has no PAM stack for sshd; passwords are checked against shadow.
                "UsePAM no",
                // Temp directories belong to root but are not root's home layout sshd expects.
                "StrictModes no",
                "AuthorizedKeysFile " + home.resolve("authorized_keys") + "/%u",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin no",
                logSftp
                        ? "Subsystem sftp " + SFTP_SERVER + " -e -l VERBOSE 2>>" + home.resolve("sftp.log")
                        : "Subsystem sftp internal-sftp",
                // Many test connections in a burst must not be dropped as a flood.
                "MaxStartups 100",
                "LogLevel INFO",
                "");
    }
}
