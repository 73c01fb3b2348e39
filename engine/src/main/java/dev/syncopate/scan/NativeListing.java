package dev.syncopate.scan;

import dev.syncopate.fs.NativeCode;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

/**
 * A faster way to list a directory of the default file system than {@link java.nio.file.DirectoryStream}
 * and a stat per {@link Path}: on Linux with JDK 22 or newer, {@code getdents64} and {@code statx}
 * through the FFM API into reused buffers ({@code LinuxListing}, compiled for release 22 from
 * {@code src/main/java22}). Measured on a walk of 1,000,000 files, the portable listing spent most of
 * its user time building a {@code Path}, a {@code String} and an attribute object per entry.
 *
 * <p>Where it cannot answer exactly as the portable path would (a directory it cannot open, a name
 * that is not valid in the file-name charset, a read error) it returns null and the caller lists the
 * portable way, so errors keep their messages and codes. Directories and links are read the portable
 * way, entry by entry ({@link Fallback}): their file keys (used to find loops) must be the JDK's.
 *
 * <pre>{@code
 * NativeListing fast = NativeListing.deferred(0).get(0);     // null: JDK 21, not Linux, or switched off
 * List<Entry> entries = fast == null ? null : fast.list(dir, (name) -> reader.read(dir.resolve(name), name, true));
 * }</pre>
 *
 * <p>{@code -Dsyncopate.native=false} switches it off ({@link NativeCode}).
 */
public interface NativeListing {

    /** Reads one entry the portable way. */
    @FunctionalInterface
    interface Fallback {
        Entry read(String name) throws IOException;
    }

    /**
     * The entries of {@code dir} in directory order (not sorted), or null when the portable path must list it.
     * An entry deleted between reading the directory and its stat is left out, as the portable path does.
     */
    List<Entry> list(Path dir, Fallback fallback);

    /** The platform's fast listing, loaded once a run has listed {@code entries} entries (see {@link NativeCode.Deferred}). */
    static NativeCode.Deferred<NativeListing> deferred(long entries) {
        return NativeCode.deferred(java.lang.invoke.MethodHandles.lookup(), CLASS, NativeListing.class, entries);
    }

    String CLASS = "dev.syncopate.scan.LinuxListing";

    /** True for paths this listing can read: those of the default file system. */
    static boolean handles(Path dir) {
        return dir.getFileSystem() == FileSystems.getDefault();
    }
}
