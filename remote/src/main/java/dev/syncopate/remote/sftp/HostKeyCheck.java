package dev.syncopate.remote.sftp;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether a server's host key is trusted: it must be in known_hosts for the host (plain,
 * hashed or {@code [host]:port} entries), or its fingerprint must be one the script lists. Never
 * writes known_hosts and never trusts a key on first sight: a backup that silently talks to an
 * impostor is worse than one that stops.
 *
 * <p>A host known_hosts lists with another key is refused unless the script names the offered key
 * explicitly (the admin re-keyed the server and said so). A {@code @revoked} key is always refused.
 * The verdict is kept so the opener can explain a refused connection in one line, since MINA itself
 * only reports "server key did not validate".
 */
final class HostKeyCheck implements ServerKeyVerifier {
    /** What happened to the last key offered. */
    enum Outcome { NOT_ASKED, KNOWN, PINNED, UNKNOWN, CHANGED, REVOKED }

    /** The last decision, with what the message needs. */
    record Verdict(Outcome outcome, String keyType, String fingerprint) {
    }

    private final String host;
    private final int port;
    private final Path knownHosts;
    private final Set<String> pinned;
    private final AtomicReference<Verdict> last = new AtomicReference<>(new Verdict(Outcome.NOT_ASKED, "", ""));

    HostKeyCheck(String host, int port, Path knownHosts, List<String> pinned) {
        this.host = host;
        this.port = port;
        this.knownHosts = knownHosts;
        this.pinned = Set.copyOf(pinned);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        String fingerprint = fingerprint(serverKey);
        Outcome outcome = decide(serverKey, fingerprint);
        last.set(new Verdict(outcome, keyType(serverKey), fingerprint));
        return outcome == Outcome.KNOWN || outcome == Outcome.PINNED;
    }

    /** Forgets the previous connection's verdict, so a later failure is not blamed on an old key. */
    void reset() {
        last.set(new Verdict(Outcome.NOT_ASKED, "", ""));
    }

    Verdict last() {
        return last.get();
    }

    Path knownHosts() {
        return knownHosts;
    }

    /**
     * The key types known_hosts trusts for this host ({@code ssh-ed25519}, {@code ecdsa-sha2-nistp256},
     * {@code ssh-rsa}, ...), in file order: what {@link HostKeyOrder} asks the server for first. Revoked
     * and certificate-authority lines are left out, since they can never make a key KNOWN.
     */
    Set<String> knownKeyTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (KnownHostEntry e : entries()) {
            String marker = e.getMarker();
            if (e.isHostMatch(host, port) && (marker == null || marker.isEmpty()) && e.getKeyEntry() != null) {
                types.add(e.getKeyEntry().getKeyType());
            }
        }
        return types;
    }

    private Outcome decide(PublicKey offered, String fingerprint) {
        boolean hostListed = false;
        for (KnownHostEntry e : entries()) {
            if (!e.isHostMatch(host, port)) {
                continue;
            }
            PublicKey listed = key(e);
            String marker = e.getMarker();
            if (listed == null || "cert-authority".equals(marker)) {
                continue; // certificates are not supported; such a line neither trusts nor distrusts
            }
            if (KeyUtils.compareKeys(listed, offered)) {
                if ("revoked".equals(marker)) {
                    return Outcome.REVOKED;
                }
                return Outcome.KNOWN;
            }
            hostListed = true;
        }
        if (pinned.contains(fingerprint)) {
            return Outcome.PINNED;
        }
        return hostListed ? Outcome.CHANGED : Outcome.UNKNOWN;
    }

    /** Read on every connection, so a reconnect sees an admin's fix without a restart. */
    private List<KnownHostEntry> entries() {
        try {
            return Files.exists(knownHosts) ? KnownHostEntry.readKnownHostEntries(knownHosts) : List.of();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            // An unreadable known_hosts trusts nothing; hostKeys may still name the key.
            return List.of();
        }
    }

    private static PublicKey key(KnownHostEntry e) {
        AuthorizedKeyEntry k = e.getKeyEntry();
        try {
            return k == null ? null : k.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | GeneralSecurityException | RuntimeException unsupported) {
            return null; // a key type this JVM cannot read cannot match either
        }
    }

    /** {@code SHA256:base64} without padding, exactly as {@code ssh-keygen -lf} prints it. */
    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** ED25519, RSA, ECDSA: the name {@code ssh-keygen -lf} shows in parentheses. */
    static String keyType(PublicKey key) {
        String type = KeyUtils.getKeyType(key);
        if (type == null) {
            return key.getAlgorithm().toUpperCase(Locale.ROOT);
        }
        if (type.startsWith("ecdsa-")) {
            return "ECDSA";
        }
        return type.replaceFirst("^ssh-", "").toUpperCase(Locale.ROOT);
    }
}
