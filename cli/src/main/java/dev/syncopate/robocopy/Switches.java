package dev.syncopate.robocopy;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

/**
 * The switches Syncopate implements: each row says how the switch is written, what it does to the
 * {@link SyncOptions.Builder}, and its line in {@code --help}. The parser and the help are driven by
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
            flag("/S", SCOPE, "copy subdirectories, but not empty ones", s -> s.options.subdirs()),
            flag("/E", SCOPE, "copy subdirectories, including empty ones", s -> s.options.emptyDirs()),
            value("/LEV", "n", SCOPE, "walk only the top n levels of the source tree (1 = top only)",
                    a -> { int n = Values.count(a.value(), 1, MANY, "levels"); return s -> s.options.levels(n); }),
            flag("/MIR", SCOPE, "mirror a tree: /E plus /PURGE", s -> s.options.mirror()),
            flag("/PURGE", SCOPE, "delete destination files and directories no longer in the source",
                    s -> s.options.purge()),
            flag("/MOV", SCOPE, "move files: delete them from the source after copying", s -> s.options.moveFiles()),
            flag("/MOVE", SCOPE, "move files and directories: delete them from the source after copying",
                    s -> s.options.move()),
            flag("/CREATE", SCOPE, "create the directory tree and zero-length files only", s -> s.options.create()),
            // File selection
            following("/XF", "file...", SELECTION, "exclude files matching these names, paths or wildcards",
                    a -> s -> s.options.excludeFiles(a.following().toArray(String[]::new))),
            following("/XD", "dir...", SELECTION, "exclude directories matching these names, paths or wildcards",
                    a -> s -> s.options.excludeDirs(a.following().toArray(String[]::new))),
            flag("/XC", SELECTION, "exclude changed files (same time, other size)", s -> s.options.excludeChanged()),
            flag("/XN", SELECTION, "exclude newer files", s -> s.options.excludeNewer()),
            flag("/XO", SELECTION, "exclude older files", s -> s.options.excludeOlder()),
            flag("/XX", SELECTION, "exclude extra files and directories: not reported, never purged",
                    s -> s.options.excludeExtra()),
            flag("/XL", SELECTION, "exclude lonely files and directories (only in the source)",
                    s -> s.options.excludeLonely()),
            flag("/IS", SELECTION, "include same files", s -> s.options.includeSame()),
            flag("/IT", SELECTION, "include tweaked files (same time and size, other attributes)",
                    s -> s.options.includeTweaked()),
            value("/MAX", "n", SELECTION, "exclude files bigger than n bytes",
                    a -> { long n = Values.bytes(a.value()); return s -> s.options.maxSize(n); }),
            value("/MIN", "n", SELECTION, "exclude files smaller than n bytes",
                    a -> { long n = Values.bytes(a.value()); return s -> s.options.minSize(n); }),
            value("/MAXAGE", "n", SELECTION, "exclude files older than n days, or than a YYYYMMDD date",
                    a -> { var age = Values.age(a.value()); return s -> s.options.maxAge(age); }),
            value("/MINAGE", "n", SELECTION, "exclude files newer than n days, or than a YYYYMMDD date",
                    a -> { var age = Values.age(a.value()); return s -> s.options.minAge(age); }),
            flag("/FFT", SELECTION, "assume FAT file times (2-second tolerance)", s -> s.options.fatTimes()),
            flag("/DST", SELECTION, "forgive time differences of exactly one hour (DST)",
                    s -> s.options.dstTolerance()),
            flag("/XJ", SELECTION, "exclude symbolic links (junctions): /XJD plus /XJF",
                    s -> s.options.excludeJunctions()),
            flag("/XJD", SELECTION, "exclude symbolic links to directories", s -> s.options.excludeDirLinks()),
            flag("/XJF", SELECTION, "exclude symbolic links to files", s -> s.options.excludeFileLinks()),
            flag("/A", SELECTION, "copy only files with the archive attribute", s -> s.options.archiveOnly()),
            flag("/M", SELECTION, "like /A, then clear the archive attribute of the source file",
                    s -> s.options.resetArchive()),
            value("/IA", "attrs", SELECTION, "include only files with any of these attributes (RASHCNETO)",
                    a -> { int m = Values.attributes(a.value()); return s -> s.options.includeAttributes(m); }),
            value("/XA", "attrs", SELECTION, "exclude files with any of these attributes (RASHCNETO)",
                    a -> { int m = Values.attributes(a.value()); return s -> s.options.excludeAttributes(m); }),
            // Copying
            value("/COPY", "flags", COPYING, "what to copy for files: D data, A attributes, T times, S security,"
                            + " O owner, U auditing (default DAT)",
                    a -> { CopyFlags f = Values.copyFlags(a.value()); return s -> s.options.copyFlags(f); }),
            value("/DCOPY", "flags", COPYING, "what to copy for directories (default DA)",
                    a -> { CopyFlags f = Values.copyFlags(a.value()); return s -> s.options.dirCopyFlags(f); }),
            flag("/NODCOPY", COPYING, "copy no directory information (no /DCOPY flags)",
                    s -> s.options.dirCopyFlags(CopyFlags.NONE)),
            flag("/SEC", COPYING, "copy files with security: /COPY:DATS",
                    s -> s.options.copyFlags(CopyFlags.parse("DATS"))),
            flag("/COPYALL", COPYING, "copy all file information: /COPY:DATSOU",
                    s -> s.options.copyFlags(CopyFlags.ALL)),
            flag("/NOCOPY", COPYING, "copy no file information (with /PURGE: only delete)",
                    s -> s.options.copyFlags(CopyFlags.NONE)),
            flag("/SL", COPYING, "copy symbolic links as links instead of following them",
                    s -> s.options.copyLinks(true)),
            flag("/Z", COPYING, "restartable mode: resume files an interrupted run left partly written",
                    s -> s.options.restartable()),
            flag("/J", COPYING, "unbuffered I/O (for very large files)", s -> s.options.unbuffered()),
            optional("/MT", "n", COPYING, "copy with n threads, 1 to 128 (8 when n is left out; default 1)",
                    a -> {
                        int n = a.value() == null ? SyncOptions.DEFAULT_MT_THREADS
                                : Values.count(a.value(), 1, 128, "threads");
                        return s -> s.options.threads(n);
                    }),
            // Retries
            value("/R", "n", RETRY, "retries on failed copies (default 3)",
                    a -> { int n = Values.count(a.value(), 0, MANY, "retries"); return s -> s.options.retries(n); }),
            value("/W", "n", RETRY, "seconds to wait between retries (default 5)",
                    a -> { var d = Values.seconds(a.value()); return s -> s.options.waitTime(d); }),
            // Logging
            flag("/L", LOGGING, "list only: change nothing, report what would happen", s -> s.options.listOnly()),
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
                    a -> s -> s.options.filePatterns(a.following().toArray(String[]::new))),
            // Beyond Robocopy
            flag("/CHECKSUM", BEYOND, "also compare content when size and time match", s -> s.options.checksum()),
            value("/MAXDEL", "n", BEYOND, "delete nothing and fail (8) if more than n entries would be deleted",
                    a -> { long n = Values.count(a.value(), 0, MANY, "entries"); return s -> s.options.maxDelete(n); }),
            flag("/ALLOWEMPTYSOURCE", BEYOND, "let /PURGE and /MIR run when the source is empty",
                    s -> s.options.allowEmptySource()),
            value("/BACKUPDIR", "dir", BEYOND, "move files about to be overwritten or purged to dir first",
                    a -> { Path p = path(a.value()); return s -> s.options.backupDir(p); }),
            value("/JSON", "file", BEYOND, "also write a machine-readable JSON report to file",
                    a -> { Path p = path(a.value()); return s -> s.log.jsonReport = p; }),
            flag("/VERIFY", BEYOND, "re-read what was written and compare a hash", s -> s.options.verify()),
            value("/CRED", "name", BEYOND, "log in to an sftp:// or smb:// source or destination with the credential"
                            + " name from /CREDFILE",
                    a -> { String n = text(a.value()); return s -> s.credential = n; }),
            value("/CREDFILE", "file", BEYOND, "the YAML credentials file for /CRED (name: {user:, password: |"
                            + " passwordFile: | passwordCommand:, privateKey:, knownHosts:, hostKey:}); chmod 600",
                    a -> { String f = path(a.value()).toString(); return s -> s.credentialsFile = f; })
    );

    private static String text(String value) {
        if (value.isBlank()) {
            throw new BadValueException("expected a name");
        }
        return value;
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new BadValueException("expected a file name");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new BadValueException("expected a file name: " + e.getReason());
        }
    }
}
