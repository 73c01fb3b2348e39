package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns what MINA throws while connecting or logging in into one line an admin can act on. MINA wraps
 * causes in SshExceptions with their own texts, so the cause chain and its messages are searched.
 *
 * <pre>{@code
 * catch (IOException e) { throw ConnectFailure.of(location, "backup", timeout, true, "wrong password or key?", e); }
 * // sftp://backup@nas01: login refused for 'backup' (wrong password or key?)
 * }</pre>
 */
final class ConnectFailure {
    private ConnectFailure() {
    }

    /**
     * @param loggingIn true once the connection stood and authentication was under way
     * @param loginHint what a refused login's message says in parentheses, e.g. which default keys were tried
     */
    static RemoteException of(RemoteLocation location, String user, Duration timeout, boolean loggingIn,
                              String loginHint, Throwable e) {
        String server = location.server();
        if (has(e, ConnectException.class)) {
            return new RemoteException(RemoteException.Kind.UNREACHABLE, server
                    + ": connection refused (is the SSH server running on port " + location.port() + "?)", e);
        }
        if (has(e, UnresolvedAddressException.class)) {
            return new RemoteException(RemoteException.Kind.UNREACHABLE, server + ": unknown host '"
                    + location.host() + "' (the name does not resolve)", e);
        }
        if (has(e, NoRouteToHostException.class)) {
            return new RemoteException(RemoteException.Kind.UNREACHABLE, server + ": no route to host", e);
        }
        String text = texts(e);
        if (has(e, SocketTimeoutException.class) || text.contains("timeout") || text.contains("timed out")) {
            return new RemoteException(RemoteException.Kind.UNREACHABLE, server + ": no answer within "
                    + seconds(timeout) + (loggingIn ? " while logging in" : "") + " (host down, or a firewall?)", e);
        }
        if (loggingIn && (text.contains("authentication") || text.contains("auth"))) {
            return new RemoteException(RemoteException.Kind.LOGIN, location.server().replaceFirst("://",
                    "://" + user + "@") + ": login refused for '" + user + "' (" + loginHint + ")", e);
        }
        if (text.contains("closed") || text.contains("reset") || text.contains("eof")) {
            return new RemoteException(RemoteException.Kind.UNREACHABLE, server
                    + ": the server closed the connection" + (loggingIn ? " while logging in" : "")
                    + " (too many connections, or not an SSH server?)", e);
        }
        return new RemoteException(RemoteException.Kind.OTHER, server + ": " + oneLine(e), e);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** All messages of the chain, lower case, for keyword tests. */
    private static String texts(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(' ').append(t.getMessage());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
