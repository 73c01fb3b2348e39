package dev.syncopate.remote.schemes;

import dev.syncopate.remote.RemoteLocation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts loading a protocol's cryptography on a thread of its own as soon as a run knows it will
 * connect, so that the connection does not wait for it. Bouncy Castle, which MINA SSHD needs for
 * ed25519 keys and the sntrup761 key exchange and smbj for SMB signing, comes in a signed jar: its
 * classes are never in the launcher's class-data archive, and registering its provider loaded 660 of
 * them and took 0.3–1.0 s of a cold start, while the main thread read the credentials file and
 * parsed the command line on the other core. Harmless when repeated; never fails a run (whatever it
 * could not load, the real connection loads itself and reports).
 *
 * <pre>{@code
 * ProtocolWarmup.start(RemoteLocation.Scheme.SFTP);   // right after parsing, before anything else
 * }</pre>
 */
public final class ProtocolWarmup {
    private static final Set<RemoteLocation.Scheme> STARTED = ConcurrentHashMap.newKeySet();

    private ProtocolWarmup() {
    }

    /** Starts the warm-up for {@code scheme} unless it has already started. */
    public static void start(RemoteLocation.Scheme scheme) {
        if (!STARTED.add(scheme)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                warm(scheme);
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the real connection loads (and reports) whatever failed here
            }
        }, "syncopate-warmup-" + scheme.prefix());
        t.setDaemon(true);
        t.start();
    }

    private static void warm(RemoteLocation.Scheme scheme) {
        switch (scheme) {
            case SFTP -> {
                // registers Bouncy Castle's provider (synchronized in MINA: a connection started
                // meanwhile waits for this one instead of starting a second)
                org.apache.sshd.common.util.security.SecurityUtils.isBouncyCastleRegistered();
                org.apache.sshd.common.util.security.SecurityUtils.isEDDSACurveSupported();
                org.apache.sshd.client.SshClient.setUpDefaultClient();   // the factories' classes, not started
            }
            case SMB -> dev.syncopate.remote.smb.SigningProvider.warmUp();
        }
    }
}
