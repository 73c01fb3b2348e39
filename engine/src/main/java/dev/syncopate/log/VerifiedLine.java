package dev.syncopate.log;

import dev.syncopate.event.SyncEvent;

/**
 * {@code /VERIFY}'s trace in the log: how many copies were read back and matched their source,
 * and how many did not. Each mismatch also has its own {@code ERROR 23} line where it happened;
 * this one line after the file list says that the check ran at all. It is not a Robocopy line
 * (Robocopy has no /VERIFY), and it stands outside the header and the summary table, where
 * parsers look for keys they know.
 *
 * <pre>{@code
 * VerifiedLine.line(new SyncEvent.Verified(1, 1024, 0), false);
 * // " Verified : 1 file (1.0 k) read back after copying, CRC32C equal to the source's."
 * }</pre>
 */
public final class VerifiedLine {
    private VerifiedLine() {
    }

    /** The line for {@code v}, {@code /BYTES} giving plain bytes. */
    public static String line(SyncEvent.Verified v, boolean plainBytes) {
        String text = " Verified : ";
        if (v.files() == 0 && v.mismatched() == 0) {
            return text + "nothing was copied.";
        }
        text += v.files() + (v.files() == 1 ? " file (" : " files (") + SizeFormat.totalSize(v.bytes(), plainBytes)
                + ") read back after copying, CRC32C equal to the source's";
        if (v.mismatched() > 0) {
            text += "; " + v.mismatched() + " did not match (ERROR 23 above): not replaced";
        }
        return text + ".";
    }
}
