package dev.syncopate.job;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.settings.SyncSettings;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;
import dev.syncopate.sync.EndpointCheck;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import static dev.syncopate.settings.Setting.*;

/**
 * Reads a {@link JobFile} into {@link SyncSettings}, the way the equivalent switches would. The
 * reverse direction is {@link JobSnapshot}.
 *
 * <pre>{@code
 * SyncSettings s = JobMapping.settings(job);        // as if the job's switches were on the command line
 * SyncOptions o = JobMapping.toOptions(job);        // needs from and to
 * }</pre>
 *
 * <p>Values are checked here, with the same rules and words as the switches ({@link Values}); a bad
 * one is a {@link SettingException} naming the setting, to which {@link JobReader} adds the line.
 */
public final class JobMapping {
    private static final int MANY = Integer.MAX_VALUE;

    /** A whole-number setting's range and the noun its message uses, as for the switch. */
    private record Count(long min, long max, String noun) {
    }

    /** Every whole-number setting: its range is checked here, and named when the number is too big to read. */
    private static final Map<String, Count> COUNTS = Map.of(
            "levels", new Count(1, MANY, "levels"),
            "retries", new Count(0, MANY, "retries"),
            "threads", new Count(1, 128, "threads"),
            "maxDelete", new Count(0, Long.MAX_VALUE, "entries"));

    private JobMapping() {
    }

    /** The options a job stands for, with its {@code from} and {@code to}. */
    public static SyncOptions toOptions(JobFile job) {
        if (job.from() == null || job.to() == null) {
            boolean noSource = job.from() == null;
            throw new SettingException(noSource ? "from" : "to",
                    "the job has no " + (noSource ? "source ('from')" : "destination ('to')"));
        }
        return settings(job).toOptions(path("from", job.from()), path("to", job.to()));
    }

    /** Everything the job sets except its endpoints, which the command line may override. */
    public static SyncSettings settings(JobFile j) {
        SyncSettings s = SyncSettings.NONE
                .with(SUBDIRS, j.recurse())
                .with(EMPTY_DIRS, j.emptyDirs())
                .with(LEVELS, j.levels() == null ? null : (int) count("levels", j.levels()))
                .with(MIRROR, j.mirror())
                .with(PURGE, j.purge())
                .with(MOVE, j.move())
                .with(MOVE_FILES, j.moveFiles())
                .with(CREATE, j.create())
                .with(FILES, names("files", j.files()));
        if (j.exclude() != null) {
            JobFile.Exclude x = j.exclude();
            s = s.with(EXCLUDE_FILES, names("exclude.files", x.files()))
                    .with(EXCLUDE_DIRS, names("exclude.dirs", x.dirs()))
                    .with(EXCLUDE_DIR_LINKS, x.dirLinks())
                    .with(EXCLUDE_FILE_LINKS, x.fileLinks());
        }
        if (j.skip() != null) {
            JobFile.Skip k = j.skip();
            s = s.with(SKIP_OLDER, k.older()).with(SKIP_NEWER, k.newer()).with(SKIP_CHANGED, k.changed())
                    .with(SKIP_EXTRA, k.extra()).with(SKIP_LONELY, k.lonely());
        }
        s = s.with(INCLUDE_SAME, j.includeSame()).with(INCLUDE_TWEAKED, j.includeTweaked()).with(CHECKSUM, j.checksum());
        if (j.size() != null) {
            s = s.with(MIN_SIZE, parse("size.min", j.size().min(), Values::size))
                    .with(MAX_SIZE, parse("size.max", j.size().max(), Values::size));
        }
        if (j.age() != null) {
            s = s.with(MIN_AGE, parse("age.min", j.age().min(), Values::age))
                    .with(MAX_AGE, parse("age.max", j.age().max(), Values::age));
        }
        s = s.with(FAT_TIMES, j.fatTimes()).with(DST_TOLERANCE, j.dstTolerance());
        if (j.attributes() != null) {
            JobFile.Attributes a = j.attributes();
            s = s.with(INCLUDE_ATTRIBUTES, parse("attributes.include", a.include(), Values::attributes))
                    .with(EXCLUDE_ATTRIBUTES, parse("attributes.exclude", a.exclude(), Values::attributes))
                    .with(ARCHIVE_ONLY, a.archiveOnly())
                    .with(RESET_ARCHIVE, a.resetArchive());
        }
        return s.with(COPY_FLAGS, parse("copy", j.copy(), JobMapping::copyFlags))
                .with(DIR_COPY_FLAGS, parse("dirCopy", j.dirCopy(), JobMapping::copyFlags))
                .with(COPY_LINKS, j.links())
                .with(RESTARTABLE, j.restartable())
                .with(UNBUFFERED, j.unbuffered())
                .with(VERIFY, j.verify())
                .with(BACKUP_DIR, j.backupDir() == null ? null : localPath("backupDir", j.backupDir()))
                .with(RETRIES, j.retries() == null ? null : (int) count("retries", j.retries()))
                .with(WAIT, parse("wait", j.waitTime(), Values::duration))
                .with(THREADS, j.threads() == null ? null : (int) count("threads", j.threads()))
                .with(BANDWIDTH, parse("bandwidth", j.bandwidth(), Values::rate))
                .with(PACKET_GAP, parse("packetGap", j.packetGap(), Values::duration))
                .with(DRY_RUN, j.dryRun())
                .with(MAX_DELETE, j.maxDelete() == null ? null : count("maxDelete", j.maxDelete()))
                .with(ALLOW_EMPTY_SOURCE, j.allowEmptySource())
                .with(LOG, logOptions(j));
    }

    /** The job's {@code log:} and {@code report:} settings as the engine's log options. */
    public static LogOptions logOptions(JobFile j) {
        JobFile.Log l = j.log();
        Path json = j.report() == null || j.report().json() == null ? null : localPath("report.json", j.report().json());
        if (l == null) {
            return LogOptions.DEFAULT.withJsonReport(json);
        }
        Path file = l.path() == null ? null : localPath("log.path", l.path());
        return new LogOptions(on(l.verbose()), on(l.reportExtra()), on(l.timestamps()), on(l.fullPaths()),
                on(l.bytes()), on(l.noSize()), on(l.noClass()), on(l.noFileList()), on(l.noDirList()),
                on(l.noProgress()), on(l.eta()), file, on(l.append()), on(l.unicode()), on(l.tee()),
                on(l.noHeader()), on(l.noSummary()), json);
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** Letters as for {@code /COPY:}, or "" for none ({@code /NOCOPY}, {@code /NODCOPY}). */
    private static CopyFlags copyFlags(String letters) {
        return letters.isEmpty() ? CopyFlags.NONE : Values.copyFlags(letters);
    }

    /** The value of a setting written as text, read by {@code parse}; null when the job does not say it. */
    private static <T> T parse(String setting, String text, Function<String, T> parse) {
        return text == null ? null : check(setting, () -> parse.apply(text));
    }

    private static long count(String setting, long value) {
        Count c = COUNTS.get(setting);
        return check(setting, () -> Values.within(value, c.min(), c.max(), c.noun()));
    }

    /**
     * What a whole-number setting takes, in the words of its refusal ("expected a whole number of threads
     * from 1 to 128"), or empty for a setting that is no count.
     */
    static Optional<String> countExpectation(String setting) {
        return Optional.ofNullable(COUNTS.get(setting)).map(c -> Values.countExpectation(c.min(), c.max(), c.noun()));
    }

    private static <T> T check(String setting, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BadValueException e) {
            throw new SettingException(setting, e.getMessage());
        }
    }

    private static List<String> names(String setting, List<String> names) {
        if (names == null) {
            return null;
        }
        for (String n : names) {
            if (n == null || n.isEmpty()) {
                throw new SettingException(setting, "expected names or wildcards, not an empty entry");
            }
        }
        return names;
    }

    /** A path that must be local: an {@code sftp://} or {@code smb://} value is refused, not read as a folder {@code sftp:}. */
    private static Path localPath(String setting, String text) {
        return path(setting, check(setting, () -> Values.local(text)));
    }

    private static Path path(String setting, String text) {
        try {
            if (text.isBlank()) {
                throw new SettingException(setting, EndpointCheck.EMPTY_PATH);
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new SettingException(setting, "expected a path: " + e.getReason());
        }
    }
}
