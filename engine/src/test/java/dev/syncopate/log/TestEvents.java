package dev.syncopate.log;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syncopate.classify.FileClass;
import dev.syncopate.event.DirStatus;
import dev.syncopate.event.Disposition;
import dev.syncopate.event.SyncEvent;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Events with fixed, Unix-style paths (on Jimfs) for verbatim tests: source /srv/docs, destination /mnt/nas/docs. */
public final class TestEvents {
    public static final FileSystem FS = Jimfs.newFileSystem(Configuration.unix());
    public static final Path SRC = FS.getPath("/srv/docs");
    public static final Path DST = FS.getPath("/mnt/nas/docs");
    public static final Instant T0 = Instant.parse("2026-11-22T02:43:10Z");

    private TestEvents() {
    }

    public static SyncEvent.DirectoryLine dir(String rel, DirStatus status, long files) {
        Path base = status == DirStatus.EXTRA ? DST : SRC;
        return new SyncEvent.DirectoryLine(rel, rel.isEmpty() ? base : base.resolve(rel), status, files);
    }

    public static SyncEvent.FileLine file(String rel, FileClass kind, Disposition d, long size) {
        return file(rel, kind, d, null, size);
    }

    public static SyncEvent.FileLine file(String rel, FileClass kind, Disposition d, String reason, long size) {
        Path source = kind == FileClass.EXTRA ? null : SRC.resolve(rel);
        return new SyncEvent.FileLine(rel, source, DST.resolve(rel), kind, d, reason, size,
                Instant.parse("2026-11-20T08:15:00Z"));
    }

    public static SyncEvent.ErrorLine error(int seconds, int code, String action, String rel, String message,
                                            boolean retrying) {
        return new SyncEvent.ErrorLine(T0.plusSeconds(seconds), code, action, SRC.resolve(rel), message, retrying,
                Duration.ofSeconds(5));
    }
}
