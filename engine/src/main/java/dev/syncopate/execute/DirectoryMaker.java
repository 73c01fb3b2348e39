package dev.syncopate.execute;

import dev.syncopate.options.CopyFlags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Creates destination directories and, once they are complete, gives them the source's
 * attributes and times ({@code /DCOPY:A} and {@code /DCOPY:T}).
 *
 * <pre>{@code
 * DirectoryMaker dirs = new DirectoryMaker(options.copying().dirs());
 * dirs.create(target);                                   // before its files are copied
 * ... copies, purges, temp clean-up in target ...
 * dirs.finish(target, src.mtimeNanos(), src.mode(), src.dosMask());   // after, deepest first
 * }</pre>
 *
 * <p>Why two steps: every entry created or deleted in a directory resets its mtime, and a source
 * directory without write permission (0555) would refuse the very files being copied into it.
 */
public final class DirectoryMaker {
    private final CopyFlags dirFlags;

    /** @param dirFlags /DCOPY: A and T are applied by {@link #finish}; D, E and X need nothing here */
    public DirectoryMaker(CopyFlags dirFlags) {
        this.dirFlags = Objects.requireNonNull(dirFlags, "dirFlags");
    }

    /** Creates {@code dir} and any missing parents; an existing directory is fine. */
    public void create(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    /**
     * Applies /DCOPY:A (mode bits, or DOS R/H/S/A) and /DCOPY:T (mtime) to a finished directory.
     * Call it after everything in the directory is done, including purges and temp clean-up.
     *
     * @param mode    the source directory's mode bits, or -1 if unknown
     * @param dosMask the source directory's attribute bits, or -1 if unknown
     */
    public void finish(Path dir, long mtimeNanos, int mode, int dosMask) throws IOException {
        if (dirFlags.attributes()) {
            Metadata.setAttributes(dir, mode, dosMask);
        }
        if (dirFlags.times()) {
            Metadata.setTimes(dir, mtimeNanos);
        }
    }
}
