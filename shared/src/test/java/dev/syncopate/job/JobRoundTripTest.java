package dev.syncopate.job;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Saving options as a job and loading them back gives the same options. */
class JobRoundTripTest {

    static Stream<Arguments> options() {
        return Stream.of(
                row("every setting at once", JobRoundTripTest::everything),
                row("nothing but endpoints", b -> b),
                row("/S", SyncOptions.Builder::subdirs),
                row("/E", SyncOptions.Builder::emptyDirs),
                row("/PURGE alone", SyncOptions.Builder::purge),
                row("/S /PURGE", b -> b.subdirs().purge()),
                row("/MIR", SyncOptions.Builder::mirror),
                row("/MOV", SyncOptions.Builder::moveFiles),
                row("/MOVE", SyncOptions.Builder::move),
                row("/A", SyncOptions.Builder::archiveOnly),
                row("/NOCOPY /NODCOPY", b -> b.copyFlags(CopyFlags.NONE).dirCopyFlags(CopyFlags.NONE)),
                row("/XJ", b -> b.excludeDirLinks().excludeFileLinks()),
                row("/XJF", SyncOptions.Builder::excludeFileLinks),
                row("/LOG:x", b -> b.log(LogOptions.DEFAULT.withLogFile(Path.of("x.log"), false))),
                row("/UNILOG+:x", b -> b.log(new LogOptions(false, false, false, false, false, false, false, false,
                        false, false, false, Path.of("x.log"), true, true, false, false, false, null))),
                row("/JSON only", b -> b.log(new LogOptions(false, false, false, false, false, false, false, false,
                        false, false, false, null, false, false, false, false, false, Path.of("r.json")))),
                row("odd names", b -> b.filePatterns("1e3", "0x1F", "null", "~", "yes", "on", "true", "2024", "3.5", "#x", "a: b", "- c", "é*")),
                row("sub-second wait", b -> b.waitTime(Duration.ofMillis(1500))),
                row("zero retries and wait", b -> b.retries(0).waitTime(Duration.ZERO)),
                row("dates", b -> b.maxAge(AgeLimit.ofDate(LocalDate.of(2024, 1, 31))).minAge(AgeLimit.ofDays(0))),
                row("Windows-looking paths", b -> b.source(Path.of("C:\\Data")).destination(Path.of("\\\\nas\\x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void savedThenLoadedGivesEqualOptions(String name, UnaryOperator<SyncOptions.Builder> settings, @TempDir Path dir) {
        SyncOptions original = settings.apply(SyncOptions.builder(Path.of("/srv/docs"), Path.of("/mnt/nas/docs")))
                .build();
        Path file = dir.resolve("job.yaml");
        JobWriter.write(JobSnapshot.of(original), file);
        assertEquals(original, JobMapping.toOptions(JobReader.read(file)));
    }

    @Test
    void aSavedJobReadsLikeTheCommandLine() {
        SyncOptions o = SyncOptions.builder(Path.of("/srv/docs"), Path.of("/mnt/nas/docs"))
                .mirror().excludeFiles("*.tmp", "~*").excludeDirs(".git").retries(2).waitTime(Duration.ofSeconds(10))
                .threads(8).maxSize(1_048_576).copyFlags(CopyFlags.ALL).bandwidth(10 << 20).packetGap(Duration.ofMillis(50))
                .log(LogOptions.DEFAULT.withLogFile(Path.of("/var/log/sync.log"), true)).build();
        assertEquals("""
                from: /srv/docs
                to: /mnt/nas/docs
                mirror: true
                exclude:
                  files:
                  - '*.tmp'
                  - "~*"
                  dirs:
                  - .git
                size:
                  max: 1048576
                copy: DATSOU
                retries: 2
                wait: 10s
                threads: 8
                log:
                  path: /var/log/sync.log
                  append: true
                bandwidth: 10M
                packetGap: 50ms
                """, JobWriter.toYaml(JobSnapshot.of(o)));
    }

    @Test
    void aJobWithoutEndpointsNamesWhatIsMissing() {
        SettingException e = assertThrows(SettingException.class,
                () -> JobMapping.toOptions(JobFile.EMPTY.withEndpoints(null, "/b")));
        assertEquals("from", e.setting());
    }

    /** A job's backup folder, report and log are local: an sftp:// or smb:// value is refused at its line, not made a folder "sftp:". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            backupDir: sftp://nas01/old          | backupDir
            report: {json: smb://fs01/r/x.json}  | report.json
            log: {path: SFTP://nas01/l.log}      | log.path
            """)
    void onlyTheEndpointsMayBeRemote(String line, String setting) {
        JobFileException e = assertThrows(JobFileException.class,
                () -> JobReader.parse("from: /a\nto: /b\n" + line + "\n", "a.yaml"));
        assertEquals("a.yaml:3: invalid value for '" + setting + "' (" + dev.syncopate.settings.Values.REMOTE_NOT_HERE
                + ")", e.getMessage());
    }

    /** Every builder setter at a value other than its default. */
    private static SyncOptions.Builder everything(SyncOptions.Builder b) {
        return b.emptyDirs().levels(4).purge().move().create()
                .filePatterns("*.doc", "*.txt").excludeFiles("*.tmp", "~*").excludeDirs("Temp", ".git")
                .excludeChanged().excludeNewer().excludeOlder().excludeExtra().excludeLonely()
                .includeSame().includeTweaked().maxSize(10_485_760).minSize(1)
                .maxAge(AgeLimit.ofDays(30)).minAge(AgeLimit.ofDate(LocalDate.of(2020, 2, 29)))
                .fatTimes().dstTolerance().excludeDirLinks().excludeFileLinks().resetArchive()
                .includeAttributes(Attribute.READ_ONLY.bit() | Attribute.HIDDEN.bit())
                .excludeAttributes(Attribute.SYSTEM.bit() | Attribute.TEMPORARY.bit()).checksum()
                .copyFlags(CopyFlags.ALL).dirCopyFlags(CopyFlags.parse("DAT")).copyLinks(true).restartable()
                .unbuffered().verify().backupDir(Path.of("/mnt/nas/versions"))
                .retries(7).waitTime(Duration.ofMinutes(2)).threads(16).listOnly().maxDelete(250).allowEmptySource()
                .bandwidth(1_500_000).packetGap(Duration.ofMillis(20))
                .log(new LogOptions(true, true, true, true, true, true, true, true, true, true, true,
                        Path.of("/var/log/s.log"), true, true, true, true, true, Path.of("/var/log/s.json")));
    }

    private static Arguments row(String name, UnaryOperator<SyncOptions.Builder> settings) {
        return Arguments.of(name, settings);
    }
}
