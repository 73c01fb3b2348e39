package dev.syncopate.hooks;

import dev.syncopate.classify.FileClass;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a filter or hook sees of one file: a read-only value, safe to hand to user code.
 *
 * <pre>{@code
 * hooks.beforeCopy(new FileView("a.txt", "docs/a.txt", 12, Instant.now(), FileClass.NEW, src, dst, false));
 * }</pre>
 *
 * @param name      the file name
 * @param path      the path relative to the job's root, with {@code /} separators
 * @param size      bytes (of the source side; of the destination for extras)
 * @param modified  last modification time (same side as {@code size})
 * @param kind      the class of the file
 * @param source    the source path, or null for an extra
 * @param target    the destination path
 * @param directory true for a directory
 */
public record FileView(String name, String path, long size, Instant modified, FileClass kind, Path source,
                       Path target, boolean directory) {
}
