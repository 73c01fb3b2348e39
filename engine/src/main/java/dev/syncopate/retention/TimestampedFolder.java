package dev.syncopate.retention;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A directory whose name is a timestamp, with the time its name says (not its mtime, which a
 * copy or a touch can change).
 *
 * <pre>{@code
 * new TimestampedFolder(Path.of("/mnt/nas/docs/20261101_230000"), LocalDateTime.of(2026, 11, 1, 23, 0));
 * }</pre>
 *
 * @param path the folder
 * @param time the local date and time parsed from its name
 */
public record TimestampedFolder(Path path, LocalDateTime time) {

    /** Oldest first, equal times by name: a total order, so a plan never depends on listing order. */
    public static final Comparator<TimestampedFolder> OLDEST_FIRST = Comparator.comparing(TimestampedFolder::time)
            .thenComparing(TimestampedFolder::name);

    public TimestampedFolder {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(time, "time");
    }

    /** The folder's own name, e.g. {@code 20261101_230000}. */
    public String name() {
        return path.getFileName().toString();
    }
}
