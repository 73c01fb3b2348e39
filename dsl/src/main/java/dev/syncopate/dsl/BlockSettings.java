package dev.syncopate.dsl;

import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import groovy.lang.Closure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code sync} block said, collected while its closure runs and turned into engine options
 * only after the whole block was read and checked, so a block with a mistake copies nothing.
 *
 * <p>The defaults are what a backup wants (DESIGN.md §6): recurse with empty directories, copy links as
 * links, retries 3 × 5 s, 8 threads.
 */
final class BlockSettings {
    static final int DEFAULT_THREADS = 8;

    final String name;
    final int line;
    /** The local source, or null when {@link #remoteFrom} is set. */
    Path from;
    /** The local destination, or null when {@link #remoteTo} or a snapshot is set. */
    Path to;
    dev.syncopate.remote.RemoteEndpoint remoteFrom;
    dev.syncopate.remote.RemoteEndpoint remoteTo;
    final List<String> files = new ArrayList<>();
    boolean mirror, purge, move, moveFiles;
    Integer levels;
    final List<String> excludeFiles = new ArrayList<>();
    final List<String> excludeDirs = new ArrayList<>();
    boolean skipOlder, skipNewer, skipChanged, skipExtra, skipLonely;
    boolean includeSame, includeTweaked, checksum, fatTimes;
    Long minSize, maxSize;
    AgeLimit minAge, maxAge;
    int retries = SyncOptions.DEFAULT_RETRIES;
    Duration waitTime = SyncOptions.DEFAULT_WAIT;
    int threads = DEFAULT_THREADS;
    boolean dryRun;
    Path logFile;
    boolean logAppend;
    Path jsonReport;
    Path backupDir;
    Long maxDelete;
    boolean allowEmptySource;
    Path snapshotInto;
    Integer snapshotKeep;
    final Map<String, List<Closure<?>>> hooks = new LinkedHashMap<>();
    final List<Closure<?>> exitHandlers = new ArrayList<>();

    BlockSettings(String name, int line) {
        this.name = name;
        this.line = line;
        for (String hook : BlockHooks.NAMES) {
            hooks.put(hook, new ArrayList<>());
        }
    }

    boolean hasHooks() {
        return hooks.values().stream().anyMatch(l -> !l.isEmpty());
    }

    /** True when the source or the destination is an {@code sftp://} or {@code smb://} location. */
    boolean isRemote() {
        return remoteFrom != null || remoteTo != null;
    }

    /**
     * The engine's options for this block, writing to {@code destination}; a remote end stands as an empty
     * path until {@code OpenedLocations.applyTo} puts the opened one in.
     */
    SyncOptions toOptions(Path destination, Path linkDest, boolean listOnly, SyncHooks hooks) {
        SyncOptions.Builder b = SyncOptions.builder(from == null ? Path.of("") : from,
                        destination == null ? Path.of("") : destination)
                .emptyDirs()
                .copyLinks(true)
                .retries(retries)
                .waitTime(waitTime)
                .threads(threads);
        if (mirror) b.mirror();
        if (purge) b.purge();
        if (move) b.move();
        if (moveFiles) b.moveFiles();
        if (levels != null) b.levels(levels);
        if (!files.isEmpty()) b.filePatterns(files.toArray(String[]::new));
        if (!excludeFiles.isEmpty()) b.excludeFiles(excludeFiles.toArray(String[]::new));
        if (!excludeDirs.isEmpty()) b.excludeDirs(excludeDirs.toArray(String[]::new));
        if (skipOlder) b.excludeOlder();
        if (skipNewer) b.excludeNewer();
        if (skipChanged) b.excludeChanged();
        if (skipExtra) b.excludeExtra();
        if (skipLonely) b.excludeLonely();
        if (includeSame) b.includeSame();
        if (includeTweaked) b.includeTweaked();
        if (checksum) b.checksum();
        if (fatTimes) b.fatTimes();
        if (minSize != null) b.minSize(minSize);
        if (maxSize != null) b.maxSize(maxSize);
        if (minAge != null) b.minAge(minAge);
        if (maxAge != null) b.maxAge(maxAge);
        if (listOnly || dryRun) b.listOnly();
        if (backupDir != null) b.backupDir(backupDir);
        if (maxDelete != null) b.maxDelete(maxDelete);
        if (allowEmptySource) b.allowEmptySource();
        if (linkDest != null) b.linkDest(linkDest);
        b.log(LogOptions.DEFAULT.withLogFile(logFile, logAppend).withJsonReport(jsonReport));
        return b.hooks(hooks).build();
    }
}
