package dev.syncopate.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What opening a remote location needs besides its URL: who logs in, with what, and which server keys
 * are trusted. Built from a named credential and the block's options; never printed (the record's
 * {@code toString} hides the password).
 *
 * <pre>{@code
 * RemoteLogin login = new RemoteLogin("backup", null, Path.of("/root/.ssh/id_ed25519"),
 *         Path.of("/etc/syncopate/known_hosts"), List.of(), Duration.ofSeconds(30));
 * try (RemoteRoot root = Remotes.open(location, login)) { ... }
 * }</pre>
 *
 * @param user         the login name; SMB accepts {@code DOMAIN\\user}; null means the URL's user, else
 *                     the local user name (SFTP)
 * @param password     the password, or null
 * @param privateKey   an SSH private key file, or null (SFTP only)
 * @param knownHosts   the known_hosts file to verify SFTP host keys against; null for the user's
 *                     {@code ~/.ssh/known_hosts}
 * @param hostKeys     SFTP host key fingerprints ({@code SHA256:...}) the script explicitly trusts
 *                     besides known_hosts; empty for none
 * @param timeout      how long connecting and logging in may take
 */
public record RemoteLogin(String user, String password, Path privateKey, Path knownHosts, List<String> hostKeys,
                          Duration timeout) {
    /** Thirty seconds: long enough for a sleepy NAS to wake its disks, short enough for a nightly run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RemoteLogin {
        hostKeys = hostKeys == null ? List.of() : List.copyOf(hostKeys);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "RemoteLogin[user=" + user + ", password=" + (password == null ? "none" : "****") + ", privateKey="
                + privateKey + ", knownHosts=" + knownHosts + ", hostKeys=" + hostKeys + ", timeout=" + timeout + "]";
    }
}
