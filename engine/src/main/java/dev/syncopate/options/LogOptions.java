package dev.syncopate.options;

import java.nio.file.Path;

/**
 * How the run reports itself: Robocopy's logging switches, plus the JSON report.
 *
 * <pre>{@code
 * LogOptions log = LogOptions.DEFAULT.withLogFile(Path.of("sync.log"), true);   // /LOG+:sync.log
 * }</pre>
 *
 * @param verbose     /V: also list skipped files
 * @param reportExtra /X: list all extra files, not just those selected
 * @param timestamps  /TS: source time stamps on file lines
 * @param fullPaths   /FP: full path names on file lines
 * @param bytes       /BYTES: sizes as plain bytes
 * @param noSize      /NS: no sizes
 * @param noClass     /NC: no file classes
 * @param noFileList  /NFL: no file lines
 * @param noDirList   /NDL: no directory lines
 * @param noProgress  /NP: no progress (percentages are never written; this also hides the live line)
 * @param eta         /ETA: estimated arrival time of copied files
 * @param logFile     /LOG: or /LOG+: file, or null for the console
 * @param appendLog   true for /LOG+: and /UNILOG+:
 * @param unicode     /UNILOG: write the log as UTF-16LE with BOM, as Robocopy does
 * @param tee         /TEE: also print to the console when logging to a file
 * @param noHeader    /NJH: no job header
 * @param noSummary   /NJS: no job summary
 * @param jsonReport  /JSON:file, or null
 */
public record LogOptions(boolean verbose, boolean reportExtra, boolean timestamps, boolean fullPaths, boolean bytes,
                         boolean noSize, boolean noClass, boolean noFileList, boolean noDirList, boolean noProgress,
                         boolean eta, Path logFile, boolean appendLog, boolean unicode, boolean tee,
                         boolean noHeader, boolean noSummary, Path jsonReport) {

    public static final LogOptions DEFAULT = new LogOptions(false, false, false, false, false, false, false, false,
            false, false, false, null, false, false, false, false, false, null);

    public LogOptions withJsonReport(Path file) {
        return new LogOptions(verbose, reportExtra, timestamps, fullPaths, bytes, noSize, noClass, noFileList,
                noDirList, noProgress, eta, logFile, appendLog, unicode, tee, noHeader, noSummary, file);
    }

    public LogOptions withLogFile(Path file, boolean append) {
        return new LogOptions(verbose, reportExtra, timestamps, fullPaths, bytes, noSize, noClass, noFileList,
                noDirList, noProgress, eta, file, append, unicode, tee, noHeader, noSummary, jsonReport);
    }
}
