package dev.syncopate.remote;

/**
 * Connects to one kind of server and hands back the location as a {@link RemoteRoot}.
 *
 * <pre>{@code
 * RemoteOpener sftp = new dev.syncopate.remote.sftp.SftpOpener();
 * try (RemoteRoot root = sftp.open(location, login)) { ... }
 * }</pre>
 */
@FunctionalInterface
public interface RemoteOpener {
    /**
     * Connects, verifies the server, logs in and checks that the location can be used.
     *
     * @throws RemoteException one line naming the location; nothing was changed on the server
     */
    RemoteRoot open(RemoteLocation location, RemoteLogin login) throws RemoteException;
}
