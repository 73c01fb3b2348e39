package dev.syncopate.fs;

/**
 * Implemented by a {@link java.nio.file.FileSystem} whose names ignore case although its separator
 * is {@code /}, such as an SMB share opened through a provider: {@link NameKey} then joins
 * {@code A.txt} and {@code a.txt} as one file, as the server itself does. Without it a mirror would
 * copy {@code A.txt} over the server's {@code a.txt} and then delete "the extra" {@code a.txt}, the
 * very file just written.
 *
 * <pre>{@code
 * final class SmbFileSystem extends FileSystem implements CaseInsensitiveNames { ... }
 * NameKey.forFileSystems(localFs, smbFs).foldsCase();   // true
 * }</pre>
 */
public interface CaseInsensitiveNames {
}
