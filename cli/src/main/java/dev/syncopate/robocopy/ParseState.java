package dev.syncopate.robocopy;

import dev.syncopate.options.SyncOptions;

/**
 * What the switches of one command line change: the engine's options, the log options (which the
 * engine keeps as one immutable value, so they are gathered here first), and the job switches.
 */
final class ParseState {
    final SyncOptions.Builder options;
    final LogSettings log;
    boolean quit;
    String saveName;
    boolean noSourceDir;
    boolean noDestDir;
    /** {@code /CRED:name}, or null. */
    String credential;
    /** {@code /CREDFILE:path}, or null. */
    String credentialsFile;

    ParseState(SyncOptions.Builder options, LogSettings log) {
        this.options = options;
        this.log = log;
    }
}
