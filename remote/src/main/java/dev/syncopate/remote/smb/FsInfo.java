package dev.syncopate.remote.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileSystemInformationClass;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.mssmb2.messages.SMB2QueryInfoRequest;
import com.hierynomus.smbj.share.Directory;
import com.hierynomus.smbj.share.DiskShare;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The share's file system as the server reports it ({@code FileFsAttributeInformation},
 * MS-FSCC 2.5.1): its name, which decides how fine its modification times are.
 *
 * <pre>{@code
 * FsInfo fs = FsInfo.query(share);
 * fs.name();              // "NTFS" (Samba says so by default), "FAT32", "exFAT", ...
 * fs.timeGranularity();   // 100 ns, or 2 s on FAT
 * }</pre>
 *
 * @param name  the file system name, e.g. {@code NTFS}
 * @param flags the FILE_* capability bits (case sensitivity, ...)
 */
record FsInfo(String name, long flags) {
    /** FAT keeps modification times in two-second steps; exFAT's 10 ms field is not always written. */
    private static final Set<String> TWO_SECONDS = Set.of("FAT", "FAT12", "FAT16", "FAT32", "EXFAT", "VFAT");

    static FsInfo query(DiskShare share) {
        try (Directory root = share.openDirectory("", EnumSet.of(AccessMask.FILE_READ_ATTRIBUTES), null,
                SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
            byte[] out = share.queryInfo(root.getFileId(), SMB2QueryInfoRequest.SMB2QueryInfoType.SMB2_0_INFO_FILESYSTEM,
                    null, null, FileSystemInformationClass.FileFsAttributeInformation).getOutputBuffer();
            return parse(out);
        }
    }

    /** FileSystemAttributes (4), MaximumComponentNameLength (4), FileSystemNameLength (4), the name in UTF-16LE. */
    static FsInfo parse(byte[] out) {
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        long flags = Integer.toUnsignedLong(b.getInt(0));
        int length = Math.min(b.getInt(8), out.length - 12);
        return new FsInfo(new String(out, 12, Math.max(0, length), StandardCharsets.UTF_16LE), flags);
    }

    Duration timeGranularity() {
        return TWO_SECONDS.contains(name.toUpperCase(Locale.ROOT)) ? Duration.ofSeconds(2) : Duration.ofNanos(100);
    }

    /** {@code smb://fs01/data keeps times in 100 ns steps (NTFS)}. */
    String timeGranularityReason(String where) {
        String steps = timeGranularity().equals(Duration.ofSeconds(2)) ? "2 s" : "100 ns";
        return where + " keeps times in " + steps + " steps (" + (name.isEmpty() ? "unnamed file system" : name) + ")";
    }
}
