package dev.syncopate.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code /CHECKSUM}: whether two files that look the same (size and time) hold the same bytes.
 * Compares the bytes themselves, which is exact and reads each file once, like computing a hash
 * would.
 *
 * <pre>{@code
 * if (!ContentComparison.same(src, dst)) copy(src, dst);
 * FileClass kind = ContentComparison.classify(src, dst);   // SAME or CHANGED
 * }</pre>
 */
public final class ContentComparison {
    private static final int CHUNK = 256 * 1024;

    private ContentComparison() {
    }

    /**
     * The class of a source file that looked the same as its destination copy, once their bytes
     * are compared: {@link FileClass#SAME} when they are equal, else {@link FileClass#CHANGED}.
     */
    public static FileClass classify(Path source, Path destination) throws IOException {
        return same(source, destination) ? FileClass.SAME : FileClass.CHANGED;
    }

    public static boolean same(Path a, Path b) throws IOException {
        try (InputStream x = Files.newInputStream(a); InputStream y = Files.newInputStream(b)) {
            byte[] bx = new byte[CHUNK];
            byte[] by = new byte[CHUNK];
            while (true) {
                int nx = x.readNBytes(bx, 0, CHUNK);
                int ny = y.readNBytes(by, 0, CHUNK);
                if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
                    return false;
                }
                if (nx < CHUNK) {
                    return true;
                }
            }
        }
    }
}
