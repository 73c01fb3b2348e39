package dev.syncopate.dsl;

import dev.syncopate.hooks.FileView;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The file a filter or hook is asked about ({@code f} in {@code beforeCopy { f -> ... }}): read-only.
 * {@code kind} is the class as text, so both {@code f.kind == 'NEW'} and {@code f.kind == NEW} work.
 *
 * <pre>{@code
 * filter     { f -> f.size < 2.GB && !f.path.startsWith('tmp/') }
 * beforeCopy { f -> if (f.kind == NEWER && f.modified < now - 1.hours) println "stale: $f.path" }
 * }</pre>
 */
public final class FileInfo {
    private final FileView view;
    private final ZoneId zone;

    FileInfo(FileView view, ZoneId zone) {
        this.view = view;
        this.zone = zone;
    }

    /** The file name, e.g. {@code report.docx}. */
    public String getName() {
        return view.name();
    }

    /** The path relative to the block's {@code from} (or {@code to}, for an extra), with {@code /}. */
    public String getPath() {
        return view.path();
    }

    /** Bytes: the source's, or the destination's for an extra. */
    public long getSize() {
        return view.size();
    }

    /** The last modification time, in the script's time zone (compare with {@code now}). */
    public LocalDateTime getModified() {
        return LocalDateTime.ofInstant(view.modified(), zone);
    }

    /** The modification time as an instant: what JavaScript hooks see (as epoch milliseconds). */
    java.time.Instant modifiedInstant() {
        return view.modified();
    }

    /** The class: {@code NEW NEWER OLDER CHANGED SAME TWEAKED EXTRA MISMATCH}. */
    public String getKind() {
        return view.kind().name();
    }

    /** The source file, or null for an extra (which exists only in the destination). */
    public Path getSource() {
        return view.source();
    }

    /** The destination file. */
    public Path getTarget() {
        return view.target();
    }

    public boolean isDirectory() {
        return view.directory();
    }

    @Override
    public String toString() {
        return view.path();
    }
}
