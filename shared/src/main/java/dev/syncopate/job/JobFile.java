package dev.syncopate.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.nio.file.Path;
import java.util.List;

/**
 * A Robocopy job ({@code /SAVE:name}, {@code /JOB:name}) as YAML, using the DSL's setting names.
 * Every component is optional (null = not set); defaults are Robocopy's, as in {@code robocopy} mode:
 * top directory only, links followed, one thread, {@code /R:3 /W:5}.
 *
 * <pre>{@code
 * from: /srv/shared/docs
 * to: /mnt/nas/docs
 * mirror: true
 * exclude:
 *   files: ['*.tmp', '~*']
 *   dirs: [Temp, .git]
 * retries: 3
 * wait: 10s
 * log: {path: /var/log/syncopate/docs.log, append: true}
 * }</pre>
 *
 * <table>
 * <caption>Settings and the switches they stand for</caption>
 * <tr><th>setting</th><th>switch</th><th>value</th></tr>
 * <tr><td>from, to</td><td>source, destination</td><td>path, or sftp:// or smb:// location (left out by /NOSD, /NODD)</td></tr>
 * <tr><td>credentials, credentialsFile</td><td>/CRED, /CREDFILE</td><td>a credential's name; the YAML file of credentials</td></tr>
 * <tr><td>files</td><td>file patterns, /IF</td><td>list of names or wildcards</td></tr>
 * <tr><td>recurse</td><td>/S</td><td>true</td></tr>
 * <tr><td>emptyDirs</td><td>/E</td><td>true (implies recurse)</td></tr>
 * <tr><td>levels</td><td>/LEV:n</td><td>1 or more</td></tr>
 * <tr><td>mirror</td><td>/MIR</td><td>true (= emptyDirs + purge)</td></tr>
 * <tr><td>purge</td><td>/PURGE</td><td>true</td></tr>
 * <tr><td>move, moveFiles</td><td>/MOVE, /MOV</td><td>true</td></tr>
 * <tr><td>create</td><td>/CREATE</td><td>true</td></tr>
 * <tr><td>exclude.files, exclude.dirs</td><td>/XF, /XD</td><td>lists</td></tr>
 * <tr><td>exclude.dirLinks, exclude.fileLinks</td><td>/XJD, /XJF (both: /XJ)</td><td>true</td></tr>
 * <tr><td>skip.older / newer / changed / extra / lonely</td><td>/XO /XN /XC /XX /XL</td><td>true</td></tr>
 * <tr><td>includeSame, includeTweaked</td><td>/IS, /IT</td><td>true</td></tr>
 * <tr><td>checksum</td><td>/CHECKSUM</td><td>true</td></tr>
 * <tr><td>size.min, size.max</td><td>/MIN, /MAX</td><td>bytes, or 10MB style</td></tr>
 * <tr><td>age.min, age.max</td><td>/MINAGE, /MAXAGE</td><td>days (below 1900) or YYYYMMDD</td></tr>
 * <tr><td>fatTimes, dstTolerance</td><td>/FFT, /DST</td><td>true</td></tr>
 * <tr><td>attributes.include, attributes.exclude</td><td>/IA, /XA</td><td>letters of RASHCNETO</td></tr>
 * <tr><td>attributes.archiveOnly, attributes.resetArchive</td><td>/A, /M</td><td>true</td></tr>
 * <tr><td>copy, dirCopy</td><td>/COPY, /DCOPY (/SEC, /COPYALL, /NOCOPY, /NODCOPY)</td><td>letters of DATSOU, "" for none</td></tr>
 * <tr><td>links</td><td>/SL</td><td>true: copy links as links</td></tr>
 * <tr><td>restartable, unbuffered, verify</td><td>/Z, /J, /VERIFY</td><td>true</td></tr>
 * <tr><td>backupDir</td><td>/BACKUPDIR</td><td>path</td></tr>
 * <tr><td>retries, wait</td><td>/R, /W</td><td>count; seconds or 5s, 2m, 500ms</td></tr>
 * <tr><td>threads</td><td>/MT</td><td>1 to 128</td></tr>
 * <tr><td>bandwidth</td><td>/BWLIMIT</td><td>bytes per second, or 10M, 500K (1024-based)</td></tr>
 * <tr><td>packetGap</td><td>/IPG</td><td>a pause after each 64 KiB block: 50ms</td></tr>
 * <tr><td>dryRun</td><td>/L</td><td>true</td></tr>
 * <tr><td>log.path, log.append, log.unicode</td><td>/LOG, /LOG+, /UNILOG, /UNILOG+</td><td>path; true</td></tr>
 * <tr><td>log.tee, verbose, reportExtra, timestamps, fullPaths, bytes</td><td>/TEE /V /X /TS /FP /BYTES</td><td>true</td></tr>
 * <tr><td>log.noSize, noClass, noFileList, noDirList, noProgress, eta, noHeader, noSummary</td>
 *     <td>/NS /NC /NFL /NDL /NP /ETA /NJH /NJS</td><td>true</td></tr>
 * <tr><td>report.json</td><td>/JSON</td><td>path</td></tr>
 * <tr><td>maxDelete</td><td>/MAXDEL</td><td>0 or more</td></tr>
 * <tr><td>allowEmptySource</td><td>/ALLOWEMPTYSOURCE</td><td>true</td></tr>
 * </table>
 *
 * <p>Switches Syncopate only accepts for compatibility (such as {@code /B}) have no setting and are
 * not saved. {@code waitTime} is spelled {@code wait} in YAML ({@code wait} cannot name a record
 * component in Java).
 */
public record JobFile(
        String from, String to, List<String> files,
        Boolean recurse, Boolean emptyDirs, Integer levels, Boolean mirror, Boolean purge, Boolean move,
        Boolean moveFiles, Boolean create,
        Exclude exclude, Skip skip, Boolean includeSame, Boolean includeTweaked, Boolean checksum,
        Range size, Range age, Boolean fatTimes, Boolean dstTolerance, Attributes attributes,
        String copy, String dirCopy, Boolean links, Boolean restartable, Boolean unbuffered, Boolean verify,
        String backupDir,
        Integer retries,
        @JsonProperty("wait") @JsonSerialize(using = ScalarText.class) @JsonDeserialize(using = ScalarText.Reader.class)
        String waitTime,
        Integer threads, Boolean dryRun,
        Log log, Report report, Long maxDelete, Boolean allowEmptySource, String credentials,
        String credentialsFile,
        @JsonSerialize(using = ScalarText.class) @JsonDeserialize(using = ScalarText.Reader.class) String bandwidth,
        @JsonSerialize(using = ScalarText.class) @JsonDeserialize(using = ScalarText.Reader.class) String packetGap) {

    /** A job that sets nothing. */
    public static final JobFile EMPTY = new JobFile(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** {@code exclude: {files: [...], dirs: [...], dirLinks: true, fileLinks: true}}. */
    public record Exclude(List<String> files, List<String> dirs, Boolean dirLinks, Boolean fileLinks) {
    }

    /** {@code skip: {older: true, newer:, changed:, extra:, lonely:}}: /XO /XN /XC /XX /XL. */
    public record Skip(Boolean older, Boolean newer, Boolean changed, Boolean extra, Boolean lonely) {
    }

    /** {@code size: {min:, max:}} or {@code age: {min:, max:}}; numbers are kept as written. */
    public record Range(@JsonSerialize(using = ScalarText.class) @JsonDeserialize(using = ScalarText.Reader.class)
                        String min,
                        @JsonSerialize(using = ScalarText.class) @JsonDeserialize(using = ScalarText.Reader.class)
                        String max) {
    }

    /** {@code attributes: {include: RH, exclude: S, archiveOnly: true, resetArchive: true}}. */
    public record Attributes(String include, String exclude, Boolean archiveOnly, Boolean resetArchive) {
    }

    /** {@code log:}: the log file and Robocopy's logging switches, named as in the engine's LogOptions. */
    public record Log(String path, Boolean append, Boolean unicode, Boolean tee, Boolean verbose,
                      Boolean reportExtra, Boolean timestamps, Boolean fullPaths, Boolean bytes, Boolean noSize,
                      Boolean noClass, Boolean noFileList, Boolean noDirList, Boolean noProgress, Boolean eta,
                      Boolean noHeader, Boolean noSummary) {
    }

    /** {@code report: {json: report.json}}. */
    public record Report(String json) {
    }

    /** This job with other endpoints, e.g. none for a template saved with {@code /NOSD /NODD}. */
    public JobFile withEndpoints(String newFrom, String newTo) {
        return new JobFile(newFrom, newTo, files, recurse, emptyDirs, levels, mirror, purge, move, moveFiles,
                create, exclude, skip, includeSame, includeTweaked, checksum, size, age, fatTimes, dstTolerance,
                attributes, copy, dirCopy, links, restartable, unbuffered, verify, backupDir, retries, waitTime,
                threads, dryRun, log, report, maxDelete, allowEmptySource, credentials, credentialsFile, bandwidth,
                packetGap);
    }

    /** This job logging in to its remote endpoints with the credential {@code name} from {@code file}. */
    public JobFile withCredentials(String name, String file) {
        return new JobFile(from, to, files, recurse, emptyDirs, levels, mirror, purge, move, moveFiles,
                create, exclude, skip, includeSame, includeTweaked, checksum, size, age, fatTimes, dstTolerance,
                attributes, copy, dirCopy, links, restartable, unbuffered, verify, backupDir, retries, waitTime,
                threads, dryRun, log, report, maxDelete, allowEmptySource, name, file, bandwidth, packetGap);
    }

    /**
     * Where {@code /JOB:name} and {@code /SAVE:name} look: the name, with {@code .yaml} added when its
     * file name has no extension ({@code nightly} becomes {@code nightly.yaml}).
     */
    public static Path pathFor(String name) {
        Path p = Path.of(name);
        Path fileName = p.getFileName();
        String last = fileName == null ? "" : fileName.toString();
        return last.lastIndexOf('.') > 0 ? p : Path.of(name + ".yaml");
    }
}
