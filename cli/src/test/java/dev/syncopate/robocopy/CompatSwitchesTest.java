package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.job.JobFile;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.syncopate.robocopy.SwitchEffectsTest.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robocopy's switches that are accepted with a warning, on Linux and on Windows. */
class CompatSwitchesTest {
    private static final String ROWS = """
            /B               | /B (backup mode) has no meaning on Linux and is ignored                          | /B (backup mode) is not supported and is ignored
            /EFSRAW          | /EFSRAW (EFS raw mode) has no meaning on Linux and is ignored                   | /EFSRAW (EFS raw mode) is not supported and is ignored
            /SECFIX          | /SECFIX (fixing security of skipped files) is not supported and is ignored      | /SECFIX (fixing security of skipped files) is not supported and is ignored
            /TIMFIX          | /TIMFIX (fixing times of skipped files) is not supported and is ignored         | /TIMFIX (fixing times of skipped files) is not supported and is ignored
            /A+:R            | /A+ (adding attributes to copied files) is not supported and is ignored         | /A+ (adding attributes to copied files) is not supported and is ignored
            /A-:RH           | /A- (removing attributes from copied files) is not supported and is ignored     | /A- (removing attributes from copied files) is not supported and is ignored
            /FAT             | /FAT (8.3 FAT file names) has no meaning on Linux and is ignored                | /FAT (8.3 FAT file names) is not supported and is ignored
            /256             | /256 (turning off long paths) has no meaning on Linux and is ignored            | /256 (turning off long paths) is not supported and is ignored
            /RH:2200-0600    | /RH (run hours) is not supported and is ignored                                 | /RH (run hours) is not supported and is ignored
            /PF              | /PF (per-file run hours) is not supported and is ignored                        | /PF (per-file run hours) is not supported and is ignored
            /SJ              | /SJ (copying junctions as junctions) has no meaning on Linux and is ignored     | /SJ (copying junctions as junctions) is not supported and is ignored
            /NOOFFLOAD       | /NOOFFLOAD (turning off copy offload) has no meaning on Linux and is ignored     | /NOOFFLOAD (turning off copy offload) is not supported and is ignored
            /COMPRESS        | /COMPRESS (SMB network compression) has no meaning on Linux and is ignored      | /COMPRESS (SMB network compression) is not supported and is ignored
            /SPARSE:y        | /SPARSE (sparse state) is not supported and is ignored                          | /SPARSE (sparse state) is not supported and is ignored
            /NOCLONE         | /NOCLONE (turning off block cloning) has no meaning on Linux and is ignored     | /NOCLONE (turning off block cloning) is not supported and is ignored
            /IoMaxSize:1m    | /IoMaxSize (I/O size limit) is not supported and is ignored                     | /IoMaxSize (I/O size limit) is not supported and is ignored
            /IORATE:10M      | /IoRate (I/O rate limit) is not supported and is ignored                        | /IoRate (I/O rate limit) is not supported and is ignored
            /Threshold:512K  | /Threshold (throttling threshold) is not supported and is ignored               | /Threshold (throttling threshold) is not supported and is ignored
            /IM              | /IM (including modified files) is not supported and is ignored                  | /IM (including modified files) is not supported and is ignored
            /REG             | /REG (saving /R and /W in the registry) has no meaning on Linux and is ignored  | /REG (saving /R and /W in the registry) is not supported and is ignored
            /TBD             | /TBD (waiting for share names) has no meaning on Linux and is ignored           | /TBD (waiting for share names) is not supported and is ignored
            /LFSM:1G         | /LFSM (low free space mode) is not supported and is ignored                     | /LFSM (low free space mode) is not supported and is ignored
            /UNICODE         | /UNICODE (Unicode console output) has no meaning on Linux and is ignored         | /UNICODE (Unicode console output) is not supported and is ignored
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void warnsOnceAndChangesNothing(String sw, String onLinux, String onWindows) {
        SyncOptions plain = parse(Platform.LINUX, "src dst").options();
        Invocation linux = parse(Platform.LINUX, "src dst " + sw + " " + sw);
        Invocation windows = parse(Platform.WINDOWS, "src dst " + sw.toLowerCase(Locale.ROOT));
        assertEquals(List.of(onLinux), linux.warnings());
        assertEquals(List.of(onWindows), windows.warnings());
        assertEquals(plain, linux.options());
        assertEquals(plain.source(), windows.options().source());
    }

    @Test
    void everyCompatibilitySwitchHasARow() {
        Set<String> tested = ROWS.lines().map(l -> l.split("\\|")[0].strip().split(":")[0].toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        tested.addAll(List.of("/ZB", "/MAXLAD", "/MINLAD", "/LFSM", "/SPARSE"));   // tested below and in ArgumentErrorsTest
        Set<String> table = CompatSwitches.ALL.stream().map(SwitchDef::key).collect(Collectors.toCollection(TreeSet::new));
        table.removeAll(tested);
        assertTrue(table.isEmpty(), "switches without a row: " + table);
    }

    @Test
    void zbIsRestartableModeWithoutTheBackupFallback() {
        Invocation inv = parse(Platform.LINUX, "src dst /ZB");
        assertEquals(List.of("/ZB (backup-mode fallback) has no meaning on Linux and is ignored;"
                + " /Z (restartable mode) is used"), inv.warnings());
        assertEquals(SyncOptions.builder(Path.of("src"), Path.of("dst")).restartable().build(), inv.options());
    }

    @Test
    void optionalValuesMayBeLeftOut() {
        assertEquals(List.of("/LFSM (low free space mode) is not supported and is ignored",
                "/SPARSE (sparse state) is not supported and is ignored"),
                parse(Platform.LINUX, "src dst /LFSM /SPARSE").warnings());
    }

    @Test
    void warningsComeInTheOrderTheSwitchesWereGiven() {
        assertEquals(List.of("/EFSRAW (EFS raw mode) has no meaning on macOS and is ignored",
                "/B (backup mode) has no meaning on macOS and is ignored"),
                parse(Platform.MACOS, "src dst /EFSRAW /MIR /B /efsraw").warnings());
    }

    @Test
    void implementedSwitchesDoNotWarn() {
        assertEquals(List.of(), parse(Platform.LINUX, "src dst /MIR /Z /J /SL /NODCOPY /MT").warnings());
    }

    private static Invocation parse(Platform platform, String line) {
        return new RobocopyParser(platform, path -> JobFile.EMPTY).parse(args(line));
    }
}
