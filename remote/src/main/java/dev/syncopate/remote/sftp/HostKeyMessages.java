package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;

import java.nio.file.Path;

/**
 * The one-line messages for a refused host key. Each says what was offered, what known_hosts says,
 * and the command that fixes it if the admin decides the key is right.
 *
 * <pre>{@code
 * throw HostKeyMessages.refused(location, check.last(), check.knownHosts(), cause);
 * // sftp://127.0.0.1:2222: unknown host key ED25519 SHA256:AbC... (not in /root/.ssh/known_hosts); ...
 * }</pre>
 */
final class HostKeyMessages {
    private HostKeyMessages() {
    }

    static RemoteException refused(RemoteLocation location, HostKeyCheck.Verdict v, Path knownHosts, Throwable cause) {
        String server = location.server();
        String offered = v.keyType() + " " + v.fingerprint();
        String trust = "hostKey: '" + v.fingerprint() + "'";
        String text = switch (v.outcome()) {
            case UNKNOWN -> server + ": unknown host key " + offered + " (not in " + knownHosts
                    + "); if this is the right server, add it with " + keyscan(location) + " >> " + knownHosts
                    + ", or trust it with " + trust;
            case CHANGED -> server + ": host key " + offered + " does not match the key " + knownHosts
                    + " has for this host (possible man-in-the-middle attack, or the server was reinstalled);"
                    + " if the new key is right, remove the old one with ssh-keygen -R " + hostPattern(location)
                    + " -f " + knownHosts + " and add the new one, or trust it with " + trust;
            case REVOKED -> server + ": host key " + offered + " is marked @revoked in " + knownHosts;
            default -> server + ": the server's host key was refused";
        };
        return new RemoteException(RemoteException.Kind.HOST_KEY, text, cause);
    }

    /** A listed hostKey that is not a fingerprint: say what shape is expected. */
    static RemoteException notAFingerprint(RemoteLocation location, String given) {
        return new RemoteException(RemoteException.Kind.HOST_KEY, location.server() + ": hostKey '" + given
                + "' is not a host key fingerprint; write it as ssh-keygen -lf prints it, with the prefix:"
                + " 'SHA256:...'");
    }

    private static String keyscan(RemoteLocation l) {
        return "ssh-keyscan" + (l.port() == 22 ? "" : " -p " + l.port()) + " " + l.host();
    }

    private static String hostPattern(RemoteLocation l) {
        return l.port() == 22 ? l.host() : "'[" + l.host() + "]:" + l.port() + "'";
    }
}
