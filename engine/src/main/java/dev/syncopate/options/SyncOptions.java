package dev.syncopate.options;

import dev.syncopate.hooks.SyncHooks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one sync run needs to know: an immutable value built with {@link #builder(Path, Path)}.
 *
 * <pre>{@code
 * SyncOptions o = SyncOptions.builder(Path.of("/srv/docs"), Path.of("/mnt/nas/docs"))
 *         .mirror()                  // /MIR = /E /PURGE
 *         .excludeFiles("*.tmp")     // /XF *.tmp
 *         .retries(3).waitTime(Duration.ofSeconds(5))
 *         .build();
 * }</pre>
 *
 * @param source           the source directory
 * @param destination      the destination directory
 * @param scope            which directories are walked, purges and moves
 * @param selection        which files take part
 * @param copying          how files are written
 * @param retries          /R:n, tries after the first failure
 * @param waitTime         /W:n, the pause between tries
 * @param threads          /MT:n, parallel copies (1 without /MT)
 * @param listOnly         /L: change nothing, report what would happen
 * @param maxDelete        /MAXDEL:n, or -1 for no limit
 * @param allowEmptySource /ALLOWEMPTYSOURCE: let a purge run whose source is empty
 * @param log              logging switches
 * @param hooks            user code called by the engine
 */
public record SyncOptions(Path source, Path destination, Scope scope, Selection selection, Copying copying,
                          int retries, Duration waitTime, int threads, boolean listOnly, long maxDelete,
                          boolean allowEmptySource, LogOptions log, SyncHooks hooks) {

    /** Syncopate's retry default, {@code /R:3}: Robocopy's 1,000,000 would hang an unattended run. */
    public static final int DEFAULT_RETRIES = 3;
    /** Syncopate's wait default, {@code /W:5}. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);
    /** Robocopy's {@code /MT} without a number. */
    public static final int DEFAULT_MT_THREADS = 8;

    public SyncOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(copying, "copying");
        Objects.requireNonNull(waitTime, "waitTime");
        Objects.requireNonNull(log, "log");
        hooks = hooks == null ? SyncHooks.NONE : hooks;
        if (threads < 1 || threads > 128) {
            throw new IllegalArgumentException("threads must be 1 to 128, not " + threads);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    /** A builder with Robocopy's defaults (top directory only) and Syncopate's retries (3 × 5 s). */
    public static Builder builder(Path source, Path destination) {
        return new Builder(source, destination);
    }

    /** A builder holding this value's settings, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Mutable, flat setters for every switch; {@link #build()} makes the immutable value. Setter
     * names follow the DSL's vocabulary where one exists.
     */
    public static final class Builder {
        private Path source;
        private Path destination;
        // scope
        private boolean recurse, emptyDirs, purge, moveFiles, moveDirs, create;
        private int levels;
        // selection
        private final List<String> filePatterns = new ArrayList<>();
        private final List<String> excludeFiles = new ArrayList<>();
        private final List<String> excludeDirs = new ArrayList<>();
        private boolean excludeChanged, excludeNewer, excludeOlder, excludeExtra, excludeLonely;
        private boolean includeSame, includeTweaked, fatTimes, dstTolerance, excludeDirLinks, excludeFileLinks;
        private boolean archiveOnly, resetArchive, checksum;
        private TimeGranularity timeGranularity = TimeGranularity.NONE;
        private long maxSize = -1, minSize = -1;
        private AgeLimit maxAge, minAge;
        private int includeAttributes, excludeAttributes;
        // copying
        private CopyFlags fileFlags = CopyFlags.DEFAULT_FILES, dirFlags = CopyFlags.DEFAULT_DIRS;
        private boolean copyLinks, restartable, unbuffered, verify;
        private Path backupDir;
        private Path linkDest;
        private Bandwidth bandwidth = Bandwidth.NONE;
        // run
        private int retries = DEFAULT_RETRIES;
        private Duration wait = DEFAULT_WAIT;
        private int threads = 1;
        private boolean listOnly, allowEmptySource;
        private long maxDelete = -1;
        private LogOptions log = LogOptions.DEFAULT;
        private SyncHooks hooks = SyncHooks.NONE;

        private Builder(Path source, Path destination) {
            this.source = source;
            this.destination = destination;
        }

        private Builder(SyncOptions o) {
            this(o.source, o.destination);
            Scope s = o.scope;
            recurse = s.recurse(); emptyDirs = s.emptyDirs(); levels = s.levels(); purge = s.purge();
            moveFiles = s.moveFiles(); moveDirs = s.moveDirs(); create = s.create();
            Selection x = o.selection;
            filePatterns.addAll(x.filePatterns()); excludeFiles.addAll(x.excludeFiles());
            excludeDirs.addAll(x.excludeDirs());
            excludeChanged = x.excludeChanged(); excludeNewer = x.excludeNewer(); excludeOlder = x.excludeOlder();
            excludeExtra = x.excludeExtra(); excludeLonely = x.excludeLonely(); includeSame = x.includeSame();
            includeTweaked = x.includeTweaked(); maxSize = x.maxSize(); minSize = x.minSize();
            maxAge = x.maxAge(); minAge = x.minAge(); fatTimes = x.fatTimes(); dstTolerance = x.dstTolerance();
            excludeDirLinks = x.excludeDirLinks(); excludeFileLinks = x.excludeFileLinks();
            archiveOnly = x.archiveOnly(); resetArchive = x.resetArchive();
            includeAttributes = x.includeAttributes(); excludeAttributes = x.excludeAttributes();
            checksum = x.checksum(); timeGranularity = x.timeGranularity();
            Copying c = o.copying;
            fileFlags = c.files(); dirFlags = c.dirs(); copyLinks = c.copyLinks(); restartable = c.restartable();
            unbuffered = c.unbuffered(); verify = c.verify(); backupDir = c.backupDir();
            linkDest = c.linkDest(); bandwidth = c.bandwidth();
            retries = o.retries; wait = o.waitTime; threads = o.threads; listOnly = o.listOnly;
            maxDelete = o.maxDelete; allowEmptySource = o.allowEmptySource; log = o.log; hooks = o.hooks;
        }

        public Builder source(Path p) { source = p; return this; }
        public Builder destination(Path p) { destination = p; return this; }

        /** /S: walk subdirectories, skipping empty ones. */
        public Builder subdirs() { recurse = true; return this; }
        /** /E: walk subdirectories, including empty ones. */
        public Builder emptyDirs() { recurse = true; emptyDirs = true; return this; }
        public Builder recurse(boolean on) { recurse = on; return this; }
        public Builder includeEmptyDirs(boolean on) { emptyDirs = on; return this; }
        /** /LEV:n. */
        public Builder levels(int n) { levels = n; return this; }
        /** /PURGE. */
        public Builder purge() { purge = true; return this; }
        public Builder purge(boolean on) { purge = on; return this; }
        /** /MIR = /E /PURGE. */
        public Builder mirror() { return emptyDirs().purge(); }
        /** /MOV. */
        public Builder moveFiles() { moveFiles = true; return this; }
        /** /MOVE = /MOV plus source directories. */
        public Builder move() { moveFiles = true; moveDirs = true; return this; }
        /** /CREATE. */
        public Builder create() { create = true; return this; }

        public Builder filePatterns(String... p) { filePatterns.addAll(List.of(p)); return this; }
        public Builder excludeFiles(String... p) { excludeFiles.addAll(List.of(p)); return this; }
        public Builder excludeDirs(String... p) { excludeDirs.addAll(List.of(p)); return this; }
        public Builder excludeChanged() { excludeChanged = true; return this; }
        public Builder excludeNewer() { excludeNewer = true; return this; }
        public Builder excludeOlder() { excludeOlder = true; return this; }
        public Builder excludeExtra() { excludeExtra = true; return this; }
        public Builder excludeLonely() { excludeLonely = true; return this; }
        public Builder includeSame() { includeSame = true; return this; }
        public Builder includeTweaked() { includeTweaked = true; return this; }
        public Builder maxSize(long n) { maxSize = n; return this; }
        public Builder minSize(long n) { minSize = n; return this; }
        public Builder maxAge(AgeLimit a) { maxAge = a; return this; }
        public Builder minAge(AgeLimit a) { minAge = a; return this; }
        /** /FFT. */
        public Builder fatTimes() { fatTimes = true; return this; }
        /** /DST. */
        public Builder dstTolerance() { dstTolerance = true; return this; }
        /** /XJ = /XJD /XJF. */
        public Builder excludeJunctions() { excludeDirLinks = true; excludeFileLinks = true; return this; }
        public Builder excludeDirLinks() { excludeDirLinks = true; return this; }
        public Builder excludeFileLinks() { excludeFileLinks = true; return this; }
        /** /A. */
        public Builder archiveOnly() { archiveOnly = true; return this; }
        /** /M. */
        public Builder resetArchive() { archiveOnly = true; resetArchive = true; return this; }
        public Builder includeAttributes(int mask) { includeAttributes |= mask; return this; }
        public Builder excludeAttributes(int mask) { excludeAttributes |= mask; return this; }
        public Builder checksum() { checksum = true; return this; }
        /** The coarsest modification time a side keeps (a remote file system's); times closer count as equal. */
        public Builder timeGranularity(TimeGranularity g) { timeGranularity = g; return this; }

        public Builder copyFlags(CopyFlags f) { fileFlags = f; return this; }
        public Builder dirCopyFlags(CopyFlags f) { dirFlags = f; return this; }
        /** /SL. */
        public Builder copyLinks(boolean on) { copyLinks = on; return this; }
        /** /Z. */
        public Builder restartable() { restartable = true; return this; }
        /** /J. */
        public Builder unbuffered() { unbuffered = true; return this; }
        public Builder verify() { verify = true; return this; }
        public Builder backupDir(Path p) { backupDir = p; return this; }
        /** Snapshots: hard-link files unchanged in {@code reference} instead of copying them. */
        public Builder linkDest(Path reference) { linkDest = reference; return this; }
        /** /BWLIMIT:rate: bytes per second shared by all copy threads; 0 for no limit. */
        public Builder bandwidth(long bytesPerSecond) { bandwidth = bandwidth.withRate(bytesPerSecond); return this; }
        /** /IPG:n: the pause after each 64 KiB block a copy writes. */
        public Builder packetGap(Duration gap) { bandwidth = bandwidth.withPacketGap(gap); return this; }

        public Builder retries(int n) { retries = n; return this; }
        public Builder waitTime(Duration d) { wait = d; return this; }
        public Builder threads(int n) { threads = n; return this; }
        /** /L. */
        public Builder listOnly() { listOnly = true; return this; }
        public Builder listOnly(boolean on) { listOnly = on; return this; }
        public Builder maxDelete(long n) { maxDelete = n; return this; }
        public Builder allowEmptySource() { allowEmptySource = true; return this; }
        public Builder log(LogOptions l) { log = l; return this; }
        public Builder hooks(SyncHooks h) { hooks = h; return this; }

        public SyncOptions build() {
            Scope scope = new Scope(recurse, emptyDirs, levels, purge, moveFiles, moveDirs, create);
            Selection selection = new Selection(filePatterns, excludeFiles, excludeDirs, excludeChanged, excludeNewer,
                    excludeOlder, excludeExtra, excludeLonely, includeSame, includeTweaked, maxSize, minSize, maxAge,
                    minAge, fatTimes, dstTolerance, excludeDirLinks, excludeFileLinks, archiveOnly, resetArchive,
                    includeAttributes, excludeAttributes, checksum, timeGranularity);
            Copying copying = new Copying(fileFlags, dirFlags, copyLinks, restartable, unbuffered, verify, backupDir, linkDest,
                    bandwidth);
            return new SyncOptions(source, destination, scope, selection, copying, retries, wait, threads, listOnly,
                    maxDelete, allowEmptySource, log, hooks);
        }
    }
}
