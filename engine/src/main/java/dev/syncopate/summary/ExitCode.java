package dev.syncopate.summary;

import dev.syncopate.event.Summary;

/**
 * Robocopy's exit bitmask: 1 copied, 2 extras, 4 mismatches, 8 failures, 16 fatal. 0–7 is success.
 *
 * <pre>{@code
 * int code = ExitCode.of(summary);      // e.g. 3 = files copied and extras seen
 * boolean ok = ExitCode.isSuccess(code);
 * }</pre>
 */
public final class ExitCode {
    public static final int COPIED = 1;
    public static final int EXTRAS = 2;
    public static final int MISMATCHES = 4;
    public static final int FAILURES = 8;
    public static final int FATAL = 16;

    private ExitCode() {
    }

    /** The code a finished (not fatal) run exits with. */
    public static int of(Summary s) {
        int code = 0;
        if (s.files().copied() > 0) {
            code |= COPIED;
        }
        if (s.files().extras() > 0 || s.dirs().extras() > 0) {
            code |= EXTRAS;
        }
        if (s.files().mismatch() > 0 || s.dirs().mismatch() > 0) {
            code |= MISMATCHES;
        }
        if (s.files().failed() > 0 || s.dirs().failed() > 0) {
            code |= FAILURES;
        }
        return code;
    }

    /** 0–7: the run did what was asked. */
    public static boolean isSuccess(int code) {
        return code >= 0 && code < FAILURES;
    }
}
