package dev.syncopate.remote.smb;

import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.mssmb2.SMBApiException;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.event.ConnectionClosed;
import com.hierynomus.smbj.event.SMBEvent;
import com.hierynomus.smbj.event.SMBEventBus;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.Share;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedFileSystemException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One login to one share that comes back after a dropped connection: {@link #share()} hands out the
 * connected share, and reconnects (connection, session, tree connect) when the last one broke. That
 * is what lets the engine's {@code retries}/{@code wait} and {@code /Z} resume work once the server is
 * back; handles opened on the old connection simply fail.
 *
 * <pre>{@code
 * SmbLink link = new SmbLink(location, account, Duration.ofSeconds(30));
 * DiskShare share = link.share();          // connects on first use
 * try { ... } catch (SMBRuntimeException e) { link.broken(share); throw ...; }
 * link.close();                            // logs off
 * }</pre>
 */
final class SmbLink implements Closeable {
    private final RemoteLocation location;
    private final SmbAccount account;
    private final OpenFailures failures;
    private final SMBClient client;

    private Connection connection;
    private Session session;
    /** Read without the lock by {@link #share()}'s fast path; written under it. */
    private volatile DiskShare share;
    /** Set when smbj reports a connection closed (its reader saw the socket end): check before reuse. */
    private volatile boolean suspect;
    private volatile boolean closed;

    SmbLink(RemoteLocation location, SmbAccount account, Duration timeout) {
        this.location = location;
        this.account = account;
        this.failures = new OpenFailures(location, account, timeout);
        this.client = new SMBClient(config(timeout), new ClosedWatch());
    }

    /**
     * The client's event bus, which also marks the link suspect when smbj closes a connection of this
     * client (its reader saw the socket end, or we dropped it).
     */
    private final class ClosedWatch extends SMBEventBus {
        @Override
        public void publish(SMBEvent event) {
            if (event instanceof ConnectionClosed) {
                suspect = true;
            }
            super.publish(event);
        }
    }

    /**
     * SMB 2.0.2 to 3.1.1 (no SMB1); signing as the server asks (required only when it requires it),
     * SMB 3's on the JDK's AES ({@link SigningProvider});
     * every request, connect included, bounded by the login timeout. No socket read timeout: smbj's
     * reader thread would take an idle connection for a dead one while the engine scans local disks.
     */
    static SmbConfig config(Duration timeout) {
        long ms = Math.max(1, timeout.toMillis());
        return SmbConfig.builder()
                .withDialects(SMB2Dialect.SMB_3_1_1, SMB2Dialect.SMB_3_0_2, SMB2Dialect.SMB_3_0,
                        SMB2Dialect.SMB_2_1, SMB2Dialect.SMB_2_0_2)
                .withSigningRequired(false)
                .withSecurityProvider(new SigningProvider())
                .withDfsEnabled(false)
                .withTimeout(ms, TimeUnit.MILLISECONDS)
                .withSocketFactory(new ConnectTimeoutSocketFactory(timeout))
                .build();
    }

    RemoteLocation location() {
        return location;
    }

    /**
     * The connected share, connecting first if there is none or the last connection dropped.
     *
     * <p>Called before every request by every copy thread, so the usual case takes no lock: asking
     * smbj's transport whether it is connected takes its lock, which a thread sending (and signing) a
     * 1 MiB write holds, and with this method {@code synchronized} all threads queued behind that one.
     * A drop is noticed from smbj's connection-closed event (or a failed request, {@link #broken}).
     *
     * @throws RemoteException when connecting or logging in fails (one line, no password)
     */
    DiskShare share() throws RemoteException {
        DiskShare s = share;
        if (s != null && !suspect && !closed && s.isConnected()) {
            return s;
        }
        return checkedShare();
    }

    private synchronized DiskShare checkedShare() throws RemoteException {
        if (closed) {
            throw new ClosedFileSystemException();
        }
        suspect = false;   // before the check: a close reported during it marks the link suspect again
        if (share == null || !share.isConnected() || !connection.isConnected()) {
            connect();
        }
        return share;
    }

    private void connect() throws RemoteException {
        dropQuietly();
        Connection c = null;
        try {
            c = client.connect(location.host(), location.port());
            Session s = c.authenticate(account.context());
            Share sh = s.connectShare(location.share());
            if (!(sh instanceof DiskShare disk)) {
                sh.close();
                throw new RemoteException(RemoteException.Kind.NOT_FOUND, location + ": '" + location.share()
                        + "' is a printer or pipe share, not a disk share");
            }
            connection = c;
            session = s;
            share = disk;
        } catch (IOException | SMBRuntimeException e) {
            closeQuietly(c);
            throw failures.explain(e);
        }
    }

    /**
     * Called after a transport failure on {@code failed}: drops the connection so the next
     * {@link #share()} reconnects. A share that was already replaced is left alone.
     */
    synchronized void broken(DiskShare failed) {
        if (share == failed) {
            dropQuietly();
        }
    }

    /** True for failures of the connection rather than of a request: the link must reconnect. */
    static boolean isTransport(SMBRuntimeException e) {
        return e instanceof SMBApiException api ? SmbErrors.endsSession(api.getStatusCode()) : true;
    }

    private void dropQuietly() {
        Connection c = connection;
        connection = null;
        session = null;
        share = null;
        if (c != null) {
            try {
                c.close(true);   // no logoff: the session is presumed dead
            } catch (IOException | RuntimeException e) {
                // already gone
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close(true);
            } catch (IOException | RuntimeException e) {
                // connecting failed; the failure is what gets reported
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Logs off and closes the connection. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (session != null && connection != null && connection.isConnected()) {
                session.logoff();
            }
        } catch (IOException | RuntimeException e) {
            // logging off a dying connection: nothing left to clean up on our side
        }
        dropQuietly();
        client.close();
    }
}
