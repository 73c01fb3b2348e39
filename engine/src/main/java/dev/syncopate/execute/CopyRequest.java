package dev.syncopate.execute;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.Copying;
import dev.syncopate.scan.Attribute;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file for {@link FileCopier} to copy, with what the walker already knows about the source,
 * so the copier never has to stat it again.
 *
 * <pre>{@code
 * CopyRequest r = new CopyRequest(src, dst, entry.size(), entry.mtimeNanos(), entry.mode(), entry.dosMask(),
 *         options.copying().files(), options.copying().restartable(), options.copying().verify(), false);
 * CopyRequest simple = CopyRequest.of(src, dst, 4096, mtimeNanos);   // /COPY:DAT, nothing else
 * }</pre>
 *
 * @param source     the source file
 * @param target     the destination file (its directory must exist)
 * @param size       the source size in bytes, as listed
 * @param mtimeNanos the source modification time, nanoseconds since the epoch
 * @param mode       POSIX mode bits (permissions plus setuid/setgid/sticky), or -1 if unknown
 * @param dosMask    a mask of {@link Attribute#bit()}s (R, H, S, A are applied), or -1 if unknown
 * @param flags      /COPY: what to copy
 * @param restartable /Z: keep a partial temp file on failure and resume it next time
 * @param verify     /VERIFY: re-read source and copy and compare CRC32C before renaming
 * @param zeroLength /CREATE: write an empty file instead of the data
 * @param tempName   the {@link TempNames temp name} beside the target to write to; null for the
 *                   plain one, which is right unless that name is also a source file's
 * @param noPartial  true when no partial file can be waiting under {@code tempName} (the destination's
 *                   listing had none and no earlier attempt of this run wrote one): a {@code /Z} copy then
 *                   does not look for one, which spares a round trip per file on a remote destination
 */
public record CopyRequest(Path source, Path target, long size, long mtimeNanos, int mode, int dosMask,
                          CopyFlags flags, boolean restartable, boolean verify, boolean zeroLength,
                          String tempName, boolean noPartial) {

    public CopyRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(flags, "flags");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (tempName == null) {
            tempName = TempNames.name(target.getFileName().toString(), size, mtimeNanos);
        } else if (!TempNames.isTemp(tempName)) {
            throw new IllegalArgumentException("not a temp name: " + tempName);
        }
    }

    /** A request that looks for a partial file to resume whenever it is restartable. */
    public CopyRequest(Path source, Path target, long size, long mtimeNanos, int mode, int dosMask,
                       CopyFlags flags, boolean restartable, boolean verify, boolean zeroLength, String tempName) {
        this(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, zeroLength, tempName, false);
    }

    /** A request writing to the plain temp name. */
    public CopyRequest(Path source, Path target, long size, long mtimeNanos, int mode, int dosMask,
                       CopyFlags flags, boolean restartable, boolean verify, boolean zeroLength) {
        this(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, zeroLength, null);
    }

    /** A plain {@code /COPY:DAT} request with unknown mode and attributes. */
    public static CopyRequest of(Path source, Path target, long size, long mtimeNanos) {
        return new CopyRequest(source, target, size, mtimeNanos, -1, -1, CopyFlags.DEFAULT_FILES, false, false, false);
    }

    /** A request using the run's {@code /COPY /Z /VERIFY} settings. */
    public static CopyRequest of(Path source, Path target, long size, long mtimeNanos, int mode, int dosMask,
                                 Copying copying, boolean zeroLength) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, copying.files(),
                copying.restartable(), copying.verify(), zeroLength);
    }

    /** The temp file the data goes to before it is renamed over the target. */
    public Path temp() {
        return target.resolveSibling(tempName);
    }

    public CopyRequest withTempName(String name) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, zeroLength,
                name, noPartial);
    }

    public CopyRequest withFlags(CopyFlags f) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, f, restartable, verify, zeroLength,
                tempName, noPartial);
    }

    /** The same request, told whether a partial file can be waiting under its temp name. */
    public CopyRequest withNoPartial(boolean on) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, zeroLength,
                tempName, on);
    }

    public CopyRequest withRestartable(boolean on) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, on, verify, zeroLength,
                tempName, noPartial);
    }

    public CopyRequest withVerify(boolean on) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, on, zeroLength,
                tempName, noPartial);
    }

    public CopyRequest withZeroLength(boolean on) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, on,
                tempName, noPartial);
    }

    public CopyRequest withAttributes(int mode, int dosMask) {
        return new CopyRequest(source, target, size, mtimeNanos, mode, dosMask, flags, restartable, verify, zeroLength,
                tempName, noPartial);
    }
}
