package dev.syncopate.fs;

import java.nio.file.FileSystem;
import java.nio.file.Path;

/**
 * Implemented by a {@link FileSystem} whose paths would be misread in a log as they print: an SFTP
 * server's {@code /srv/backup/docs} looks like a local directory. The log, the error lines and the
 * JSON report show such paths as {@link #display} gives them, e.g. {@code sftp://backup@nas01/srv/backup/docs}.
 *
 * <pre>{@code
 * final class RemoteFs extends FileSystem implements PathDisplay {
 *     public String display(Path p) { return "sftp://nas01" + p; }
 * }
 * PathDisplay.of(path);   // what the log shows for any path
 * }</pre>
 */
public interface PathDisplay {
    /** How {@code p}, a path of this file system, is shown to a reader. */
    String display(Path p);

    /** {@code p} as a log shows it: the file system's display where it has one, else {@code toString()}. */
    static String of(Path p) {
        return p.getFileSystem() instanceof PathDisplay d ? d.display(p) : p.toString();
    }
}
