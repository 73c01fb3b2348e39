package dev.syncopate.robocopy;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.settings.Setting;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.syncopate.robocopy.Group.BEYOND;
import static dev.syncopate.robocopy.Group.COPYING;
import static dev.syncopate.robocopy.Group.JOB;
import static dev.syncopate.robocopy.Group.LOGGING;
import static dev.syncopate.robocopy.Group.RETRY;
import static dev.syncopate.robocopy.Group.SCOPE;
import static dev.syncopate.robocopy.Group.SELECTION;
import static dev.syncopate.robocopy.SwitchDef.flag;
import static dev.syncopate.robocopy.SwitchDef.following;
import static dev.syncopate.robocopy.SwitchDef.optional;
import static dev.syncopate.robocopy.SwitchDef.value;
import static dev.syncopate.settings.Setting.*;

/**
 * The switches Syncopate implements: each row says how the switch is written, which {@link Setting} it
 * makes (the one mapping the DSL and job files share), and its line in {@code --help}. The parser and the help are driven by
 * this table and {@link CompatSwitches}; there is no other list of switches.
 *
 * <pre>{@code
 * Switches.SUPPORTED.stream().map(SwitchDef::usage).toList();   // [/S, /E, /LEV:n, /MIR, ...]
 * }</pre>
 */
final class Switches {
    private static final int MANY = Integer.MAX_VALUE;

    private Switches() {
    }

    static final List<SwitchDef> SUPPORTED = List.of(
            // Copy scope
            flag("/S", SCOPE, "copy subdirectories, but not empty ones", s -> s.set(SUBDIRS, true)),
            flag("/E", SCOPE, "copy subdirectories, including empty ones", s -> s.set(EMPTY_DIRS, true)),
            value("/LEV", "n", SCOPE, "walk only the top n levels of the source tree (1 = top only)",
                    a -> { int n = Values.count(a.value(), 1, MANY, "levels"); return s -> s.set(LEVELS, n); }),
            flag("/MIR", SCOPE, "mirror a tree: /E plus /PURGE", s -> s.set(MIRROR, true)),
            flag("/PURGE", SCOPE, "delete destination files and directories no longer in the source",
                    s -> s.set(PURGE, true)),
            flag("/MOV", SCOPE, "move files: delete them from the source after copying", s -> s.set(MOVE_FILES, true)),
            flag("/MOVE", SCOPE, "move files and directories: delete them from the source after copying",
                    s -> s.set(MOVE, true)),
            flag("/CREATE", SCOPE, "create the directory tree and zero-length files only", s -> s.set(CREATE, true)),
            // File selection
            following("/XF", "file...", SELECTION, "exclude files matching these names, paths or wildcards",
                    a -> s -> s.set(EXCLUDE_FILES, a.following())),
            following("/XD", "dir...", SELECTION, "exclude directories matching these names, paths or wildcards",
                    a -> s -> s.set(EXCLUDE_DIRS, a.following())),
            flag("/XC", SELECTION, "exclude changed files (same time, other size)", s -> s.set(SKIP_CHANGED, true)),
            flag("/XN", SELECTION, "exclude newer files", s -> s.set(SKIP_NEWER, true)),
            flag("/XO", SELECTION, "exclude older files", s -> s.set(SKIP_OLDER, true)),
            flag("/XX", SELECTION, "exclude extra files and directories: not reported, never purged",
                    s -> s.set(SKIP_EXTRA, true)),
            flag("/XL", SELECTION, "exclude lonely files and directories (only in the source)",
                    s -> s.set(SKIP_LONELY, true)),
            flag("/IS", SELECTION, "include same files", s -> s.set(INCLUDE_SAME, true)),
            flag("/IT", SELECTION, "include tweaked files (same time and size, other attributes)",
                    s -> s.set(INCLUDE_TWEAKED, true)),
            value("/MAX", "n", SELECTION, "exclude files bigger than n bytes",
                    a -> { long n = Values.bytes(a.value()); return s -> s.set(MAX_SIZE, n); }),
            value("/MIN", "n", SELECTION, "exclude files smaller than n bytes",
                    a -> { long n = Values.bytes(a.value()); return s -> s.set(MIN_SIZE, n); }),
            value("/MAXAGE", "n", SELECTION, "exclude files older than n days, or than a YYYYMMDD date",
                    a -> { var age = Values.age(a.value()); return s -> s.set(MAX_AGE, age); }),
            value("/MINAGE", "n", SELECTION, "exclude files newer than n days, or than a YYYYMMDD date",
                    a -> { var age = Values.age(a.value()); return s -> s.set(MIN_AGE, age); }),
            flag("/FFT", SELECTION, "assume FAT file times (2-second tolerance)", s -> s.set(FAT_TIMES, true)),
            flag("/DST", SELECTION, "forgive time differences of exactly one hour (DST)",
                    s -> s.set(DST_TOLERANCE, true)),
            flag("/XJ", SELECTION, "exclude symbolic links (junctions): /XJD plus /XJF",
                    s -> s.set(EXCLUDE_DIR_LINKS, true).set(EXCLUDE_FILE_LINKS, true)),
            flag("/XJD", SELECTION, "exclude symbolic links to directories", s -> s.set(EXCLUDE_DIR_LINKS, true)),
            flag("/XJF", SELECTION, "exclude symbolic links to files", s -> s.set(EXCLUDE_FILE_LINKS, true)),
            flag("/A", SELECTION, "copy only files with the archive attribute", s -> s.set(ARCHIVE_ONLY, true)),
            flag("/M", SELECTION, "like /A, then clear the archive attribute of the source file",
                    s -> s.set(RESET_ARCHIVE, true)),
            value("/IA", "attrs", SELECTION, "include only files with any of these attributes (RASHCNETO)",
                    a -> { int m = Values.attributes(a.value()); return s -> s.set(INCLUDE_ATTRIBUTES, m); }),
            value("/XA", "attrs", SELECTION, "exclude files with any of these attributes (RASHCNETO)",
                    a -> { int m = Values.attributes(a.value()); return s -> s.set(EXCLUDE_ATTRIBUTES, m); }),
            // Copying
            value("/COPY", "flags", COPYING, "what to copy for files: D data, A attributes, T times, S security,"
                            + " O owner, U auditing (default DAT)",
                    a -> { CopyFlags f = Values.copyFlags(a.value()); return s -> s.set(COPY_FLAGS, f); }),
            value("/DCOPY", "flags", COPYING, "what to copy for directories (default DA)",
                    a -> { CopyFlags f = Values.copyFlags(a.value()); return s -> s.set(DIR_COPY_FLAGS, f); }),
            flag("/NODCOPY", COPYING, "copy no directory information (no /DCOPY flags)",
                    s -> s.set(DIR_COPY_FLAGS, CopyFlags.NONE)),
            flag("/SEC", COPYING, "copy files with security: /COPY:DATS",
                    s -> s.set(COPY_FLAGS, CopyFlags.parse("DATS"))),
            flag("/COPYALL", COPYING, "copy all file information: /COPY:DATSOU",
                    s -> s.set(COPY_FLAGS, CopyFlags.ALL)),
            flag("/NOCOPY", COPYING, "copy no file information (with /PURGE: only delete)",
                    s -> s.set(COPY_FLAGS, CopyFlags.NONE)),
            flag("/SL", COPYING, "copy symbolic links as links instead of following them",
                    s -> s.set(COPY_LINKS, true)),
            flag("/Z", COPYING, "restartable mode: resume files an interrupted run left partly written",
                    s -> s.set(RESTARTABLE, true)),
            flag("/J", COPYING, "unbuffered I/O (for very large files)", s -> s.set(UNBUFFERED, true)),
            optional("/MT", "n", COPYING, "copy with n threads, 1 to 128 (8 when n is left out; default 1)",
                    a -> {
                        int n = a.value() == null ? SyncOptions.DEFAULT_MT_THREADS
                                : Values.count(a.value(), 1, 128, "threads");
                        return s -> s.set(THREADS, n);
                    }),
            value("/IPG", "n", COPYING, "inter-packet gap: pause n ms after each 64 KiB a copy writes",
                    a -> { var d = Duration.ofMillis(Values.count(a.value(), 0, MANY, "milliseconds"));
                           return s -> s.set(PACKET_GAP, d); }),
            value("/MON", "n", COPYING, "monitor the source; run again when more than n changes are seen",
                    a -> { int n = Values.count(a.value(), 1, MANY, "changes"); return s -> s.monitorChanges = n; }),
            value("/MOT", "m", COPYING, "monitor the source; run again after m minutes if anything changed",
                    a -> { int m = Values.count(a.value(), 1, MANY, "minutes"); return s -> s.monitorMinutes = m; }),
            // Retries
            value("/R", "n", RETRY, "retries on failed copies (default 3)",
                    a -> { int n = Values.count(a.value(), 0, MANY, "retries"); return s -> s.set(RETRIES, n); }),
            value("/W", "n", RETRY, "seconds to wait between retries (default 5)",
                    a -> { var d = Values.seconds(a.value()); return s -> s.set(WAIT, d); }),
            // Logging
            flag("/L", LOGGING, "list only: change nothing, report what would happen", s -> s.set(DRY_RUN, true)),
            flag("/X", LOGGING, "report all extra files, not just selected ones", s -> s.log.reportExtra = true),
            flag("/V", LOGGING, "verbose: also list skipped files", s -> s.log.verbose = true),
            flag("/TS", LOGGING, "show source file time stamps", s -> s.log.timestamps = true),
            flag("/FP", LOGGING, "show full path names", s -> s.log.fullPaths = true),
            flag("/BYTES", LOGGING, "show sizes as bytes", s -> s.log.bytes = true),
            flag("/NS", LOGGING, "no file sizes", s -> s.log.noSize = true),
            flag("/NC", LOGGING, "no file classes", s -> s.log.noClass = true),
            flag("/NFL", LOGGING, "no file list", s -> s.log.noFileList = true),
            flag("/NDL", LOGGING, "no directory list", s -> s.log.noDirList = true),
            flag("/NP", LOGGING, "no progress", s -> s.log.noProgress = true),
            flag("/ETA", LOGGING, "show the estimated time of arrival of copied files", s -> s.log.eta = true),
            value("/LOG", "file", LOGGING, "write the log to file, replacing it",
                    a -> { Path p = path(a.value()); return s -> s.log.logTo(p, false, false); }),
            value("/LOG+", "file", LOGGING, "append the log to file",
                    a -> { Path p = path(a.value()); return s -> s.log.logTo(p, true, false); }),
            value("/UNILOG", "file", LOGGING, "write the log to file as UTF-16, replacing it",
                    a -> { Path p = path(a.value()); return s -> s.log.logTo(p, false, true); }),
            value("/UNILOG+", "file", LOGGING, "append the log to file as UTF-16",
                    a -> { Path p = path(a.value()); return s -> s.log.logTo(p, true, true); }),
            flag("/TEE", LOGGING, "also print to the console when logging to a file", s -> s.log.tee = true),
            flag("/NJH", LOGGING, "no job header", s -> s.log.noHeader = true),
            flag("/NJS", LOGGING, "no job summary", s -> s.log.noSummary = true),
            // Job files
            value("/JOB", "name", JOB, "take settings from the job file name (.yaml added when it has no extension)",
                    a -> { text(a.value()); return s -> { }; }),
            value("/SAVE", "name", JOB, "save the settings to the job file name (.yaml added when it has none)",
                    a -> { String n = text(a.value()); return s -> s.saveName = n; }),
            flag("/QUIT", JOB, "quit after reading the command line (and saving); without /SAVE print the job",
                    s -> s.quit = true),
            flag("/NOSD", JOB, "no source directory on the command line: it comes from the job",
                    s -> s.noSourceDir = true),
            flag("/NODD", JOB, "no destination directory on the command line: it comes from the job",
                    s -> s.noDestDir = true),
            following("/IF", "file...", JOB, "include these file patterns (as after source and destination)",
                    a -> s -> s.set(FILES, a.following())),
            // Beyond Robocopy
            flag("/CHECKSUM", BEYOND, "also compare content when size and time match", s -> s.set(CHECKSUM, true)),
            value("/MAXDEL", "n", BEYOND, "delete nothing and fail (8) if more than n entries would be deleted",
                    a -> { long n = Values.count(a.value(), 0, MANY, "entries"); return s -> s.set(MAX_DELETE, n); }),
            flag("/ALLOWEMPTYSOURCE", BEYOND, "let /PURGE and /MIR run when the source is empty",
                    s -> s.set(ALLOW_EMPTY_SOURCE, true)),
            value("/BACKUPDIR", "dir", BEYOND, "move files about to be overwritten or purged to dir first",
                    a -> { Path p = path(a.value()); return s -> s.set(BACKUP_DIR, p); }),
            value("/JSON", "file", BEYOND, "also write a machine-readable JSON report to file",
                    a -> { Path p = path(a.value()); return s -> s.log.jsonReport = p; }),
            value("/BWLIMIT", "rate", BEYOND, "limit all copies together to rate bytes/s: 10M, 500K (1024-based)",
                    a -> { long n = Values.rate(a.value()); return s -> s.set(BANDWIDTH, n); }),
            value("/METRICS", "file", BEYOND, "also write Prometheus metrics of the run to file (*.prom, for"
                            + " node_exporter's textfile collector)",
                    a -> { Path p = metrics(a.value()); return s -> s.metrics = p; }),
            flag("/VERIFY", BEYOND, "re-read what was written and compare a hash", s -> s.set(VERIFY, true)),
            value("/CRED", "name", BEYOND, "log in to an sftp:// or smb:// source or destination with the credential"
                            + " name from /CREDFILE",
                    a -> { String n = text(a.value()); return s -> s.credential = n; }),
            value("/CREDFILE", "file", BEYOND, "the YAML credentials file for /CRED (name: {user:, password: |"
                            + " passwordFile: | passwordCommand:, privateKey:, knownHosts:, hostKey:}); chmod 600",
                    a -> { String f = path(a.value()).toString(); return s -> s.credentialsFile = f; })
    );

    /** A {@code *.prom} file in a folder that exists: checked before anything is copied. */
    private static Path metrics(String value) {
        try {
            return dev.syncopate.metrics.MetricsFile.check(value);
        } catch (IllegalArgumentException e) {
            throw new BadValueException(e.getMessage());
        }
    }

    private static String text(String value) {
        if (value.isBlank()) {
            throw new BadValueException("expected a name");
        }
        return value;
    }

    /**
     * A local file or folder (a log, a report, /BACKUPDIR, /CREDFILE): an {@code sftp://} or
     * {@code smb://} value is refused in plain words instead of being read as a local folder named
     * {@code sftp:}, as the DSL and job files refuse it.
     */
    private static Path path(String value) {
        if (value.isBlank()) {
            throw new BadValueException("expected a file name");
        }
        try {
            return Path.of(Values.local(value));
        } catch (InvalidPathException e) {
            throw new BadValueException("expected a file name: " + e.getReason());
        }
    }
}
