package dev.syncopate.remote.smb;

import com.hierynomus.smbj.auth.AuthenticationContext;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;

/**
 * Who logs in: {@code DOMAIN\backup} is split into the domain and the user, as Windows writes it.
 *
 * <pre>{@code
 * SmbAccount a = SmbAccount.of(location, login);   // login.user() "CORP\\backup"
 * a.domain();  // "CORP"
 * a.user();    // "backup"
 * }</pre>
 *
 * @param domain   the NTLM domain, "" when none was given (the server's own accounts)
 * @param user     the user name without the domain, "" for an anonymous login
 * @param password the password, never printed ({@link #toString()} hides it)
 */
record SmbAccount(String domain, String user, String password) {

    /** The login's user, else the URL's, else anonymous. */
    static SmbAccount of(RemoteLocation location, RemoteLogin login) {
        String named = login.user() != null ? login.user() : location.user() != null ? location.user() : "";
        int slash = named.indexOf('\\');
        String domain = slash < 0 ? "" : named.substring(0, slash);
        String user = slash < 0 ? named : named.substring(slash + 1);
        return new SmbAccount(domain, user, login.password() == null ? "" : login.password());
    }

    /** The user as the admin wrote it, for messages: {@code CORP\backup}. */
    String display() {
        return domain.isEmpty() ? user : domain + "\\" + user;
    }

    AuthenticationContext context() {
        return new AuthenticationContext(user, password.toCharArray(), domain);
    }

    @Override
    public String toString() {
        return "SmbAccount[" + display() + ", password=****]";
    }
}
