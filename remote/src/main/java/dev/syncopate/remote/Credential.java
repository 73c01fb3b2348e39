package dev.syncopate.remote;

import java.nio.file.Path;
import java.util.List;

/**
 * A named login from the script's {@code credentials {}} block (or a {@code /CREDFILE}).
 *
 * <pre>{@code
 * Credential nas = new Credential("nas", "backup", password, null);
 * log.info("using " + nas);   // Credential[name=nas, user=backup, password=****, privateKey=none]
 * Credential ssh = new Credential("ssh", "backup", null, Path.of("/root/.ssh/id_ed25519"),
 *         Path.of("/etc/syncopate/known_hosts"), List.of("SHA256:abc..."));
 * }</pre>
 *
 * @param privateKey an SSH key file, or null
 * @param knownHosts the known_hosts file that SFTP host keys are verified against, or null for the
 *                   user's own
 * @param hostKeys   host key fingerprints ({@code SHA256:...}) the script explicitly trusts; never null
 */
public record Credential(String name, String user, String password, Path privateKey, Path knownHosts,
                         List<String> hostKeys) {
    /** What a password shows as in every text: {@code Secrets.MASK} is this same mask. */
    public static final String MASK = "****";

    public Credential {
        hostKeys = hostKeys == null ? List.of() : List.copyOf(hostKeys);
    }

    /** A login without host key settings, as for mail. */
    public Credential(String name, String user, String password, Path privateKey) {
        this(name, user, password, privateKey, null, List.of());
    }

    /** Never shows the password, only whether there is one. */
    @Override
    public String toString() {
        return "Credential[name=" + name + ", user=" + user + ", password="
                + (password == null ? "none" : MASK) + ", privateKey="
                + (privateKey == null ? "none" : privateKey)
                + (knownHosts == null ? "" : ", knownHosts=" + knownHosts)
                + (hostKeys.isEmpty() ? "" : ", hostKeys=" + hostKeys) + "]";
    }
}
