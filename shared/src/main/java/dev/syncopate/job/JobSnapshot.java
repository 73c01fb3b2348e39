package dev.syncopate.job;

import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.Copying;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.Scope;
import dev.syncopate.options.Selection;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import dev.syncopate.settings.Values;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Turns engine options into the job file that stands for them, for {@code /SAVE}. Only what differs
 * from the defaults is written, and combinations are written under their short names ({@code mirror}
 * rather than {@code emptyDirs} plus {@code purge}), so a saved job reads like the command line.
 *
 * <pre>{@code
 * JobFile job = JobSnapshot.of(options);
 * JobMapping.toOptions(job).equals(options);   // true for everything a command line can say
 * }</pre>
 */
public final class JobSnapshot {
    private JobSnapshot() {
    }

    public static JobFile of(SyncOptions o) {
        Scope sc = o.scope();
        Selection se = o.selection();
        Copying c = o.copying();
        boolean mirror = sc.recurse() && sc.emptyDirs() && sc.purge();
        return new JobFile(
                o.source().toString(), o.destination().toString(), list(se.filePatterns()),
                on(sc.recurse() && !sc.emptyDirs()), on(sc.emptyDirs() && !mirror),
                sc.levels() > 0 ? sc.levels() : null, on(mirror), on(sc.purge() && !mirror),
                on(sc.moveFiles() && sc.moveDirs()), on(sc.moveFiles() && !sc.moveDirs()), on(sc.create()),
                exclude(se), skip(se), on(se.includeSame()), on(se.includeTweaked()), on(se.checksum()),
                range(se.minSize() >= 0 ? Long.toString(se.minSize()) : null,
                        se.maxSize() >= 0 ? Long.toString(se.maxSize()) : null),
                range(se.minAge() == null ? null : se.minAge().text(), se.maxAge() == null ? null : se.maxAge().text()),
                on(se.fatTimes()), on(se.dstTolerance()), attributes(se),
                flags(c.files(), CopyFlags.DEFAULT_FILES), flags(c.dirs(), CopyFlags.DEFAULT_DIRS),
                on(c.copyLinks()), on(c.restartable()), on(c.unbuffered()), on(c.verify()), text(c.backupDir()),
                o.retries() != SyncOptions.DEFAULT_RETRIES ? o.retries() : null, waitText(o),
                o.threads() != 1 ? o.threads() : null, on(o.listOnly()),
                log(o.log()), o.log().jsonReport() == null ? null : new JobFile.Report(o.log().jsonReport().toString()),
                o.maxDelete() >= 0 ? o.maxDelete() : null, on(o.allowEmptySource()), null, null,
                c.bandwidth().bytesPerSecond() > 0 ? Values.rateText(c.bandwidth().bytesPerSecond()) : null,
                c.bandwidth().packetGap().isZero() ? null : Values.durationText(c.bandwidth().packetGap()));
    }

    private static String waitText(SyncOptions o) {
        Duration wait = o.waitTime();
        return wait.equals(SyncOptions.DEFAULT_WAIT) ? null : Values.durationText(wait);
    }

    private static JobFile.Exclude exclude(Selection s) {
        if (s.excludeFiles().isEmpty() && s.excludeDirs().isEmpty() && !s.excludeDirLinks() && !s.excludeFileLinks()) {
            return null;
        }
        return new JobFile.Exclude(list(s.excludeFiles()), list(s.excludeDirs()), on(s.excludeDirLinks()),
                on(s.excludeFileLinks()));
    }

    private static JobFile.Skip skip(Selection s) {
        JobFile.Skip k = new JobFile.Skip(on(s.excludeOlder()), on(s.excludeNewer()), on(s.excludeChanged()),
                on(s.excludeExtra()), on(s.excludeLonely()));
        return k.equals(new JobFile.Skip(null, null, null, null, null)) ? null : k;
    }

    private static JobFile.Attributes attributes(Selection s) {
        JobFile.Attributes a = new JobFile.Attributes(
                s.includeAttributes() == 0 ? null : Attribute.letters(s.includeAttributes()),
                s.excludeAttributes() == 0 ? null : Attribute.letters(s.excludeAttributes()),
                on(s.archiveOnly() && !s.resetArchive()), on(s.resetArchive()));
        return a.equals(new JobFile.Attributes(null, null, null, null)) ? null : a;
    }

    private static JobFile.Log log(LogOptions l) {
        JobFile.Log j = new JobFile.Log(text(l.logFile()), on(l.appendLog()), on(l.unicode()), on(l.tee()),
                on(l.verbose()), on(l.reportExtra()), on(l.timestamps()), on(l.fullPaths()), on(l.bytes()),
                on(l.noSize()), on(l.noClass()), on(l.noFileList()), on(l.noDirList()), on(l.noProgress()),
                on(l.eta()), on(l.noHeader()), on(l.noSummary()));
        return j.equals(new JobFile.Log(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)) ? null : j;
    }

    private static JobFile.Range range(String min, String max) {
        return min == null && max == null ? null : new JobFile.Range(min, max);
    }

    private static String flags(CopyFlags f, CopyFlags byDefault) {
        return f.equals(byDefault) ? null : f.letters();
    }

    /** True, or null so that the setting is left out of the YAML. */
    private static Boolean on(boolean b) {
        return b ? Boolean.TRUE : null;
    }

    private static List<String> list(List<String> l) {
        return l.isEmpty() ? null : l;
    }

    private static String text(Path p) {
        return p == null ? null : p.toString();
    }
}
