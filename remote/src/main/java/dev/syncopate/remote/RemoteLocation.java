package dev.syncopate.remote;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A remote directory named by a URL: {@code sftp://[user@]host[:port]/path} or
 * {@code smb://[user@]host[:port]/share/path}. Parsing only: nothing is contacted.
 *
 * <pre>{@code
 * RemoteLocation nas = RemoteLocation.parse("sftp://backup@nas01/srv/backup/docs");
 * nas.host();   // "nas01"
 * nas.port();   // 22
 * nas.path();   // "/srv/backup/docs"
 * RemoteLocation share = RemoteLocation.parse("smb://fs01/Backup/My Docs");
 * share.share(); // "Backup"
 * share.path();  // "My Docs"  (relative to the share; "" for the share itself)
 * }</pre>
 *
 * <p>A password in the URL ({@code user:secret@host}) is refused: it would end up in logs, process
 * lists and shell history. Passwords belong in a named credential. {@code %XX} escapes are decoded,
 * but a plain space is accepted too, since admins write paths as they see them.
 *
 * @param scheme SFTP or SMB
 * @param user   the user named in the URL, or null
 * @param host   host name or address (an IPv6 address without brackets)
 * @param port   the port, the scheme's default when the URL has none
 * @param share  the SMB share, or null for SFTP
 * @param path   SFTP: an absolute path on the server; SMB: the path inside the share, "/"-separated,
 *               no leading slash, "" for the share's root
 */
public record RemoteLocation(Scheme scheme, String user, String host, int port, String share, String path) {

    /** The protocols a location can use. */
    public enum Scheme {
        SFTP("sftp", 22), SMB("smb", 445);

        private final String prefix;
        private final int defaultPort;

        Scheme(String prefix, int defaultPort) {
            this.prefix = prefix;
            this.defaultPort = defaultPort;
        }

        /** {@code sftp} or {@code smb}. */
        public String prefix() {
            return prefix;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    /** True when {@code text} starts with {@code sftp://} or {@code smb://} (any case): a location, not a local path. */
    public static boolean isRemote(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("sftp://") || t.startsWith("smb://");
    }

    /**
     * Parses a location.
     *
     * @throws IllegalArgumentException with a one-line reason (never showing a password)
     */
    public static RemoteLocation parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Scheme scheme = lower.startsWith("sftp://") ? Scheme.SFTP : lower.startsWith("smb://") ? Scheme.SMB : null;
        if (scheme == null) {
            throw new IllegalArgumentException("'" + text + "' is not an sftp:// or smb:// location");
        }
        String rest = text.substring(scheme.prefix.length() + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String rawPath = slash < 0 ? "" : rest.substring(slash);
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (user.contains(":")) {
                throw new IllegalArgumentException(scheme.prefix + "://" + authority
                        + ": a password does not belong in the location (it would show in logs and process lists);"
                        + " put it in a credential and add credentials: 'name'");
            }
            user = decode(user, text);
            if (user.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has an empty user name before '@'");
            }
        }
        String host;
        int port = scheme.defaultPort;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "': the IPv6 address has no closing ']'");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("'" + text + "': unexpected '" + after + "' after the address");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no host");
        }
        if (portText != null) {
            port = port(portText, text);
        }
        String path = decode(rawPath, text);
        if (scheme == Scheme.SFTP) {
            return new RemoteLocation(scheme, user, host, port, null, path.isEmpty() ? "/" : path);
        }
        String inShare = path.startsWith("/") ? path.substring(1) : path;
        int cut = inShare.indexOf('/');
        String share = cut < 0 ? inShare : inShare.substring(0, cut);
        if (share.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no share: write smb://host/share/path");
        }
        String within = cut < 0 ? "" : inShare.substring(cut + 1);
        while (within.endsWith("/")) {
            within = within.substring(0, within.length() - 1);
        }
        return new RemoteLocation(scheme, user, host, port, share, within);
    }

    private static int port(String portText, String text) {
        try {
            int p = Integer.parseInt(portText);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "': the port must be a number from 1 to 65535, not '"
                + portText + "'");
    }

    private static String decode(String s, String whole) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("'" + whole + "': '%' must start an escape such as %20;"
                            + " write %25 for a percent sign");
                }
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The same location as another user, for a credential that names the login. */
    public RemoteLocation withUser(String newUser) {
        return new RemoteLocation(scheme, newUser, host, port, share, path);
    }

    /** The server part, {@code sftp://nas01:2222} (the port only when not the default); for messages. */
    public String server() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme.prefix + "://" + h + (port == scheme.defaultPort ? "" : ":" + port);
    }

    /** The location up to its path, with the user: {@code sftp://backup@nas01:2222}; what a log puts before a path. */
    public String origin() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme.prefix + "://" + (user == null ? "" : user + "@") + h + (port == scheme.defaultPort ? "" : ":" + port);
    }

    /**
     * Where the files live, whoever logs in: {@code sftp://nas01:22}, {@code smb://fs01:445/backup}. Host and
     * share in lower case (DNS and SMB ignore case). Two ends with the same key reach the same files, so the
     * engine can tell that one lies inside the other ({@link dev.syncopate.sync.RemoteOrigin}).
     */
    public String storageKey() {
        String h = host.toLowerCase(Locale.ROOT);
        return scheme.prefix + "://" + (h.indexOf(':') >= 0 ? "[" + h + "]" : h) + ":" + port
                + (share == null ? "" : "/" + share.toLowerCase(Locale.ROOT));
    }

    /** The location as a URL without any password, for logs and messages: {@code sftp://backup@nas01/srv/docs}. */
    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String where = scheme == Scheme.SFTP ? path : "/" + share + (path.isEmpty() ? "" : "/" + path);
        return scheme.prefix + "://" + (user == null ? "" : user + "@") + h
                + (port == scheme.defaultPort ? "" : ":" + port) + where;
    }
}
