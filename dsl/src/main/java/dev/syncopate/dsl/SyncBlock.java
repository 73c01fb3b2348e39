package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHook;
import dev.syncopate.monitor.WatchPolicy;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static dev.syncopate.settings.Setting.*;

/**
 * The words of a {@code sync} block. Each records a setting; nothing runs until the block's closure has
 * finished and the whole block was checked ({@link BlockRunner}). Names are a contract shared with the
 * docs and the YAML job format. Hooks are in {@link BlockHookWords}.
 *
 * <pre>{@code
 * sync('docs') {
 *     from '/srv/shared/docs'
 *     to   "/mnt/nas/docs/${timestamp()}"
 *     exclude files: ['*.tmp', '~*'], dirs: ['Temp', '.git']
 *     retries 3, wait: 10.seconds
 *     log '/var/log/syncopate/docs.log', append: true
 * }
 * sync('offsite') {
 *     from '/srv/shared/docs'
 *     to   'sftp://nas01/backup/docs', credentials: 'nas'   // opened for the block, closed after it
 * }
 * }</pre>
 */
public final class SyncBlock extends BlockHookWords {

    SyncBlock(ScriptContext context, Object fallback, BlockSettings settings) {
        super(context, fallback, settings);
    }

    /** The source directory; it must exist. {@code sftp://host/path} and {@code smb://host/share/path} are remote. */
    public void from(Object path) {
        from(Map.of(), path);
    }

    /**
     * A remote source with its login: {@code from 'smb://fs01/Data/docs', credentials: 'fs'}; options
     * {@code credentials:} (a credential's name), {@code knownHosts:} and {@code hostKey:} (override the
     * credential's).
     */
    public void from(Map<?, ?> options, Object path) {
        EndpointWord.Side side = endpoint("from", options, path);
        dslSettings.from = side.local();
        dslSettings.remoteFrom = side.remote();
    }

    /** The destination directory, created when missing; it may be remote, as for {@link #from}. */
    public void to(Object path) {
        to(Map.of(), path);
    }

    /** A remote destination with its login: {@code to 'sftp://nas01/backup/docs', credentials: 'nas'}. */
    public void to(Map<?, ?> options, Object path) {
        EndpointWord.Side side = endpoint("to", options, path);
        dslSettings.to = side.local();
        dslSettings.remoteTo = side.remote();
    }

    private EndpointWord.Side endpoint(String word, Map<?, ?> options, Object path) {
        try {
            return EndpointWord.read(word, options, path);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** Copy only files matching these names or wildcards ({@code robocopy src dst *.doc}). */
    public void files(Object... patterns) {
        for (Object p : patterns) {
            dslSettings.set(FILES, value("files", () -> Arguments.patterns(p)));
        }
    }

    /** {@code /MIR}: make the destination a copy of the source, deleting extras. */
    public void mirror() {
        dslSettings.set(MIRROR, true);
    }

    /** {@code /PURGE}: delete extras (entries only in the destination). */
    public void purge() {
        dslSettings.set(PURGE, true);
    }

    /** {@code /MOVE}: delete source files and directories after copying. */
    public void move() {
        dslSettings.set(MOVE, true);
    }

    /** {@code /MOV}: delete source files after copying. */
    public void moveFiles() {
        dslSettings.set(MOVE_FILES, true);
    }

    /** {@code /LEV:n}: walk at most n levels (1 = the top directory only). */
    public void levels(Object n) {
        dslSettings.set(LEVELS, value("levels", () -> Arguments.intCount(n, 1, Integer.MAX_VALUE, "levels")));
    }

    /** {@code /XF} and {@code /XD}: {@code exclude files: ['*.tmp'], dirs: ['Cache']}. */
    public void exclude(Map<?, ?> options) {
        Map<?, ?> o = named("exclude", options, "files", "dirs");
        if (o.containsKey("files")) {
            dslSettings.set(EXCLUDE_FILES, value("exclude files:", () -> Arguments.patterns(o.get("files"))));
        }
        if (o.containsKey("dirs")) {
            dslSettings.set(EXCLUDE_DIRS, value("exclude dirs:", () -> Arguments.patterns(o.get("dirs"))));
        }
    }

    /** {@code /XO /XN /XC /XX /XL}: {@code skip older: true, extra: true}. */
    public void skip(Map<?, ?> options) {
        Map<?, ?> o = named("skip", options, "older", "newer", "changed", "extra", "lonely");
        dslSettings.set(SKIP_OLDER, flag(o, "older"));
        dslSettings.set(SKIP_NEWER, flag(o, "newer"));
        dslSettings.set(SKIP_CHANGED, flag(o, "changed"));
        dslSettings.set(SKIP_EXTRA, flag(o, "extra"));
        dslSettings.set(SKIP_LONELY, flag(o, "lonely"));
    }

    /** {@code /IS}: also copy files that look the same. */
    public void includeSame() {
        dslSettings.set(INCLUDE_SAME, true);
    }

    /** {@code /IT}: also copy files whose attributes differ. */
    public void includeTweaked() {
        dslSettings.set(INCLUDE_TWEAKED, true);
    }

    /** {@code /CHECKSUM}: also compare content when size and time match. */
    public void checksum() {
        dslSettings.set(CHECKSUM, true);
    }

    /** {@code /MIN /MAX} in bytes: {@code size min: 1.KB, max: 2.GB}. */
    public void size(Map<?, ?> options) {
        Map<?, ?> o = named("size", options, "min", "max");
        if (o.containsKey("min")) dslSettings.set(MIN_SIZE, value("size min:", () -> Arguments.size(o.get("min"))));
        if (o.containsKey("max")) dslSettings.set(MAX_SIZE, value("size max:", () -> Arguments.size(o.get("max"))));
    }

    /** {@code /MINAGE /MAXAGE}: days, a date, or YYYYMMDD: {@code age max: 30}. */
    public void age(Map<?, ?> options) {
        Map<?, ?> o = named("age", options, "min", "max");
        if (o.containsKey("min")) dslSettings.set(MIN_AGE, value("age min:", () -> Arguments.age(o.get("min"))));
        if (o.containsKey("max")) dslSettings.set(MAX_AGE, value("age max:", () -> Arguments.age(o.get("max"))));
    }

    /** {@code /FFT}: compare times with 2-second tolerance. */
    public void fatTimes() {
        dslSettings.set(FAT_TIMES, true);
    }

    /** {@code /R:n}: tries after the first failure (default 3). */
    public void retries(Object n) {
        dslSettings.set(RETRIES, value("retries", () -> Arguments.intCount(n, 0, Integer.MAX_VALUE, "retries")));
    }

    /** {@code /R:n /W:n}: {@code retries 3, wait: 10.seconds}. */
    public void retries(Map<?, ?> options, Object n) {
        Map<?, ?> o = named("retries", options, "wait");
        retries(n);
        wait(o.get("wait"));
    }

    /** {@code /W:n}: the pause between tries (default 5 seconds); a number is seconds. */
    public void wait(Object duration) {
        dslSettings.set(WAIT, value("wait", () -> Arguments.duration(duration)));
    }

    /**
     * What the compiler makes of {@code wait ...} in a script (see the compile package's WaitRewriter):
     * Groovy would otherwise call {@link Object#wait(long)} on the closure. Not for scripts to call.
     */
    public void syncopateWait(Object... args) {
        if (args.length != 1) {
            throw misused("wait", false);
        }
        wait(args[0]);
    }

    /** {@code /MT:n}: parallel copies, 1 to 128 (default 8). */
    public void threads(Object n) {
        dslSettings.set(THREADS, value("threads", () -> Arguments.intCount(n, 1, 128, "threads")));
    }

    /**
     * {@code /BWLIMIT}: bytes per second for all the block's copies together, local or remote:
     * {@code bandwidth 10.MB}, or text as rsync's {@code --bwlimit}, {@code bandwidth '500K'}.
     */
    public void bandwidth(Object perSecond) {
        dslSettings.set(BANDWIDTH, value("bandwidth", () -> Arguments.rate(perSecond)));
    }

    /** {@code /L}: list what would happen, change nothing. */
    public void dryRun() {
        dslSettings.set(DRY_RUN, true);
    }

    /** {@code /LOG:file}: write the log to a file instead of the console. */
    public void log(Object path) {
        dslSettings.logFile = value("log", () -> Arguments.localPath(path));
    }

    /** {@code /LOG+:file}: {@code log '/var/log/docs.log', append: true}. */
    public void log(Map<?, ?> options, Object path) {
        Map<?, ?> o = named("log", options, "append");
        log(path);
        dslSettings.logAppend = Boolean.TRUE.equals(flag(o, "append"));
    }

    /** {@code /JSON:file}: {@code report json: '/var/log/docs.json'}. */
    public void report(Map<?, ?> options) {
        Map<?, ?> o = named("report", options, "json");
        dslSettings.jsonReport = value("report json:", () -> Arguments.localPath(o.get("json")));
    }

    /** {@code /BACKUPDIR}: files about to be overwritten or purged are moved here first. */
    public void backupDir(Object path) {
        dslSettings.set(BACKUP_DIR, value("backupDir", () -> Arguments.localPath(path)));
    }

    /** {@code /MAXDEL:n}: if more than n entries would be deleted, delete nothing (exit bit 8). */
    public void maxDelete(Object n) {
        dslSettings.set(MAX_DELETE, value("maxDelete", () -> Arguments.count(n, 0, Long.MAX_VALUE, "entries")));
    }

    /** {@code /ALLOWEMPTYSOURCE}: let a purge run whose source is empty. */
    public void allowEmptySource() {
        dslSettings.set(ALLOW_EMPTY_SOURCE, true);
    }

    /**
     * Snapshots: the destination becomes {@code into/<timestamp>}; files unchanged since the newest earlier
     * snapshot are hard-linked to it; then only the newest {@code keep} snapshots are kept.
     */
    public void snapshot(Map<?, ?> options) {
        Map<?, ?> o = named("snapshot", options, "into", "keep");
        dslSettings.snapshotInto = value("snapshot into:", () -> Arguments.localPath(o.get("into")));
        if (o.containsKey("keep")) {
            dslSettings.snapshotKeep = value("snapshot keep:",
                    () -> Arguments.intCount(o.get("keep"), 1, Integer.MAX_VALUE, "snapshots"));
        }
    }

    /**
     * {@code /MON /MOT}: after the first pass, run again once {@code changes:} entries changed (default 1),
     * {@code minutes:} after the last pass (default 0), until SIGTERM or {@code --timeout}: {@code watch changes: 10, minutes: 5}.
     */
    public void watch(Map<?, ?> options) {
        Map<?, ?> o = named("watch", options, "changes", "minutes");
        int changes = watchCount(o, "changes", 1, 1);
        dslSettings.watch = new WatchPolicy(changes, Duration.ofMinutes(watchCount(o, "minutes", 0, 0)));
    }

    /** {@code watch()}: run the block again after every change, at once. */
    public void watch() {
        dslSettings.watch = new WatchPolicy(1, Duration.ZERO);
    }

    private int watchCount(Map<?, ?> o, String key, int min, int absent) {
        return o.containsKey(key) ? value("watch " + key + ":",
                () -> Arguments.intCount(o.get(key), min, Integer.MAX_VALUE, key)) : absent;
    }

    /** Runs after this block with its exit code. */
    public void onExitCode(@DelegatesTo(value = SyncScript.class, strategy = Closure.DELEGATE_FIRST)
                           @ClosureParams(value = SimpleType.class, options = "int") Closure<?> handler) {
        dslSettings.hooks.onExitCode.add(new GroovyHook(handler));
    }

    /** {@code onExitCode js('code => ...')}: runs after this block with its exit code (a number). */
    public void onExitCode(JsHook js) {
        dslSettings.hooks.onExitCode.add(new JavaScriptHook(dslContext, js));
    }

    /** The option's flag, or null (not said) when the option is not given. */
    private Boolean flag(Map<?, ?> o, String key) {
        return o.containsKey(key) ? value(key + ":", () -> Arguments.flag(o.get(key))) : null;
    }

    private <T> T value(String setting, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw error("invalid value for '" + setting + "' (" + e.getMessage() + ")");
        }
    }
}
