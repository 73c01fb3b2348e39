package dev.syncopate.execute;

import dev.syncopate.options.CopyFlags;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code /SL}: recreates a symbolic link as a link (its target text verbatim, relative or not),
 * never copying what it points to. Atomic like {@link FileCopier}: the link is made under a temp
 * name and renamed over the target, so an existing file or link there is replaced in one step.
 *
 * <pre>{@code
 * LinkCopier links = new LinkCopier(options.copying().files());
 * links.copy(source.resolve("current"), target.resolve("current"), entry.mtimeNanos());
 * }</pre>
 *
 * <p>With T in the flags the link's own mtime is set (lutimes; Linux, macOS and jimfs support it).
 * Link permissions mean nothing on Linux and are not copied.
 */
public final class LinkCopier {
    private final CopyFlags flags;

    /** @param flags /COPY: only T matters for links */
    public LinkCopier(CopyFlags flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    /**
     * Makes {@code target} a link with the same target text as {@code sourceLink}.
     *
     * @param mtimeNanos the source link's own modification time (from lstat), nanoseconds since the epoch
     * @throws java.nio.file.NotLinkException if {@code sourceLink} is not a link
     */
    public void copy(Path sourceLink, Path target, long mtimeNanos) throws IOException {
        copy(sourceLink, target, mtimeNanos, TempNames.name(target.getFileName().toString(), 0, mtimeNanos));
    }

    /**
     * As {@link #copy(Path, Path, long)}, making the link under {@code tempName} beside the target
     * (see {@link TempNames#name(String, long, long, java.util.function.Predicate)}).
     */
    public void copy(Path sourceLink, Path target, long mtimeNanos, String tempName) throws IOException {
        Path pointsTo = Files.readSymbolicLink(sourceLink);
        // Re-parse in the target's file system: a Path of another provider cannot be a link target there.
        Path text = target.getFileSystem().getPath(pointsTo.toString());
        Path temp = target.resolveSibling(tempName);
        try {
            try {
                Files.createSymbolicLink(temp, text);
            } catch (FileAlreadyExistsException e) {
                // left by a killed run; deleting first every time would cost a syscall per link
                Files.delete(temp);
                Files.createSymbolicLink(temp, text);
            }
            if (flags.times()) {
                setTimes(temp, mtimeNanos);
            }
            Replace.atomically(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            Replace.deleteQuietly(temp, e);
            throw e;
        }
    }

    private static void setTimes(Path link, long mtimeNanos) throws IOException {
        try {
            Metadata.setTimes(link, mtimeNanos);
        } catch (UnsupportedOperationException e) {
            // the platform cannot set a link's own times: the link itself is what matters
        }
    }
}
