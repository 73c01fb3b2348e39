package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Removes the temp files that interrupted runs left in a destination directory.
 *
 * <pre>{@code
 * // the walker found these names in dest/docs, and is about to copy a.txt and b.txt there:
 * Set<String> keep = options.copying().restartable()
 *         ? Set.of(TempNames.name(requestA), TempNames.name(requestB)) : Set.of();
 * TempCleaner.clean(destDir, foundTempNames, keep);
 * }</pre>
 *
 * <p>Under {@code /Z}, {@code keep} holds the temp names of the copies about to run in this
 * directory, so they resume; every other temp file is stale (its source changed, went away or is
 * up to date) and goes. Without /Z, keep nothing: a copy overwrites its own temp name anyway. Run
 * it before the directory's copies start, or after they have all ended, not while one is writing.
 */
public final class TempCleaner {
    private TempCleaner() {
    }

    /**
     * Deletes each of {@code found} from {@code dir} that is a {@link TempNames#isTemp temp name}
     * and not in {@code keep}. Names that are not temp names are never touched, whatever the caller passes.
     *
     * @return how many were deleted
     * @throws IOException the first failure, after trying all the others
     */
    public static int clean(Path dir, Collection<String> found, Set<String> keep) throws IOException {
        int deleted = 0;
        IOException first = null;
        for (String name : found) {
            if (!TempNames.isTemp(name) || keep.contains(name)) {
                continue;
            }
            try {
                if (Files.deleteIfExists(dir.resolve(name))) {
                    deleted++;
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return deleted;
    }
}
