package dev.syncopate.remote.schemes;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.remote.sftp.SftpOpener;
import dev.syncopate.remote.smb.SmbOpener;

/**
 * Opens a location with the opener for its scheme. The SSH and SMB libraries are loaded only here, on
 * the first remote location of a run, so a local-only script never pays for them. It lives in its own
 * package because it is the one place that knows every protocol: {@code remote} itself stays below
 * {@code remote.sftp} and {@code remote.smb}, which build on it.
 *
 * <pre>{@code
 * try (RemoteRoot root = Remotes.open(RemoteLocation.parse("smb://fs01/Backup/docs"), login)) { ... }
 * }</pre>
 */
public final class Remotes {
    private Remotes() {
    }

    public static RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException {
        return opener(location.scheme()).open(location, login);
    }

    /** The opener for a scheme. */
    public static RemoteOpener opener(RemoteLocation.Scheme scheme) {
        return switch (scheme) {
            case SFTP -> new SftpOpener();
            case SMB -> new SmbOpener();
        };
    }
}
