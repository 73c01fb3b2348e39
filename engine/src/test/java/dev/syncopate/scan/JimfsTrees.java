package dev.syncopate.scan;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** jimfs file systems with the attribute views the real ones have (the presets only have "basic"). */
final class JimfsTrees {
    /** A Linux-like file system: POSIX permissions. */
    static final Configuration UNIX = Configuration.unix().toBuilder()
            .setAttributeViews("basic", "owner", "posix", "unix").build();
    /** A Windows-like file system: DOS attributes, no permissions, case-insensitive names. */
    static final Configuration WINDOWS = Configuration.windows().toBuilder()
            .setAttributeViews("basic", "owner", "dos").build();

    static final Instant T = Instant.ofEpochSecond(1_700_000_000L, 123_456_789);
    static final long T_NANOS = 1_700_000_000_123_456_789L;

    private JimfsTrees() {
    }

    static FileSystem unix() {
        return Jimfs.newFileSystem(UNIX);
    }

    static FileSystem windows() {
        return Jimfs.newFileSystem(WINDOWS);
    }

    /** A fresh directory {@code work} at the root of {@code fs}. */
    static Path work(FileSystem fs) throws IOException {
        return Files.createDirectories(fs.getRootDirectories().iterator().next().resolve("work"));
    }

    static Path file(Path dir, String name, String content, Instant mtime) throws IOException {
        Path p = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(p, FileTime.from(mtime));
        return p;
    }
}
