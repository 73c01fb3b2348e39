package dev.syncopate.execute;

import dev.syncopate.log.SizeFormat;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /VERIFY}'s trace in the log: how many copies were read back and matched their source,
 * and how many did not. Each mismatch also has its own {@code ERROR 23} line where it happened;
 * this one line after the file list says that the check ran at all. It is not a Robocopy line
 * (Robocopy has no /VERIFY), and it stands outside the header and the summary table, where
 * parsers look for keys they know.
 *
 * <pre>{@code
 * tally.verified(1024);                 // on a copy worker
 * tally.line(false);                    // " Verified : 1 file (1.0 k) read back after copying, ..."
 * }</pre>
 */
public final class VerifyTally {
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong mismatched = new AtomicLong();

    /** A copy whose read-back matched the source. */
    void verified(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    /** A copy that still differed from its source after its retries: it was not put in place. */
    void mismatched() {
        mismatched.incrementAndGet();
    }

    /** The log line, {@code /BYTES} giving plain bytes. */
    String line(boolean plainBytes) {
        return line(files.get(), bytes.get(), mismatched.get(), plainBytes);
    }

    public static String line(long files, long bytes, long mismatched, boolean plainBytes) {
        String text = " Verified : ";
        if (files == 0 && mismatched == 0) {
            return text + "nothing was copied.";
        }
        text += files + (files == 1 ? " file (" : " files (") + SizeFormat.totalSize(bytes, plainBytes)
                + ") read back after copying, CRC32C equal to the source's";
        if (mismatched > 0) {
            text += "; " + mismatched + " did not match (ERROR 23 above): not replaced";
        }
        return text + ".";
    }
}
