package dev.syncopate.options;

/**
 * Which directories a run walks and what it does at the end of each file: {@code /S /E /LEV:n
 * /PURGE /MIR /MOV /MOVE /CREATE}.
 *
 * @param recurse   /S or /E: walk subdirectories
 * @param emptyDirs /E: also create empty directories
 * @param levels    /LEV:n: walk at most n levels (1 = the top directory only); 0 = no limit
 * @param purge     /PURGE (or /MIR): delete destination extras
 * @param moveFiles /MOV: delete source files after they were copied
 * @param moveDirs  /MOVE: also delete source directories that were emptied
 * @param create    /CREATE: make the tree with zero-length files only
 */
public record Scope(boolean recurse, boolean emptyDirs, int levels, boolean purge, boolean moveFiles,
                    boolean moveDirs, boolean create) {

    /** True when a directory at {@code depth} (0 = the root) may be walked. */
    public boolean walks(int depth) {
        if (depth == 0) {
            return true;
        }
        if (!recurse) {
            return false;
        }
        return levels <= 0 || depth < levels;
    }
}
