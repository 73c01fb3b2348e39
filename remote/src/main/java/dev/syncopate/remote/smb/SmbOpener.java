package dev.syncopate.remote.smb;

import com.hierynomus.smbj.common.SMBRuntimeException;
import com.hierynomus.smbj.share.DiskShare;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteException.Kind;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens {@code smb://host[:port]/share/path} locations with smbj (SMB 2.0.2 to 3.1.1): connects,
 * logs in ({@code DOMAIN&#92;user} or a local account of the server), connects the share and checks the
 * path, which may be missing (a destination the engine will create) but, if it exists, must be a
 * directory. Nothing is created or changed on the server.
 *
 * <pre>{@code
 * RemoteLogin login = new RemoteLogin("CORP\\backup", secret, null, null, List.of(), null);
 * try (RemoteRoot root = new SmbOpener().open(RemoteLocation.parse("smb://fs01/Backup/docs"), login)) {
 *     SyncOptions o = SyncOptions.builder(Path.of("/srv/docs"), root.path())
 *             .timeGranularity(new TimeGranularity(root.timeGranularity(), root.timeGranularityReason()))
 *             .build();
 *     SyncRunner.run(o, System.out, System.err);
 * }
 * }</pre>
 *
 * <p>The path is a {@link java.nio.file.Path} of a file system over smbj ({@link SmbFileSystemProvider}),
 * so the engine runs unchanged. It reconnects by itself after a dropped connection.
 */
public final class SmbOpener implements RemoteOpener {

    public SmbOpener() {
        // stateless: each open makes its own client and connection
    }

    @Override
    public RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException {
        if (location.scheme() != RemoteLocation.Scheme.SMB) {
            throw new IllegalArgumentException(location + " is not an smb:// location");
        }
        SmbAccount account = SmbAccount.of(location, login);
        SmbLink link = new SmbLink(location, account, login.timeout());
        try {
            DiskShare share = link.share();
            FsInfo info;
            try {
                info = FsInfo.query(share);
            } catch (SMBRuntimeException e) {
                throw new OpenFailures(location, account, login.timeout()).explain(e);
            }
            SmbFileSystem fs = new SmbFileSystem(new SmbFileSystemProvider(), link, info);
            SmbRoot root = new SmbRoot(fs, location);
            checkDirectory(root, location);
            return root;
        } catch (RemoteException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    /** A missing path is fine (the engine creates a destination); a file, or one we may not see, is not. */
    private static void checkDirectory(SmbRoot root, RemoteLocation location) throws RemoteException {
        if (location.path().isEmpty()) {
            return;   // the share itself: its root always exists
        }
        try {
            BasicFileAttributes a = SmbFileSystemProvider.attributes((SmbPath) root.path());
            if (!a.isDirectory()) {
                throw new RemoteException(Kind.NOT_FOUND, location + ": '" + location.path()
                        + "' is a file, not a directory");
            }
        } catch (NoSuchFileException missing) {
            // a destination not created yet
        } catch (AccessDeniedException e) {
            throw new RemoteException(Kind.DENIED, location + ": access to '" + location.path() + "' is denied", e);
        } catch (RemoteException e) {
            throw e;
        } catch (IOException e) {
            throw new RemoteException(Kind.OTHER, location + ": cannot read '" + location.path() + "': "
                    + e.getMessage(), e);
        }
    }

}
