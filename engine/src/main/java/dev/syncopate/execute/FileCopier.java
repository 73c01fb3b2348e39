package dev.syncopate.execute;

import dev.syncopate.event.ErrorCodes;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.execute.throttle.Throttle;
import dev.syncopate.options.CopyFlags;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

/**
 * One attempt to copy one regular file, atomically: the data goes to a {@link TempNames temp file}
 * beside the target, gets its owner, mode and mtime, and is renamed over the target only then. A
 * reader (or a killed run) sees the old file or the new one, never a torn one.
 *
 * <pre>{@code
 * FileCopier copier = new FileCopier();          // one per run; thread-safe, share it among workers
 * CopyResult r = copier.copy(CopyRequest.of(src, dst, size, mtimeNanos));
 * }</pre>
 *
 * <ul>
 * <li><b>Failure</b> deletes the temp file, except under {@code /Z}, where it stays to be resumed
 *     unless the disk is full (or the quota used up): then it goes too, so the files that still
 *     fit get the space. The target is untouched either way. The caller retries ({@link Retrier}).</li>
 * <li><b>/Z</b>: a temp file of the same source version (its name says which) that is not longer
 *     than the source is continued from its length; the bytes already there are trusted, so add
 *     {@code /VERIFY} to check them.</li>
 * <li><b>/VERIFY</b> compares CRC32C of source and temp before the rename; a mismatch deletes the
 *     temp even under /Z and throws {@link VerifyMismatchException}.</li>
 * <li><b>No D in /COPY</b> (e.g. {@code /COPY:T}) writes no data: an existing target gets its
 *     times and attributes fixed in place; a missing one is left missing.</li>
 * <li><b>/CREATE</b> ({@link CopyRequest#zeroLength()}) writes an empty file the same atomic way.</li>
 * <li><b>/COPY:O</b> is best effort: where owners cannot be set (not root, or no owners on the
 *     file system) the first result carries one warning and the rest of the run skips it.</li>
 * </ul>
 *
 * <p><b>Bandwidth</b>: with a {@link Throttle} ({@code /BWLIMIT}, {@code /IPG}) the data is written
 * through it, at its pace; {@link ExecuteStage} then leaves out the Linux fast path, which cannot be paced.
 *
 * <p>The source is never stat'ed: size, mtime and mode come from the request. Per small file on
 * Linux this is ~10 system calls: open source, open temp, fstat + copy_file_range, two closes,
 * chmod, open + futimens + close, rename. There is no fsync (neither Robocopy, cp nor rsync do one
 * by default); ext4 flushes a file renamed over another before the rename commits.
 */
public final class FileCopier implements Copier {

    /** A test seam: runs after the data is written and the temp closed, before verify and rename. */
    @FunctionalInterface
    interface Hook {
        Hook NONE = temp -> { };

        void afterData(Path temp) throws IOException;
    }

    private final Hook hook;
    private final Throttle throttle;
    private final AtomicBoolean ownersUnavailable = new AtomicBoolean();

    public FileCopier() {
        this(Hook.NONE, Throttle.NONE);
    }

    /** A copier writing data at {@code throttle}'s pace, e.g. {@code new FileCopier(Throttle.of(limit, PaceClock.SYSTEM))}. */
    public FileCopier(Throttle throttle) {
        this(Hook.NONE, throttle);
    }

    FileCopier(Hook hook) {
        this(hook, Throttle.NONE);
    }

    private FileCopier(Hook hook, Throttle throttle) {
        this.hook = hook;
        this.throttle = throttle;
    }

    /**
     * Copies one file, once.
     *
     * @throws IOException whatever failed; the target is unchanged
     */
    @Override
    public CopyResult copy(CopyRequest request) throws IOException {
        if (request.zeroLength()) {
            return viaTemp(request, false);
        }
        if (!request.flags().data()) {
            return fixInPlace(request);
        }
        return viaTemp(request, true);
    }

    private CopyResult viaTemp(CopyRequest r, boolean data) throws IOException {
        Path temp = r.temp();
        boolean keep = data && r.restartable();
        try {
            long start = 0;
            long written = 0;
            if (data) {
                // Open the source first: a source that vanished since the listing leaves no temp behind.
                try (FileChannel in = FileChannel.open(r.source(), READ)) {
                    start = keep && !r.noPartial() ? resumePoint(temp, r.size()) : 0;
                    try (FileChannel out = openTemp(temp, start)) {
                        written = Transfer.toEnd(in, start, r.size(), throttle.around(out));
                    }
                }
            } else {
                openTemp(temp, 0).close();
            }
            hook.afterData(temp);
            if (data && r.verify()) {
                Verifier.check(r.source(), temp, r.size());
            }
            List<SyncEvent.Notice> notices = applyMetadata(r, temp);
            Replace.atomically(temp, r.target());
            return new CopyResult(written, start, notices);
        } catch (VerifyMismatchException e) {
            // The temp holds bad bytes: resuming it would only keep them.
            Replace.deleteQuietly(temp, e);
            throw e;
        } catch (IOException e) {
            // Resuming makes sense after an interruption, not after the disk filled up: a kept
            // partial would hold the very space the files still to come need.
            if (!keep || outOfSpace(e)) {
                Replace.deleteQuietly(temp, e);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            if (!keep) {
                Replace.deleteQuietly(temp, e);
            }
            throw e;
        }
    }

    /** ENOSPC or EDQUOT, which the JDK reports only by their reason text. */
    private static boolean outOfSpace(IOException e) {
        int code = ErrorCodes.of(e).code();
        return code == ErrorCodes.DISK_FULL || code == ErrorCodes.QUOTA_EXCEEDED;
    }

    /** How many bytes of an earlier temp file to keep: all of a plausible one, none of anything else. */
    private static long resumePoint(Path temp, long size) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return 0;
        }
        if (!a.isRegularFile()) {
            // A link or directory under our name was not written by us: never write through it.
            Files.delete(temp);
            return 0;
        }
        return a.size() <= size ? a.size() : 0;
    }

    private static FileChannel openTemp(Path temp, long start) throws IOException {
        // NOFOLLOW: a link planted under the temp name must not redirect a root-run copy elsewhere.
        if (start > 0) {
            FileChannel ch = FileChannel.open(temp, WRITE, LinkOption.NOFOLLOW_LINKS);
            ch.position(start);
            return ch;
        }
        return FileChannel.open(temp, WRITE, CREATE, TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    private CopyResult fixInPlace(CopyRequest r) throws IOException {
        try {
            return new CopyResult(0, 0, applyMetadata(r, r.target()));
        } catch (NoSuchFileException e) {
            if (r.target().toString().equals(e.getFile())) {
                return new CopyResult(0, 0, List.of()); // nothing to fix, and without D nothing to create
            }
            throw e;
        }
    }

    /** Owner first (chown clears setuid/setgid), then mode, then times (last, so nothing bumps them). */
    private List<SyncEvent.Notice> applyMetadata(CopyRequest r, Path p) throws IOException {
        CopyFlags f = r.flags();
        List<SyncEvent.Notice> notices = f.owner() ? copyOwner(r.source(), p) : List.of();
        if (f.attributes() || f.security()) {
            Metadata.setAttributes(p, r.mode(), r.dosMask());
        }
        if (f.times()) {
            Metadata.setTimes(p, r.mtimeNanos());
        }
        return notices;
    }

    private List<SyncEvent.Notice> copyOwner(Path source, Path target) throws IOException {
        if (ownersUnavailable.get()) {
            return List.of();
        }
        String why;
        try {
            Metadata.copyOwner(source, target);
            return List.of();
        } catch (UnsupportedOperationException e) {
            why = e.getMessage();
        } catch (FileSystemException e) {
            if (ErrorCodes.of(e).code() != ErrorCodes.ACCESS_DENIED) {
                throw e;
            }
            why = "not permitted";
        }
        // Not being root is a property of the run, not of this file: say so once and stop trying.
        return ownersUnavailable.compareAndSet(false, true)
                ? List.of(new SyncEvent.Notice("WARNING: file owners cannot be copied (" + why
                        + "); /COPY:O is ignored for the rest of this run."))
                : List.of();
    }
}
