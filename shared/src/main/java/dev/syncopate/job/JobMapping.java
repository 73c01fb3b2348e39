package dev.syncopate.job;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.settings.Values;
import dev.syncopate.settings.Values.BadValueException;
import dev.syncopate.sync.EndpointCheck;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies a {@link JobFile} to the engine's options builder, the way the equivalent switches would.
 * The reverse direction is {@link JobSnapshot}.
 *
 * <pre>{@code
 * SyncOptions.Builder b = SyncOptions.builder(src, dst);
 * JobMapping.applyTo(job, b);           // as if the job's switches were on the command line
 * SyncOptions o = JobMapping.toOptions(job);   // needs from and to
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
        SyncOptions.Builder b = SyncOptions.builder(path("from", job.from()), path("to", job.to()));
        applyTo(job, b);
        return b.build();
    }

    /** Sets everything the job sets except its endpoints, which the command line may override. */
    public static void applyTo(JobFile j, SyncOptions.Builder b) {
        if (on(j.recurse())) b.subdirs();
        if (on(j.emptyDirs())) b.emptyDirs();
        if (j.levels() != null) b.levels((int) count("levels", j.levels()));
        if (on(j.mirror())) b.mirror();
        if (on(j.purge())) b.purge();
        if (on(j.move())) b.move();
        if (on(j.moveFiles())) b.moveFiles();
        if (on(j.create())) b.create();
        if (j.files() != null) b.filePatterns(names("files", j.files()));
        if (j.exclude() != null) {
            JobFile.Exclude x = j.exclude();
            if (x.files() != null) b.excludeFiles(names("exclude.files", x.files()));
            if (x.dirs() != null) b.excludeDirs(names("exclude.dirs", x.dirs()));
            if (on(x.dirLinks())) b.excludeDirLinks();
            if (on(x.fileLinks())) b.excludeFileLinks();
        }
        if (j.skip() != null) {
            JobFile.Skip s = j.skip();
            if (on(s.older())) b.excludeOlder();
            if (on(s.newer())) b.excludeNewer();
            if (on(s.changed())) b.excludeChanged();
            if (on(s.extra())) b.excludeExtra();
            if (on(s.lonely())) b.excludeLonely();
        }
        if (on(j.includeSame())) b.includeSame();
        if (on(j.includeTweaked())) b.includeTweaked();
        if (on(j.checksum())) b.checksum();
        if (j.size() != null) {
            if (j.size().min() != null) b.minSize(check("size.min", () -> Values.size(j.size().min())));
            if (j.size().max() != null) b.maxSize(check("size.max", () -> Values.size(j.size().max())));
        }
        if (j.age() != null) {
            if (j.age().min() != null) b.minAge(check("age.min", () -> Values.age(j.age().min())));
            if (j.age().max() != null) b.maxAge(check("age.max", () -> Values.age(j.age().max())));
        }
        if (on(j.fatTimes())) b.fatTimes();
        if (on(j.dstTolerance())) b.dstTolerance();
        if (j.attributes() != null) {
            JobFile.Attributes a = j.attributes();
            if (a.include() != null) {
                b.includeAttributes(check("attributes.include", () -> Values.attributes(a.include())));
            }
            if (a.exclude() != null) {
                b.excludeAttributes(check("attributes.exclude", () -> Values.attributes(a.exclude())));
            }
            if (on(a.archiveOnly())) b.archiveOnly();
            if (on(a.resetArchive())) b.resetArchive();
        }
        if (j.copy() != null) b.copyFlags(copyFlags("copy", j.copy()));
        if (j.dirCopy() != null) b.dirCopyFlags(copyFlags("dirCopy", j.dirCopy()));
        if (on(j.links())) b.copyLinks(true);
        if (on(j.restartable())) b.restartable();
        if (on(j.unbuffered())) b.unbuffered();
        if (on(j.verify())) b.verify();
        if (j.backupDir() != null) b.backupDir(path("backupDir", j.backupDir()));
        if (j.retries() != null) b.retries((int) count("retries", j.retries()));
        if (j.waitTime() != null) b.waitTime(check("wait", () -> Values.duration(j.waitTime())));
        if (j.threads() != null) b.threads((int) count("threads", j.threads()));
        if (on(j.dryRun())) b.listOnly();
        if (j.maxDelete() != null) b.maxDelete(count("maxDelete", j.maxDelete()));
        if (on(j.allowEmptySource())) b.allowEmptySource();
        b.log(logOptions(j));
    }

    /** The job's {@code log:} and {@code report:} settings as the engine's log options. */
    public static LogOptions logOptions(JobFile j) {
        JobFile.Log l = j.log();
        Path json = j.report() == null || j.report().json() == null ? null : path("report.json", j.report().json());
        if (l == null) {
            return LogOptions.DEFAULT.withJsonReport(json);
        }
        Path file = l.path() == null ? null : path("log.path", l.path());
        return new LogOptions(on(l.verbose()), on(l.reportExtra()), on(l.timestamps()), on(l.fullPaths()),
                on(l.bytes()), on(l.noSize()), on(l.noClass()), on(l.noFileList()), on(l.noDirList()),
                on(l.noProgress()), on(l.eta()), file, on(l.append()), on(l.unicode()), on(l.tee()),
                on(l.noHeader()), on(l.noSummary()), json);
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** Letters as for {@code /COPY:}, or "" for none ({@code /NOCOPY}, {@code /NODCOPY}). */
    private static CopyFlags copyFlags(String setting, String letters) {
        return letters.isEmpty() ? CopyFlags.NONE : check(setting, () -> Values.copyFlags(letters));
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

    private static String[] names(String setting, List<String> names) {
        for (String n : names) {
            if (n == null || n.isEmpty()) {
                throw new SettingException(setting, "expected names or wildcards, not an empty entry");
            }
        }
        return names.toArray(String[]::new);
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
