package dev.syncopate.settings;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.SyncOptions.Builder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

/**
 * One setting a sync block can make, whichever front end said it ({@code mirror()} in the DSL,
 * {@code mirror: true} in YAML, {@code /MIR} on Robocopy's command line), and what it does to the
 * engine's {@link SyncOptions.Builder}. The constants are the one table from settings to engine options;
 * {@link SyncSettings} holds a block's values and applies them.
 *
 * <pre>{@code
 * SyncSettings s = SyncSettings.NONE.with(Setting.MIRROR, true).with(Setting.RETRIES, 2);
 * SyncOptions o = s.toOptions(Path.of("/srv/docs"), Path.of("/mnt/nas/docs"));   // as /MIR /R:2
 * }</pre>
 *
 * <p>Each front end only parses its own syntax into these; checking a value (range, unit) is the front
 * end's job, because each says its refusal in its own words.
 *
 * @param <T> the value's type: {@code Boolean} for a switch that is on or off
 */
public final class Setting<T> {
    private static final List<Setting<?>> ALL = new ArrayList<>();

    // Copy scope
    public static final Setting<Boolean> SUBDIRS = flag("recurse", Builder::subdirs);
    public static final Setting<Boolean> EMPTY_DIRS = flag("emptyDirs", Builder::emptyDirs);
    public static final Setting<Integer> LEVELS = value("levels", Builder::levels);
    public static final Setting<Boolean> MIRROR = flag("mirror", Builder::mirror);
    public static final Setting<Boolean> PURGE = flag("purge", Builder::purge);
    public static final Setting<Boolean> MOVE = flag("move", Builder::move);
    public static final Setting<Boolean> MOVE_FILES = flag("moveFiles", Builder::moveFiles);
    public static final Setting<Boolean> CREATE = flag("create", Builder::create);
    // File selection
    public static final Setting<List<String>> FILES = names("files", Builder::filePatterns);
    public static final Setting<List<String>> EXCLUDE_FILES = names("exclude.files", Builder::excludeFiles);
    public static final Setting<List<String>> EXCLUDE_DIRS = names("exclude.dirs", Builder::excludeDirs);
    public static final Setting<Boolean> EXCLUDE_DIR_LINKS = flag("exclude.dirLinks", Builder::excludeDirLinks);
    public static final Setting<Boolean> EXCLUDE_FILE_LINKS = flag("exclude.fileLinks", Builder::excludeFileLinks);
    public static final Setting<Boolean> SKIP_OLDER = flag("skip.older", Builder::excludeOlder);
    public static final Setting<Boolean> SKIP_NEWER = flag("skip.newer", Builder::excludeNewer);
    public static final Setting<Boolean> SKIP_CHANGED = flag("skip.changed", Builder::excludeChanged);
    public static final Setting<Boolean> SKIP_EXTRA = flag("skip.extra", Builder::excludeExtra);
    public static final Setting<Boolean> SKIP_LONELY = flag("skip.lonely", Builder::excludeLonely);
    public static final Setting<Boolean> INCLUDE_SAME = flag("includeSame", Builder::includeSame);
    public static final Setting<Boolean> INCLUDE_TWEAKED = flag("includeTweaked", Builder::includeTweaked);
    public static final Setting<Boolean> CHECKSUM = flag("checksum", Builder::checksum);
    public static final Setting<Long> MIN_SIZE = value("size.min", Builder::minSize);
    public static final Setting<Long> MAX_SIZE = value("size.max", Builder::maxSize);
    public static final Setting<AgeLimit> MIN_AGE = value("age.min", Builder::minAge);
    public static final Setting<AgeLimit> MAX_AGE = value("age.max", Builder::maxAge);
    public static final Setting<Boolean> FAT_TIMES = flag("fatTimes", Builder::fatTimes);
    public static final Setting<Boolean> DST_TOLERANCE = flag("dstTolerance", Builder::dstTolerance);
    public static final Setting<Integer> INCLUDE_ATTRIBUTES = mask("attributes.include", Builder::includeAttributes);
    public static final Setting<Integer> EXCLUDE_ATTRIBUTES = mask("attributes.exclude", Builder::excludeAttributes);
    public static final Setting<Boolean> ARCHIVE_ONLY = flag("attributes.archiveOnly", Builder::archiveOnly);
    public static final Setting<Boolean> RESET_ARCHIVE = flag("attributes.resetArchive", Builder::resetArchive);
    // Copying
    public static final Setting<CopyFlags> COPY_FLAGS = value("copy", Builder::copyFlags);
    public static final Setting<CopyFlags> DIR_COPY_FLAGS = value("dirCopy", Builder::dirCopyFlags);
    public static final Setting<Boolean> COPY_LINKS = flag("links", b -> b.copyLinks(true));
    public static final Setting<Boolean> RESTARTABLE = flag("restartable", Builder::restartable);
    public static final Setting<Boolean> UNBUFFERED = flag("unbuffered", Builder::unbuffered);
    public static final Setting<Boolean> VERIFY = flag("verify", Builder::verify);
    public static final Setting<Path> BACKUP_DIR = value("backupDir", Builder::backupDir);
    public static final Setting<Integer> RETRIES = value("retries", Builder::retries);
    public static final Setting<Duration> WAIT = value("wait", Builder::waitTime);
    public static final Setting<Integer> THREADS = value("threads", Builder::threads);
    public static final Setting<Long> BANDWIDTH = value("bandwidth", Builder::bandwidth);
    public static final Setting<Duration> PACKET_GAP = value("packetGap", Builder::packetGap);
    // The run
    public static final Setting<Boolean> DRY_RUN = flag("dryRun", Builder::listOnly);
    public static final Setting<Long> MAX_DELETE = value("maxDelete", Builder::maxDelete);
    public static final Setting<Boolean> ALLOW_EMPTY_SOURCE = flag("allowEmptySource", Builder::allowEmptySource);
    public static final Setting<LogOptions> LOG = value("log", Builder::log);

    private final String name;
    private final BiConsumer<Builder, T> apply;
    private final BinaryOperator<T> join;

    private Setting(String name, BiConsumer<Builder, T> apply, BinaryOperator<T> join) {
        this.name = name;
        this.apply = apply;
        this.join = join;
        ALL.add(this);
    }

    /** Every setting, in the order of the job file format. */
    public static List<Setting<?>> all() {
        return List.copyOf(ALL);
    }

    /** The setting's key in a job file, e.g. {@code exclude.files}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The value after {@code later} was said on top of {@code earlier} (null: never said). */
    T join(T earlier, T later) {
        return earlier == null ? later : join.apply(earlier, later);
    }

    void applyTo(Builder b, T value) {
        apply.accept(b, value);
    }

    /** A switch: on does what the builder's method does; off (or said again as off) does nothing. */
    private static Setting<Boolean> flag(String name, Consumer<Builder> on) {
        return new Setting<>(name, (b, v) -> {
            if (v) on.accept(b);
        }, (a, b) -> b);
    }

    /** A value: the last one said wins. */
    private static <V> Setting<V> value(String name, BiConsumer<Builder, V> apply) {
        return new Setting<>(name, apply, (a, b) -> b);
    }

    /** Names or wildcards: each time adds to the list, as {@code /XF a /XF b} does. */
    private static Setting<List<String>> names(String name, BiConsumer<Builder, String[]> apply) {
        return new Setting<>(name, (b, v) -> apply.accept(b, v.toArray(String[]::new)), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        });
    }

    /** Attribute letters as a bit mask: each time adds letters, as {@code /IA:R /IA:H} does. */
    private static Setting<Integer> mask(String name, BiConsumer<Builder, Integer> apply) {
        return new Setting<>(name, apply, (a, b) -> a | b);
    }
}
