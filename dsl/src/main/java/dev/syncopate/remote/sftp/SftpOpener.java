package dev.syncopate.remote.sftp;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;

/** Opens {@code sftp://} locations. (Placeholder until the sftp storage lands; refuses every location.) */
public final class SftpOpener implements RemoteOpener {
    @Override
    public RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException {
        throw new RemoteException(RemoteException.Kind.OTHER, location + ": sftp:// is not supported yet");
    }
}
