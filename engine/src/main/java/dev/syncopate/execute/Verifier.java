package dev.syncopate.execute;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * {@code /VERIFY}: reads the source and the written copy again and compares CRC32C and length.
 *
 * <p>CRC32C, not SHA-256: the threat is accidental (a changing source, a bad cable, a bug), not an
 * adversary, and CRC32C is a CPU instruction the JIT uses: 8–9 GB/s on the project's machines
 * against 1 GB/s for SHA-256 (even with SHA-NI), which would make /VERIFY CPU-bound on two cores
 * reading at page-cache speed. A random corruption slips past a 32-bit CRC with odds of 1 in 4
 * billion per differing file.
 *
 * <p>The copy is read back before its rename, so a mismatch never replaces a good target. On a
 * local disk that read usually comes from the page cache: it proves what the kernel was handed,
 * not what reached the platter.
 */
final class Verifier {
    private static final int MAX_BUFFER = 1 << 20;

    private Verifier() {
    }

    static void check(Path source, Path copy, long sizeHint) throws IOException {
        int buffer = Math.clamp(sizeHint + 1, 4096, MAX_BUFFER);
        ByteBuffer buf = ByteBuffer.allocate(buffer);
        long[] expected = crc32c(source, buf);
        long[] actual = crc32c(copy, buf);
        if (expected[0] != actual[0] || expected[1] != actual[1]) {
            throw new VerifyMismatchException(copy, expected[0], expected[1], actual[0], actual[1]);
        }
    }

    /** {crc, length} of a file. */
    static long[] crc32c(Path p, ByteBuffer buf) throws IOException {
        CRC32C crc = new CRC32C();
        long length = 0;
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            buf.clear();
            int n;
            while ((n = ch.read(buf)) >= 0) {
                length += n;
                buf.flip();
                crc.update(buf);
                buf.clear();
            }
        }
        return new long[]{crc.getValue(), length};
    }
}
