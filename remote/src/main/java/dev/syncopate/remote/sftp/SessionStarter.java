package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.session.SessionHeartbeatController;
import org.apache.sshd.common.util.io.functors.IOFunction;
import org.apache.sshd.sftp.client.SftpErrorDataHandler;
import org.apache.sshd.sftp.client.SftpVersionSelector;
import org.apache.sshd.sftp.client.fs.SftpFileSystem;
import org.apache.sshd.sftp.client.fs.SftpFileSystemClientSessionInitializer;
import org.apache.sshd.sftp.client.fs.SftpFileSystemInitializationContext;
import org.apache.sshd.sftp.client.fs.SftpFileSystemProvider;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

/**
 * Connects and logs in: for the first session and for every reconnect the file system makes after a
 * dropped connection. Each failure becomes a one-line {@link RemoteException}, so a reconnect that
 * fails during a retry shows up in the engine's log as "connection refused", not as a MINA stack.
 *
 * <pre>{@code
 * provider.setSftpFileSystemClientSessionInitializer(
 *         new SessionStarter(location, user, keys, password, hostKeys, timeout, "wrong password or key?"));
 * }</pre>
 */
final class SessionStarter implements SftpFileSystemClientSessionInitializer {
    /** Keeps idle NAT entries and firewalls from dropping a session while the engine scans locally. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final RemoteLocation location;
    private final String user;
    private final List<KeyPair> keys;
    private final String password;
    private final HostKeyCheck hostKeys;
    private final Duration timeout;
    private final String loginHint;

    /**
     * @param loginHint the parenthesis of a refused login's message: "wrong password or key?", or which
     *                  default keys were tried
     */
    SessionStarter(RemoteLocation location, String user, List<KeyPair> keys, String password, HostKeyCheck hostKeys,
                   Duration timeout, String loginHint) {
        this.location = location;
        this.user = user;
        this.keys = keys;
        this.password = password;
        this.hostKeys = hostKeys;
        this.timeout = timeout;
        this.loginHint = loginHint;
    }

    @Override
    public ClientSession createClientSession(SftpFileSystemProvider provider,
                                             SftpFileSystemInitializationContext context) throws IOException {
        SshClient client = provider.getClientInstance();
        hostKeys.reset();
        try {
            // Resolved here first: MINA would report an unknown name as a bare UnresolvedAddressException.
            InetAddress.getByName(location.host());
        } catch (UnknownHostException e) {
            throw new RemoteException(RemoteException.Kind.UNREACHABLE, location.server() + ": unknown host '"
                    + location.host() + "' (the name does not resolve)", e);
        }
        try {
            return client.connect(user, location.host(), location.port()).verify(timeout).getSession();
        } catch (IOException | RuntimeException e) {
            throw failure(e, false);
        }
    }

    @Override
    public void authenticateClientSession(SftpFileSystemProvider provider, SftpFileSystemInitializationContext context,
                                          ClientSession session) throws IOException {
        keys.forEach(session::addPublicKeyIdentity);
        if (password != null) {
            session.addPasswordIdentity(password);
        }
        try {
            session.auth().verify(timeout);
        } catch (IOException | RuntimeException e) {
            throw failure(e, true);
        }
        session.setSessionHeartbeat(SessionHeartbeatController.HeartbeatType.IGNORE, HEARTBEAT);
    }

    /** The reconnecting file system, with paths that compare safely against local ones. */
    @Override
    public SftpFileSystem createSftpFileSystem(SftpFileSystemProvider provider,
                                               SftpFileSystemInitializationContext context,
                                               IOFunction<Boolean, ClientSession> sessions,
                                               SftpVersionSelector selector, SftpErrorDataHandler errors)
            throws IOException {
        return new ReconnectingFileSystem(provider, context.getId(), sessions, provider.getSftpClientFactory(),
                selector, errors,
                (location.user() == null && user != null ? location.withUser(user) : location).origin(),
                location.storageKey());
    }

    /** The host key verdict first: MINA reports a refused key only as a failed key exchange. */
    private RemoteException failure(Exception e, boolean loggingIn) {
        HostKeyCheck.Verdict v = hostKeys.last();
        if (v.outcome() != HostKeyCheck.Outcome.NOT_ASKED && v.outcome() != HostKeyCheck.Outcome.KNOWN
                && v.outcome() != HostKeyCheck.Outcome.PINNED) {
            return HostKeyMessages.refused(location, v, hostKeys.knownHosts(), e);
        }
        return ConnectFailure.of(location, user, timeout, loggingIn, loginHint, e);
    }
}
