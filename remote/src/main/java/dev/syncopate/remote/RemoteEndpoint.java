package dev.syncopate.remote;

import dev.syncopate.remote.Credential;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A sync's {@code from} or {@code to} that is a remote location, as the script wrote it: the location,
 * the name of the credential to log in with, and the host key settings that override the credential's.
 * Nothing is contacted; {@link #login} combines it with the credential when the block runs.
 *
 * <pre>{@code
 * // to 'sftp://nas01/backup/docs', credentials: 'nas', hostKey: 'SHA256:...'
 * RemoteEndpoint to = new RemoteEndpoint(RemoteLocation.parse("sftp://nas01/backup/docs"), "nas", null,
 *         List.of("SHA256:..."));
 * RemoteLogin login = to.login(credentials.get("nas"));
 * }</pre>
 *
 * @param location    the parsed URL
 * @param credentials the credential's name, or null (SFTP with the URL's or the local user and its keys)
 * @param knownHosts  a known_hosts file overriding the credential's, or null
 * @param hostKeys    fingerprints overriding the credential's; empty for none
 */
public record RemoteEndpoint(RemoteLocation location, String credentials, Path knownHosts, List<String> hostKeys) {

    public RemoteEndpoint {
        hostKeys = hostKeys == null ? List.of() : List.copyOf(hostKeys);
    }

    /** A location with no credential and no overrides. */
    public static RemoteEndpoint of(RemoteLocation location) {
        return new RemoteEndpoint(location, null, null, List.of());
    }

    /**
     * What the script said that cannot work, judged without contacting anything: SMB without a
     * credential. Null when fine.
     */
    public String problem() {
        if (location.scheme() == RemoteLocation.Scheme.SMB && credentials == null) {
            return location + ": SMB needs a login; add credentials: 'name' (a credential with user: and password:)";
        }
        return null;
    }

    /**
     * The login for this endpoint: the credential's user, password and key, with this endpoint's
     * known_hosts and host keys in place of the credential's where given. {@code credential} is null
     * when the endpoint names none.
     *
     * @throws IllegalArgumentException when the URL and the credential name different users
     */
    public RemoteLogin login(Credential credential) {
        if (credential == null) {
            return new RemoteLogin(location.user(), null, null, knownHosts, hostKeys, RemoteLogin.DEFAULT_TIMEOUT);
        }
        String user = credential.user();
        if (location.user() != null && user != null && !sameUser(location.user(), user)) {
            throw new IllegalArgumentException(location + " names the user '" + location.user()
                    + "' but credential '" + credential.name() + "' logs in as '" + user + "'; leave the user out of"
                    + " the location or use the same one");
        }
        return new RemoteLogin(user != null ? user : location.user(), credential.password(), credential.privateKey(),
                knownHosts != null ? knownHosts : credential.knownHosts(),
                !hostKeys.isEmpty() ? hostKeys : credential.hostKeys(), RemoteLogin.DEFAULT_TIMEOUT);
    }

    /**
     * The end to open: the location, named with the login's user when the URL has none (so messages say
     * who logged in, {@code sftp://backup@nas01/...}), and the login.
     *
     * @throws IllegalArgumentException as {@link #login}
     */
    public OpenedLocations.End end(Credential credential) {
        RemoteLogin login = login(credential);
        RemoteLocation named = location.user() == null && login.user() != null ? location.withUser(login.user())
                : location;
        return OpenedLocations.End.remote(named, login);
    }

    /** User names compare without case on SMB (Windows accounts), exactly on SFTP (POSIX accounts). */
    private boolean sameUser(String a, String b) {
        return location.scheme() == RemoteLocation.Scheme.SMB ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT))
                : a.equals(b);
    }

    /** The location, without any password (there never is one). */
    @Override
    public String toString() {
        return location.toString();
    }
}
