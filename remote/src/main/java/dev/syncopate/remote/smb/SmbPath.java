package dev.syncopate.remote.smb;

import org.apache.sshd.common.file.util.BasePath;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A path on one share: {@code /} is the share's root. Names, resolving and relativizing come from
 * MINA's generic {@link BasePath}; this adds the SMB spelling of the name and, for the entries of a
 * directory listing, the attributes the listing already carried.
 *
 * <pre>{@code
 * SmbPath p = fs.getPath("/docs/a.txt");
 * p.shareName();   // "docs\\a.txt", what SMB requests carry
 * p.toString();    // "smb://fs01/Backup/docs/a.txt", what logs and error lines show
 * }</pre>
 */
final class SmbPath extends BasePath<SmbPath, SmbFileSystem> {
    /** From the listing that produced this path; null for a path built by name. */
    private final SmbAttributes listed;

    SmbPath(SmbFileSystem fs, String root, List<String> names) {
        this(fs, root, names, null);
    }

    private SmbPath(SmbFileSystem fs, String root, List<String> names, SmbAttributes listed) {
        super(fs, root, names);
        this.listed = listed;
    }

    /** The same path, remembering what a directory listing said about it. */
    SmbPath withListed(SmbAttributes attributes) {
        return new SmbPath(getFileSystem(), root, names, attributes);
    }

    /**
     * The attributes from the listing this path came out of, or null. The engine reads each listed
     * entry once, right after listing it: answering that from the listing saves a round trip (three
     * requests: create, query, close) per file.
     */
    SmbAttributes listed() {
        return listed;
    }

    /** The name inside the share as SMB requests carry it: {@code docs\a.txt}; "" for the share's root. */
    String shareName() {
        SmbPath p = toAbsolutePath().normalize();
        return String.join("\\", p.names);
    }

    /** The absolute, normalized path, after checking that it exists (SMB shows no links to resolve). */
    @Override
    public SmbPath toRealPath(LinkOption... options) throws IOException {
        SmbPath real = toAbsolutePath().normalize();
        SmbFileSystemProvider.attributes(real);
        return real;
    }

    /** False for a path of another provider or share, where MINA's {@code compareTo} would throw. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SmbPath p && p.getFileSystem() == getFileSystem() && compareTo(p) == 0;
    }

    /** False for a path of another provider or share, as the JDK's own paths answer, instead of throwing. */
    @Override
    public boolean startsWith(Path other) {
        return other instanceof SmbPath p && p.getFileSystem() == getFileSystem() && super.startsWith(p);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof SmbPath p && p.getFileSystem() == getFileSystem() && super.endsWith(p);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** An absolute path shows its location, so an error line names the server and share, not just "/docs/a.txt". */
    @Override
    protected String asString() {
        String plain = super.asString();
        return isAbsolute() ? getFileSystem().prefix() + (plain.equals("/") ? "" : plain) : plain;
    }
}
