package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A destination directory that is created when the first file needs it: under {@code /S} a source
 * directory with nothing to copy leaves no empty directory behind. Thread-safe.
 *
 * <pre>{@code
 * LazyDir d = LazyDir.missing(dst);
 * d.ensure();   // from any copy worker; creates it once
 * }</pre>
 */
public final class LazyDir {
    private final Path path;
    private volatile boolean exists;

    private LazyDir(Path path, boolean exists) {
        this.path = path;
        this.exists = exists;
    }

    public static LazyDir existing(Path path) {
        return new LazyDir(path, true);
    }

    public static LazyDir missing(Path path) {
        return new LazyDir(path, false);
    }

    public Path path() {
        return path;
    }

    public void ensure() throws IOException {
        if (!exists) {
            synchronized (this) {
                if (!exists) {
                    Files.createDirectories(path);
                    exists = true;
                }
            }
        }
    }
}
