package dev.syncopate.cli;

/**
 * The exit code list every {@code --help} shows, as picocli's {@code exitCodeList} entries. Robocopy's
 * bitmask, so schedulers and scripts written for Robocopy read Syncopate's codes the same way.
 */
final class ExitCodes {
    static final String HEADING = "%nExit codes (a bitmask; 0-7 mean success):%n";
    static final String C0 = "   0:nothing copied, nothing failed: already in sync";
    static final String C1 = "   1:files were copied";
    static final String C2 = "   2:extras seen: entries only in the destination (deleted by /PURGE, /MIR)";
    static final String C3 = "   3:1 + 2: files copied, extras seen";
    static final String C4 = "   4:mismatches seen: a file on one side, a directory on the other";
    static final String C5 = "   5:1 + 4";
    static final String C6 = "   6:2 + 4";
    static final String C7 = "   7:1 + 2 + 4";
    static final String C8 = "   8:some files or directories failed after their retries";
    static final String C9 = "9-15:8 plus 1, 2 and/or 4";
    static final String C16 = "  16:fatal: bad arguments or unreachable source/destination; nothing done";

    private ExitCodes() {
    }
}
