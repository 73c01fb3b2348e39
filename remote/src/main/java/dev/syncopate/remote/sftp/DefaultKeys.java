package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys {@code sftp backup@nas01} would log in with when a script names neither a key nor a
 * password: {@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa}, those that exist and need no
 * passphrase. A passphrase-protected or unreadable one is skipped quietly (OpenSSH would prompt; an
 * unattended run cannot), and only mentioned if the login then fails. {@code ~/.ssh/config} is never
 * read: a run must behave the same under cron as in the admin's shell.
 *
 * <pre>{@code
 * DefaultKeys found = DefaultKeys.load(Path.of(System.getProperty("user.home")), location);
 * found.keys();        // the usable key pairs, in OpenSSH's order
 * found.loginHint();   // "tried the default keys /root/.ssh/id_ed25519, /root/.ssh/id_rsa (needs a passphrase, skipped)"
 * }</pre>
 *
 * @param keys      the usable keys, ed25519 first
 * @param loginHint what was looked at, for the message when the server refuses the login
 */
record DefaultKeys(List<KeyPair> keys, String loginHint) {
    /** OpenSSH's default identity files that Syncopate can read, in the order {@code ssh} tries them. */
    static final List<String> NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    static DefaultKeys load(Path home, RemoteLocation location) {
        Path dir = home.resolve(".ssh");
        List<KeyPair> keys = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (String name : NAMES) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                keys.addAll(LoginKey.load(file, location));
                tried.add(file.toString());
            } catch (RemoteException e) {
                tried.add(file + (LoginKey.encrypted(e.getCause()) ? " (needs a passphrase, skipped)"
                        : " (not readable as a key, skipped)"));
            }
        }
        String hint = tried.isEmpty()
                ? "no key or password given, and none of " + dir.resolve("id_ed25519") + ", id_ecdsa, id_rsa exists"
                : "no key or password given; tried the default keys " + String.join(", ", tried);
        return new DefaultKeys(List.copyOf(keys), hint);
    }
}
