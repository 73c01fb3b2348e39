package dev.syncopate.plan;

import java.nio.file.Path;

/**
 * Where the planner is: one directory of the walk.
 *
 * <pre>{@code
 * DirectoryContext root = new DirectoryContext("", Path.of("/srv"), Path.of("/mnt/b"), 0, true);
 * DirectoryContext sub = root.child("docs");
 * }</pre>
 *
 * @param path           relative path ({@code ""} for the root)
 * @param source         the source directory
 * @param destination    the destination directory (may not exist yet)
 * @param depth          0 for the root
 * @param sourceComplete false when some source listing on the way here failed: nothing below may be purged
 */
public record DirectoryContext(String path, Path source, Path destination, int depth, boolean sourceComplete) {

    public DirectoryContext child(String name) {
        return new DirectoryContext(childPath(name), source.resolve(name), destination.resolve(name), depth + 1,
                sourceComplete);
    }

    public String childPath(String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }
}
