package dev.syncopate.dsl;

import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.monitor.WatchPolicy;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.settings.Setting;
import dev.syncopate.settings.SyncSettings;

import java.nio.file.Path;

/**
 * What one {@code sync} block said, collected while its closure runs and turned into engine options
 * only after the whole block was read and checked, so a block with a mistake copies nothing.
 *
 * <p>The defaults are what a backup wants (DESIGN.md §6): recurse with empty directories, copy links as
 * links, retries 3 × 5 s, 8 threads.
 */
final class BlockSettings {
    static final int DEFAULT_THREADS = 8;
    /** What a backup wants unless the block says otherwise: /E /SL /R:3 /W:5 /MT:8. */
    private static final SyncSettings DEFAULTS = SyncSettings.NONE
            .with(Setting.EMPTY_DIRS, true)
            .with(Setting.COPY_LINKS, true)
            .with(Setting.RETRIES, SyncOptions.DEFAULT_RETRIES)
            .with(Setting.WAIT, SyncOptions.DEFAULT_WAIT)
            .with(Setting.THREADS, DEFAULT_THREADS);

    final String name;
    final int line;
    /** The local source, or null when {@link #remoteFrom} is set. */
    Path from;
    /** The local destination, or null when {@link #remoteTo} or a snapshot is set. */
    Path to;
    dev.syncopate.remote.RemoteEndpoint remoteFrom;
    dev.syncopate.remote.RemoteEndpoint remoteTo;
    /** The mapped settings; the DSL's defaults until a word says otherwise. */
    SyncSettings settings = DEFAULTS;
    Path logFile;
    boolean logAppend;
    Path jsonReport;
    Path snapshotInto;
    Integer snapshotKeep;
    /** {@code watch changes:, minutes:}: monitor the source and run again; null to run once. */
    WatchPolicy watch;
    final HookSet hooks = new HookSet();

    BlockSettings(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** True when the source or the destination is an {@code sftp://} or {@code smb://} location. */
    boolean isRemote() {
        return remoteFrom != null || remoteTo != null;
    }

    /** Says {@code value} for {@code setting}, on top of what the block said before. */
    <T> void set(Setting<T> setting, T value) {
        settings = settings.with(setting, value);
    }

    /**
     * The engine's options for this block, writing to {@code destination}; a remote end stands as an empty
     * path until {@code OpenedLocations.applyTo} puts the opened one in.
     */
    SyncOptions toOptions(Path destination, Path linkDest, boolean listOnly, SyncHooks hooks) {
        SyncOptions.Builder b = settings
                .with(Setting.DRY_RUN, listOnly ? true : null)
                .with(Setting.LOG, LogOptions.DEFAULT.withLogFile(logFile, logAppend).withJsonReport(jsonReport))
                .applyTo(SyncOptions.builder(from == null ? Path.of("") : from,
                        destination == null ? Path.of("") : destination));
        if (linkDest != null) b.linkDest(linkDest);
        return b.hooks(hooks).build();
    }
}
