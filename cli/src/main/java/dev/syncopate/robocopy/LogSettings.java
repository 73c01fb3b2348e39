package dev.syncopate.robocopy;

import dev.syncopate.options.LogOptions;

import java.nio.file.Path;

/**
 * A mutable twin of {@link LogOptions}, so that logging switches can be applied one at a time on top
 * of what a job file set.
 *
 * <pre>{@code
 * LogSettings log = new LogSettings(LogOptions.DEFAULT);
 * log.tee = true;
 * LogOptions options = log.build();
 * }</pre>
 */
final class LogSettings {
    boolean verbose, reportExtra, timestamps, fullPaths, bytes, noSize, noClass, noFileList, noDirList;
    boolean noProgress, eta, appendLog, unicode, tee, noHeader, noSummary;
    Path logFile, jsonReport;

    LogSettings(LogOptions o) {
        verbose = o.verbose(); reportExtra = o.reportExtra(); timestamps = o.timestamps();
        fullPaths = o.fullPaths(); bytes = o.bytes(); noSize = o.noSize(); noClass = o.noClass();
        noFileList = o.noFileList(); noDirList = o.noDirList(); noProgress = o.noProgress(); eta = o.eta();
        logFile = o.logFile(); appendLog = o.appendLog(); unicode = o.unicode(); tee = o.tee();
        noHeader = o.noHeader(); noSummary = o.noSummary(); jsonReport = o.jsonReport();
    }

    /** {@code /LOG /LOG+ /UNILOG /UNILOG+}: the last one given wins, as in Robocopy. */
    void logTo(Path file, boolean append, boolean utf16) {
        logFile = file;
        appendLog = append;
        unicode = utf16;
    }

    LogOptions build() {
        return new LogOptions(verbose, reportExtra, timestamps, fullPaths, bytes, noSize, noClass, noFileList,
                noDirList, noProgress, eta, logFile, appendLog, unicode, tee, noHeader, noSummary, jsonReport);
    }
}
