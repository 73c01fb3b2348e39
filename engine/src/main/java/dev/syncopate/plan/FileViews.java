package dev.syncopate.plan;

import dev.syncopate.classify.FileClass;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.hooks.FileView;
import dev.syncopate.scan.Entry;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The one place a hook's {@link FileView} is made, so {@code filter}, {@code beforeCopy},
 * {@code afterCopy}, {@code beforeDelete} and {@code onError} all see the same {@code name},
 * {@code path}, {@code target} and {@code kind} for the same entry. The copy writes to
 * {@link #target} too, so what a hook is told is where the bytes go.
 *
 * <pre>{@code
 * // source Report.TXT joined to destination report.txt on a case-insensitive destination:
 * FileView v = FileViews.source(dir, "docs/Report.TXT", src, dst, FileClass.NEWER);
 * v.name();     // "Report.TXT"  (the source's name, as the path says)
 * v.target();   // /mnt/b/docs/report.txt  (the destination entry's own name)
 * FileViews.of(fileLine).equals(v);   // true for the file line the copy wrote
 * }</pre>
 */
public final class FileViews {
    private FileViews() {
    }

    /**
     * Where a source entry goes in the destination: the matched destination entry's own name when
     * there is one (joined across case or Unicode form, writing the source's spelling would replace
     * it on Windows and add a twin on Linux), else the source's name.
     */
    public static Path target(DirectoryContext dir, Entry source, Entry matched) {
        return dir.destination().resolve(matched != null ? matched.name() : source.name());
    }

    /** A source entry, for {@code filter} and {@code beforeCopy}; {@code matched} is its destination entry or null. */
    public static FileView source(DirectoryContext dir, String path, Entry source, Entry matched, FileClass kind) {
        return view(path, source.size(), source.modified(), kind, dir.source().resolve(source.name()),
                target(dir, source, matched), source.isDirectory());
    }

    /** An extra about to be purged, for {@code beforeDelete}: sizes and times are the destination's. */
    public static FileView extra(DirectoryContext dir, String path, Entry extra) {
        return view(path, extra.size(), extra.modified(), FileClass.EXTRA, null,
                dir.destination().resolve(extra.name()), extra.isDirectory());
    }

    /**
     * The file a file line is about, for {@code afterCopy} and {@code onError}. The line was made
     * from the same entries as {@link #source}, so the view is the same; a file line is never a
     * directory (directories have directory lines).
     */
    public static FileView of(SyncEvent.FileLine line) {
        return view(line.path(), line.size(), line.modified(), line.kind(), line.source(), line.target(), false);
    }

    /** The name is the last segment of the path, which the walk builds from the source's name. */
    private static FileView view(String path, long size, Instant modified, FileClass kind, Path source, Path target,
                                 boolean directory) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileView(name, path, size, modified, kind, source, target, directory);
    }
}
