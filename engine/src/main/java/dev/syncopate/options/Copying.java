package dev.syncopate.options;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How files are written: {@code /COPY /DCOPY /SL /Z /J /VERIFY /BACKUPDIR /BWLIMIT /IPG}.
 *
 * @param files       /COPY: flags for files
 * @param dirs        /DCOPY: flags for directories
 * @param copyLinks   /SL: copy symbolic links as links instead of following them
 * @param restartable /Z: resume a partly written file left by an interrupted run
 * @param unbuffered  /J: unbuffered I/O (accepted; the kernel copy path is used either way)
 * @param verify      /VERIFY: re-read what was written and compare a hash
 * @param backupDir   /BACKUPDIR: move files about to be overwritten or purged here first, or null
 * @param linkDest    snapshots: a file about to be copied that is unchanged in this reference tree (same
 *                    relative path, size, time and mode) is hard-linked to it instead; or null
 * @param bandwidth   /BWLIMIT, /IPG: how fast data may be written; {@link Bandwidth#NONE} for full speed
 */
public record Copying(CopyFlags files, CopyFlags dirs, boolean copyLinks, boolean restartable, boolean unbuffered,
                      boolean verify, Path backupDir, Path linkDest, Bandwidth bandwidth) {
    public Copying {
        Objects.requireNonNull(bandwidth, "bandwidth");
    }
}
