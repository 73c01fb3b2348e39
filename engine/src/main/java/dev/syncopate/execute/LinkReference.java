package dev.syncopate.execute;

import dev.syncopate.classify.TimeComparison;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Snapshots ({@code --link-dest}): a file that is unchanged since the previous snapshot is
 * hard-linked to that snapshot's copy instead of being copied again, so every snapshot looks
 * complete while only changed files take space.
 *
 * <pre>{@code
 * LinkReference links = new LinkReference();     // one per run; thread-safe, share it among workers
 * Path previous = options.copying().linkDest();  // e.g. /mnt/nas/docs/20261101_230000
 * if (previous == null || !links.tryLink(previous, "a/b.txt", target, size, mtimeNanos, mode)) {
 *     copier.copy(request);                      // changed, new, or links impossible here
 * }
 * if (links.linksUnsupported()) { ... say "hard links are not possible here; copying" once ... }
 * }</pre>
 *
 * <p>"Unchanged" means: {@code referenceRoot/rel} is a regular file (a link is never used, since
 * its target may change under the snapshot), of the same size, the same mtime (as the classifier
 * compares it, so a reference on a coarser file system still matches) and the same nine
 * permission bits when both sides have them. The reference is stat'ed once and never written: the
 * link shares its inode, so its times and mode are already the ones a copy would have set, and
 * setting them again would change the previous snapshot too.
 *
 * <p>Like every write, the link is made under a {@link TempNames temp name} and renamed over the
 * target, so a killed run never leaves a half-made entry under a real name.
 *
 * <p>When the file systems cannot link at all (no hard links, as on FAT or some network shares; a
 * reference on another device; another file system provider) the first attempt says so through
 * {@link #linksUnsupported()} and every later call returns false at once, without a stat. A
 * refusal that concerns one file only (the reference already has the most links its file system
 * allows, or cannot be read) just returns false, and the caller copies that file.
 */
public final class LinkReference {

    /** Makes a hard link; a test seam, as {@link Files#createLink} cannot be made to fail on demand. */
    @FunctionalInterface
    interface Linker {
        Linker FILES = Files::createLink;

        void link(Path link, Path existing) throws IOException;
    }

    /**
     * Operating system reasons (lower case) that mean "no hard links between these two places",
     * as opposed to "not this file": Linux and macOS strerror texts, then Windows messages.
     */
    private static final List<String> IMPOSSIBLE = List.of(
            "cross-device link",            // EXDEV (Linux: "Invalid cross-device link")
            "operation not supported",      // EOPNOTSUPP: some FUSE and network file systems
            "operation not permitted",      // EPERM: Linux's answer on file systems without hard links (vfat)
            "function not implemented",     // ENOSYS
            "different disk drive",         // ERROR_NOT_SAME_DEVICE
            "incorrect function",           // ERROR_INVALID_FUNCTION: FAT, exFAT
            "request is not supported");    // ERROR_NOT_SUPPORTED

    private static final TimeComparison TIMES = new TimeComparison(false, false);

    private final Linker linker;
    private final AtomicReference<String> unsupported = new AtomicReference<>();

    public LinkReference() {
        this(Linker.FILES);
    }

    LinkReference(Linker linker) {
        this.linker = linker;
    }

    /**
     * Hard-links {@code referenceRoot/rel} to {@code target} if it is the same file as the source
     * about to be copied there.
     *
     * @param referenceRoot the previous snapshot's root ({@code SyncOptions.copying().linkDest()})
     * @param rel           the file's path relative to the roots, '/'-separated
     * @param target        where the copy would go
     * @param size          the source's size in bytes
     * @param mtimeNanos    the source's modification time, nanoseconds since the epoch
     * @param mode          the source's POSIX mode bits, or negative when unknown
     * @return true when {@code target} is now a link to the reference; false when the caller must copy
     * @throws IOException only when the link was made but could not be renamed over {@code target}:
     *                     a copy would fail the same way, so this is the caller's failure to report
     *                     and retry (the temp name is removed first)
     */
    public boolean tryLink(Path referenceRoot, String rel, Path target, long size, long mtimeNanos, int mode)
            throws IOException {
        return tryLink(referenceRoot, rel, target, size, mtimeNanos, mode,
                TempNames.name(target.getFileName().toString(), size, mtimeNanos));
    }

    /** As above, making the link under {@code tempName} beside the target, the name its copy would write to. */
    public boolean tryLink(Path referenceRoot, String rel, Path target, long size, long mtimeNanos, int mode,
                           String tempName) throws IOException {
        if (unsupported.get() != null) {
            return false;
        }
        Path reference = referenceRoot.resolve(rel);
        if (!unchanged(reference, size, mtimeNanos, mode)) {
            return false;
        }
        Path temp = target.resolveSibling(tempName);
        if (!link(temp, reference)) {
            return false;
        }
        try {
            Replace.atomically(temp, target);
            // rename(2) of a name onto another link of the same inode succeeds and does nothing,
            // leaving the temp name; that happens when the target is already linked to this reference.
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException | Error e) {
            Replace.deleteQuietly(temp, e);
            throw e;
        }
        return true;
    }

    /** True once a link attempt has shown that hard links are impossible between the reference and the target. */
    public boolean linksUnsupported() {
        return unsupported.get() != null;
    }

    /** Why links are impossible here (e.g. {@code Invalid cross-device link}); null while not known to be. */
    public String unsupportedReason() {
        return unsupported.get();
    }

    /** One lstat of the reference; anything that cannot be read is simply not a match. */
    private static boolean unchanged(Path reference, long size, long mtimeNanos, int mode) {
        BasicFileAttributes a;
        boolean posix = mode >= 0 && reference.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            a = posix
                    ? Files.readAttributes(reference, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.readAttributes(reference, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return false;   // missing (a new file), unreadable, or no such view: copy as usual
        }
        if (!a.isRegularFile() || a.size() != size || TIMES.compare(mtimeNanos, nanos(a)) != 0) {
            return false;
        }
        // Only the nine permission bits: that is all the scan reads, so it is all the source mode has.
        return !(a instanceof PosixFileAttributes p) || permissions(p) == (mode & 0777);
    }

    /** Links {@code temp} to the reference; false (and maybe "unsupported") when that is refused. */
    private boolean link(Path temp, Path reference) {
        try {
            try {
                linker.link(temp, reference);
            } catch (FileAlreadyExistsException e) {
                // Left by a killed run (or a partial /Z copy, which a link makes unnecessary).
                Files.delete(temp);
                linker.link(temp, reference);
            }
            return true;
        } catch (UnsupportedOperationException | ProviderMismatchException e) {
            // No hard links on this provider (jimfs without LINKS), or the trees are in two providers.
            markUnsupported(e.getMessage() == null ? "this file system has no hard links" : e.getMessage());
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (isImpossible(reason)) {
                markUnsupported(reason);
            }
            // Anything else concerns this file only (EMLINK, EACCES, the reference gone): copy it.
        } catch (IOException e) {
            // Not a file system refusal we can classify; the copy will report its own failure if any.
        }
        return false;
    }

    private void markUnsupported(String reason) {
        unsupported.compareAndSet(null, reason);
    }

    private static boolean isImpossible(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        return IMPOSSIBLE.stream().anyMatch(lower::contains);
    }

    private static int permissions(PosixFileAttributes a) {
        int bits = 0;
        for (PosixFilePermission p : a.permissions()) {
            bits |= 1 << (8 - p.ordinal());   // OWNER_READ ... OTHERS_EXECUTE = bits 8..0
        }
        return bits;
    }

    /** Nanoseconds since the epoch, clamped as the scan clamps them. */
    private static long nanos(BasicFileAttributes a) {
        Instant t = a.lastModifiedTime().toInstant();
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException outOfRange) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
