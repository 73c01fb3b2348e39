package dev.syncopate.remote.sftp;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks the server first for a host key of a type known_hosts already holds for it, as OpenSSH's client
 * does. Without this MINA proposes its fixed order (ECDSA before ed25519 before RSA): a Debian server
 * with all three host keys, known by the ed25519 key {@code ssh nas01} recorded, would answer with its
 * ECDSA key, which {@link HostKeyCheck} must then refuse as CHANGED: a false man-in-the-middle alarm.
 *
 * <p>The known types move to the front, each keeping MINA's relative order (so {@code ssh-rsa} brings
 * {@code rsa-sha2-512}, {@code rsa-sha2-256} and {@code ssh-rsa} forward); nothing is removed, so an
 * unknown host gets the default order and a server with only another key type still answers (and is
 * then refused as CHANGED, rightly). known_hosts is read for every session, reconnects included.
 *
 * <pre>{@code
 * client.addSessionListener(new HostKeyOrder(hostKeyCheck));
 * // known_hosts: "[nas01]:22 ssh-ed25519 AAAA..." -> proposes ssh-ed25519,ecdsa-sha2-nistp256,...
 * }</pre>
 */
final class HostKeyOrder implements SessionListener {
    private final HostKeyCheck hostKeys;

    HostKeyOrder(HostKeyCheck hostKeys) {
        this.hostKeys = hostKeys;
    }

    /** MINA documents the proposal as modifiable here, before the KEXINIT carrying it is sent. */
    @Override
    public void sessionNegotiationOptionsCreated(Session session, Map<KexProposalOption, String> proposal) {
        String offered = proposal.get(KexProposalOption.SERVERKEYS);
        if (offered != null) {
            proposal.put(KexProposalOption.SERVERKEYS, String.join(",",
                    order(Arrays.asList(offered.split(",")), hostKeys.knownKeyTypes())));
        }
    }

    /**
     * @param algorithms host key signature algorithms in preference order, e.g. {@code ecdsa-sha2-nistp256,
     *                   ssh-ed25519, rsa-sha2-512}
     * @param known      key types from known_hosts, e.g. {@code ssh-ed25519, ssh-rsa}
     * @return the algorithms for a known key type first, the rest after, both in the given order
     */
    static List<String> order(List<String> algorithms, Set<String> known) {
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String algorithm : algorithms) {
            (known.contains(KeyUtils.getCanonicalKeyType(algorithm)) ? first : rest).add(algorithm);
        }
        first.addAll(rest);
        return first;
    }
}
