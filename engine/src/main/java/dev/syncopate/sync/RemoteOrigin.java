package dev.syncopate.sync;

/**
 * Implemented by a {@link java.nio.file.FileSystem} reached over the network: the place its paths live.
 * A source and a destination on one server are opened as two file systems (each logs in on its own),
 * so only this tells {@link EndpointCheck} that {@code sftp://nas01/srv/a} and {@code sftp://nas01/srv/a/b}
 * hold the same files.
 *
 * <pre>{@code
 * final class SftpFs extends FileSystem implements RemoteOrigin {
 *     public String origin() { return "sftp://nas01:22"; }
 * }
 * }</pre>
 */
public interface RemoteOrigin {
    /**
     * Scheme, host, port and (SMB) share, without the user: two logins on one server reach the same files.
     * Lower case where the server ignores case ({@code smb://fs01:445/backup}).
     */
    String origin();
}
