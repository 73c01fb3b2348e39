package dev.syncopate.remote.smb;

import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.RemoteLogin;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.RemoteRoot;

/** Opens {@code smb://} locations. (Placeholder until the smb storage lands; refuses every location.) */
public final class SmbOpener implements RemoteOpener {
    @Override
    public RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException {
        throw new RemoteException(RemoteException.Kind.OTHER, location + ": smb:// is not supported yet");
    }
}
