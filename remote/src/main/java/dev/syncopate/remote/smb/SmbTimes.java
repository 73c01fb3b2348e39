package dev.syncopate.remote.smb;

import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Converts between SMB's FILETIME (100 ns steps since 1601) and NIO's {@link FileTime} without
 * going through milliseconds, as smbj's own {@code toInstant()} does: the engine compares times to
 * the 100 ns the share keeps, so the last four digits matter.
 *
 * <pre>{@code
 * FileTime t = SmbTimes.toNio(info.getLastWriteTime());
 * com.hierynomus.msdtyp.FileTime back = SmbTimes.toSmb(t);
 * }</pre>
 */
final class SmbTimes {
    /** 1601-01-01 to 1970-01-01 in 100 ns steps. */
    private static final long EPOCH_DIFFERENCE = com.hierynomus.msdtyp.FileTime.WINDOWS_TO_UNIX_EPOCH;

    private static final long TICKS_PER_SECOND = 10_000_000L;

    private SmbTimes() {
    }

    static FileTime toNio(com.hierynomus.msdtyp.FileTime t) {
        long ticks = t.getWindowsTimeStamp() - EPOCH_DIFFERENCE;
        // Through Instant, not nanoseconds in a long: FILETIME reaches far beyond the year 2262.
        return FileTime.from(Instant.ofEpochSecond(Math.floorDiv(ticks, TICKS_PER_SECOND),
                Math.floorMod(ticks, TICKS_PER_SECOND) * 100));
    }

    static com.hierynomus.msdtyp.FileTime toSmb(FileTime t) {
        Instant i = t.toInstant();
        return new com.hierynomus.msdtyp.FileTime(i.getEpochSecond() * TICKS_PER_SECOND + i.getNano() / 100
                + EPOCH_DIFFERENCE);
    }
}
