package dev.syncopate.dsl.secret;

import java.nio.file.Path;

/**
 * A named login from the script's {@code credentials {}} block.
 *
 * <pre>{@code
 * Credential nas = new Credential("nas", "backup", password, null);
 * log.info("using " + nas);   // Credential[name=nas, user=backup, password=****, privateKey=none]
 * }</pre>
 *
 * @param privateKey an SSH key file, or null
 */
public record Credential(String name, String user, String password, Path privateKey) {
    /** Never shows the password, only whether there is one. */
    @Override
    public String toString() {
        return "Credential[name=" + name + ", user=" + user + ", password="
                + (password == null ? "none" : Secrets.MASK) + ", privateKey="
                + (privateKey == null ? "none" : privateKey) + "]";
    }
}
