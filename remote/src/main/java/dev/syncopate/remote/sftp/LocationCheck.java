package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.fs.SftpFileSystem;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;

/**
 * Checks after login that the location can be used, without changing anything: an existing path
 * must be a directory the user may list; a missing one is fine (the engine creates a destination,
 * and reports a missing source itself).
 *
 * <pre>{@code
 * LocationCheck.check(fs, location, "backup");   // throws RemoteException DENIED / NOT_FOUND / OTHER
 * }</pre>
 */
final class LocationCheck {
    private LocationCheck() {
    }

    static void check(SftpFileSystem fs, RemoteLocation location, String user) throws IOException {
        try (SftpClient client = fs.getClient()) {
            SftpClient.Attributes a;
            try {
                a = client.stat(location.path());
            } catch (SftpException e) {
                if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    return; // a destination yet to be made
                }
                throw refused(location, user, e);
            }
            if (!a.isDirectory()) {
                throw new RemoteException(RemoteException.Kind.NOT_FOUND, location
                        + ": that is a file, not a directory");
            }
            try {
                // Listing proves read and search permission, which stat of the directory does not.
                client.close(client.openDir(location.path()));
            } catch (SftpException e) {
                throw refused(location, user, e);
            }
        }
    }

    private static RemoteException refused(RemoteLocation location, String user, SftpException e) {
        if (e.getStatus() == SftpConstants.SSH_FX_PERMISSION_DENIED) {
            return new RemoteException(RemoteException.Kind.DENIED, location + ": permission denied for '" + user
                    + "'", e);
        }
        return new RemoteException(RemoteException.Kind.OTHER, location + ": " + e.getMessage(), e);
    }
}
