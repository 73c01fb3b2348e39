package dev.syncopate.remote.smb;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteException.Kind;
import dev.syncopate.remote.RemoteLocation;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Says in one line, in an admin's words, why connecting to a share failed: which of
 * {@link RemoteException.Kind} it is and what to check. Never mentions the password.
 *
 * <pre>{@code
 * catch (Exception e) {
 *     throw new OpenFailures(location, account, timeout).explain(e);
 *     // smb://127.0.0.1:4450/data: login refused for 'backup' (wrong user or password?)
 * }
 * }</pre>
 */
final class OpenFailures {
    /** The NT statuses a domain controller or Samba answers a bad login with (MS-ERREF 2.3.1). */
    private static final Set<Long> LOGIN_REFUSED = Set.of(
            NtStatus.STATUS_LOGON_FAILURE.getValue(),
            NtStatus.STATUS_ACCOUNT_DISABLED.getValue(),
            NtStatus.STATUS_PASSWORD_EXPIRED.getValue(),
            NtStatus.STATUS_LOGON_TYPE_NOT_GRANTED.getValue(),
            0xC0000064L,   // STATUS_NO_SUCH_USER
            0xC000006AL,   // STATUS_WRONG_PASSWORD
            0xC000006EL,   // STATUS_ACCOUNT_RESTRICTION
            0xC000006FL,   // STATUS_INVALID_LOGON_HOURS
            0xC0000070L,   // STATUS_INVALID_WORKSTATION
            0xC0000193L,   // STATUS_ACCOUNT_EXPIRED
            0xC0000224L,   // STATUS_PASSWORD_MUST_CHANGE
            0xC0000234L);  // STATUS_ACCOUNT_LOCKED_OUT

    private final RemoteLocation location;
    private final SmbAccount account;
    private final Duration timeout;

    OpenFailures(RemoteLocation location, SmbAccount account, Duration timeout) {
        this.location = location;
        this.account = account;
        this.timeout = timeout;
    }

    /** The failure of connecting, logging in or connecting the share. */
    RemoteException explain(Throwable e) {
        if (e instanceof RemoteException r) {
            return r;
        }
        Throwable root = rootCause(e);
        String where = location.toString();
        if (root instanceof UnknownHostException) {
            return new RemoteException(Kind.UNREACHABLE, where + ": unknown host '" + location.host() + "'", e);
        }
        if (root instanceof ConnectException) {
            return new RemoteException(Kind.UNREACHABLE, where + ": connection refused (is the SMB server running on port "
                    + location.port() + "?)", e);
        }
        if (root instanceof SocketTimeoutException || root instanceof TimeoutException) {
            return new RemoteException(Kind.UNREACHABLE, where + ": no answer within " + seconds() + " s", e);
        }
        if (root instanceof NoRouteToHostException) {
            return new RemoteException(Kind.UNREACHABLE, where + ": no route to host '" + location.host() + "'", e);
        }
        SMBApiException api = apiCause(e);
        if (api != null) {
            return status(api, where);
        }
        if (root instanceof java.io.IOException) {
            // A reset or EOF while negotiating: the port answers, but not as an SMB2/3 server.
            return new RemoteException(Kind.UNREACHABLE, where + ": connection lost while connecting ("
                    + message(root) + ")", e);
        }
        return new RemoteException(Kind.OTHER, where + ": " + message(root), e);
    }

    private RemoteException status(SMBApiException api, String where) {
        long status = api.getStatusCode();
        if (LOGIN_REFUSED.contains(status)) {
            return new RemoteException(Kind.LOGIN, where + ": login refused for '" + account.display()
                    + "' (wrong user or password?)", api);
        }
        if (status == NtStatus.STATUS_BAD_NETWORK_NAME.getValue()) {
            return new RemoteException(Kind.NOT_FOUND, where + ": share '" + location.share()
                    + "' does not exist on " + location.server(), api);
        }
        if (status == NtStatus.STATUS_ACCESS_DENIED.getValue()) {
            return new RemoteException(Kind.DENIED, where + ": '" + account.display()
                    + "' may not use share '" + location.share() + "'", api);
        }
        if (status == NtStatus.STATUS_NOT_SUPPORTED.getValue()) {
            return new RemoteException(Kind.OTHER, where + ": the server speaks no SMB dialect from 2.0.2 to 3.1.1"
                    + " (SMB1 only?)", api);
        }
        return new RemoteException(Kind.OTHER, where + ": the server said " + SmbErrors.name(status), api);
    }

    private long seconds() {
        return Math.max(1, timeout.toSeconds());
    }

    private static SMBApiException apiCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMBApiException a) {
                return a;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
