package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.job.JobFile;
import dev.syncopate.monitor.WatchPolicy;
import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every implemented switch: command line in, expected builder calls out, compared as built options. */
class SwitchEffectsTest {

    /** /JOB rows load a job that only names the endpoints, so the switch itself changes nothing else. */
    static final RobocopyParser PARSER = new RobocopyParser(Platform.LINUX,
            path -> JobFile.EMPTY.withEndpoints("src", "dst"));

    static Stream<Arguments> everySwitch() {
        return Stream.of(
                // Copy scope
                row("src dst /S", SyncOptions.Builder::subdirs),
                row("src dst /E", SyncOptions.Builder::emptyDirs),
                row("src dst /E /LEV:3", b -> b.emptyDirs().levels(3)),
                row("src dst /MIR", SyncOptions.Builder::mirror),
                row("src dst /PURGE", SyncOptions.Builder::purge),
                row("src dst /MOV", SyncOptions.Builder::moveFiles),
                row("src dst /MOVE", SyncOptions.Builder::move),
                row("src dst /CREATE", SyncOptions.Builder::create),
                // File selection
                row("src dst /XF *.tmp ~* desktop.ini", b -> b.excludeFiles("*.tmp", "~*", "desktop.ini")),
                row("src dst /XD .git Temp", b -> b.excludeDirs(".git", "Temp")),
                row("src dst /XC", SyncOptions.Builder::excludeChanged),
                row("src dst /XN", SyncOptions.Builder::excludeNewer),
                row("src dst /XO", SyncOptions.Builder::excludeOlder),
                row("src dst /XX", SyncOptions.Builder::excludeExtra),
                row("src dst /XL", SyncOptions.Builder::excludeLonely),
                row("src dst /IS", SyncOptions.Builder::includeSame),
                row("src dst /IT", SyncOptions.Builder::includeTweaked),
                row("src dst /MAX:1048576", b -> b.maxSize(1_048_576)),
                row("src dst /MIN:10", b -> b.minSize(10)),
                row("src dst /MAXAGE:7", b -> b.maxAge(AgeLimit.ofDays(7))),
                row("src dst /MINAGE:20240131", b -> b.minAge(AgeLimit.ofDate(LocalDate.of(2024, 1, 31)))),
                row("src dst /FFT", SyncOptions.Builder::fatTimes),
                row("src dst /DST", SyncOptions.Builder::dstTolerance),
                row("src dst /XJ", b -> b.excludeDirLinks().excludeFileLinks()),
                row("src dst /XJD", SyncOptions.Builder::excludeDirLinks),
                row("src dst /XJF", SyncOptions.Builder::excludeFileLinks),
                row("src dst /A", SyncOptions.Builder::archiveOnly),
                row("src dst /M", b -> b.archiveOnly().resetArchive()),
                row("src dst /IA:RH", b -> b.includeAttributes(Attribute.READ_ONLY.bit() | Attribute.HIDDEN.bit())),
                row("src dst /XA:S", b -> b.excludeAttributes(Attribute.SYSTEM.bit())),
                // Copying
                row("src dst /COPY:DATSO", b -> b.copyFlags(new CopyFlags(true, true, true, true, true, false))),
                row("src dst /DCOPY:DAT", b -> b.dirCopyFlags(new CopyFlags(true, true, true, false, false, false))),
                row("src dst /NODCOPY", b -> b.dirCopyFlags(CopyFlags.NONE)),
                row("src dst /SEC", b -> b.copyFlags(new CopyFlags(true, true, true, true, false, false))),
                row("src dst /COPYALL", b -> b.copyFlags(CopyFlags.ALL)),
                row("src dst /NOCOPY /PURGE", b -> b.copyFlags(CopyFlags.NONE).purge()),
                row("src dst /SL", b -> b.copyLinks(true)),
                row("src dst /Z", SyncOptions.Builder::restartable),
                row("src dst /J", SyncOptions.Builder::unbuffered),
                row("src dst /MT", b -> b.threads(8)),
                row("src dst /MT:16", b -> b.threads(16)),
                row("src dst /IPG:50", b -> b.packetGap(java.time.Duration.ofMillis(50))),
                // Monitor mode changes how often the run is made, not its options: monitorSwitchesMakeAWatchPolicy
                row("src dst /MON:5", b -> b),
                row("src dst /MOT:10", b -> b),
                row("src dst /BWLIMIT:10M", b -> b.bandwidth(10L << 20)),
                row("src dst /bwlimit:500k /MT:4", b -> b.bandwidth(500L << 10).threads(4)),
                row("src dst /BWLIMIT:1048576", b -> b.bandwidth(1L << 20)),
                // Retries
                row("src dst /R:0", b -> b.retries(0)),
                row("src dst /W:30", b -> b.waitTime(Duration.ofSeconds(30))),
                // Logging
                row("src dst /L", SyncOptions.Builder::listOnly),
                row("src dst /X", log(l -> l.reportExtra = true)),
                row("src dst /V", log(l -> l.verbose = true)),
                row("src dst /TS", log(l -> l.timestamps = true)),
                row("src dst /FP", log(l -> l.fullPaths = true)),
                row("src dst /BYTES", log(l -> l.bytes = true)),
                row("src dst /NS", log(l -> l.noSize = true)),
                row("src dst /NC", log(l -> l.noClass = true)),
                row("src dst /NFL", log(l -> l.noFileList = true)),
                row("src dst /NDL", log(l -> l.noDirList = true)),
                row("src dst /NP", log(l -> l.noProgress = true)),
                row("src dst /ETA", log(l -> l.eta = true)),
                row("src dst /LOG:sync.log", log(l -> l.logTo(Path.of("sync.log"), false, false))),
                row("src dst /LOG+:sync.log", log(l -> l.logTo(Path.of("sync.log"), true, false))),
                row("src dst /UNILOG:sync.log", log(l -> l.logTo(Path.of("sync.log"), false, true))),
                row("src dst /UNILOG+:sync.log", log(l -> l.logTo(Path.of("sync.log"), true, true))),
                row("src dst /LOG:a.log /LOG+:b.log", log(l -> l.logTo(Path.of("b.log"), true, false))),
                row("src dst /TEE", log(l -> l.tee = true)),
                row("src dst /NJH", log(l -> l.noHeader = true)),
                row("src dst /NJS", log(l -> l.noSummary = true)),
                // Job files: the endpoints come from the job; the switches themselves leave options alone
                row("/JOB:nightly", b -> b),
                row("src dst /SAVE:nightly", b -> b),
                row("src dst /QUIT", b -> b),
                row("/JOB:nightly /NOSD /NODD", b -> b),
                row("/JOB:nightly /NOSD dst", b -> b),
                row("/JOB:nightly /NODD src", b -> b),
                row("/JOB:nightly /IF *.txt *.doc", b -> b.filePatterns("*.txt", "*.doc")),
                // Beyond Robocopy
                row("src dst /CHECKSUM", SyncOptions.Builder::checksum),
                row("src dst /MAXDEL:100", b -> b.maxDelete(100)),
                row("src dst /ALLOWEMPTYSOURCE", SyncOptions.Builder::allowEmptySource),
                row("src dst /BACKUPDIR:/var/backups/docs", b -> b.backupDir(Path.of("/var/backups/docs"))),
                row("src dst /JSON:report.json", log(l -> l.jsonReport = Path.of("report.json"))),
                row("src dst /VERIFY", SyncOptions.Builder::verify),
                // A remote destination is opened, and put in, by the command; the switches name its login
                row("src sftp://nas01/docs /CRED:nas /CREDFILE:creds.yaml", b -> b.destination(Path.of(""))),
                row("src dst /METRICS:run.prom", b -> b),   // the Invocation's, written by the command (MetricsIT)
                // Spelling: any case, switches before or among the positionals
                row("src dst /mir /Lev:2 /xf a", b -> b.mirror().levels(2).excludeFiles("a")),
                row("/MIR src /R:1 dst *.txt", b -> b.mirror().retries(1).filePatterns("*.txt")),
                row("src dst", b -> b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySwitch")
    void switchSetsTheOption(String line, UnaryOperator<SyncOptions.Builder> expected) {
        SyncOptions actual = PARSER.parse(args(line)).options();
        assertEquals(expected.apply(SyncOptions.builder(Path.of("src"), Path.of("dst"))).build(), actual);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            src dst               | -1 | -1
            src dst /MON:1        |  2 |  0
            src dst /MOT:5        |  1 |  5
            src dst /MON:9 /MOT:2 | 10 |  2
            src dst /MON:1 /L     | -1 | -1
            """)
    void monitorSwitchesMakeAWatchPolicy(String line, int changes, int minutes) {
        WatchPolicy watch = PARSER.parse(args(line)).watch();
        if (changes < 0) {
            assertEquals(null, watch);
        } else {
            assertEquals(new WatchPolicy(changes, Duration.ofMinutes(minutes)), watch, "/MON:n is more than n changes");
        }
    }

    @Test
    void everyImplementedSwitchHasARow() {
        Set<String> tested = everySwitch()
                .flatMap(a -> args((String) a.get()[0]).stream())
                .filter(ArgumentScanner::isSwitch)
                .map(s -> s.split(":")[0].toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> table = Switches.SUPPORTED.stream().map(SwitchDef::key).collect(Collectors.toCollection(TreeSet::new));
        table.removeAll(tested);
        assertTrue(table.isEmpty(), "switches without a row: " + table);
    }

    @Test
    void defaultsAreRobocopysExceptRetries() {
        SyncOptions o = PARSER.parse(args("src dst")).options();
        assertEquals(false, o.scope().recurse());
        assertEquals(false, o.copying().copyLinks());
        assertEquals(1, o.threads());
        assertEquals(3, o.retries());
        assertEquals(Duration.ofSeconds(5), o.waitTime());
        assertEquals(LogOptions.DEFAULT, o.log());
    }

    static List<String> args(String line) {
        return line.isBlank() ? List.of() : Arrays.asList(line.trim().split(" +"));
    }

    private static Arguments row(String line, UnaryOperator<SyncOptions.Builder> expected) {
        return Arguments.of(line, expected);
    }

    private static UnaryOperator<SyncOptions.Builder> log(Consumer<LogSettings> change) {
        return b -> {
            LogSettings l = new LogSettings(LogOptions.DEFAULT);
            change.accept(l);
            return b.log(l.build());
        };
    }
}
