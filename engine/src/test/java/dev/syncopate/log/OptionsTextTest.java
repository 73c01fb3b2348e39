package dev.syncopate.log;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.scan.Attribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OptionsTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row("defaults", b -> b,
                        "*.* /DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("/S", SyncOptions.Builder::subdirs,
                        "*.* /S /DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("/E", SyncOptions.Builder::emptyDirs,
                        "*.* /S /E /DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("/MIR echoes as Robocopy does", SyncOptions.Builder::mirror,
                        "*.* /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /R:3 /W:5"),
                row("/S /PURGE is not a mirror", b -> b.subdirs().purge(),
                        "*.* /S /DCOPY:DA /COPY:DAT /PURGE /R:3 /W:5"),
                row("/MOV /CREATE", b -> b.moveFiles().create(),
                        "*.* /DCOPY:DA /COPY:DAT /MOV /CREATE /R:3 /W:5"),
                row("/MOVE", SyncOptions.Builder::move,
                        "*.* /DCOPY:DA /COPY:DAT /MOVE /R:3 /W:5"),
                row("wildcards echoed, names not", b -> b.filePatterns("*.txt", "report.pdf", "a?.log"),
                        "*.txt a?.log /DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("only names", b -> b.filePatterns("ntds.dit"),
                        "/DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("class switches", b -> b.excludeChanged().excludeNewer().excludeOlder().excludeExtra()
                                .excludeLonely().includeSame().includeTweaked(),
                        "*.* /DCOPY:DA /COPY:DAT /IS /IT /XL /XX /XO /XN /XC /R:3 /W:5"),
                row("sizes and ages", b -> b.maxSize(1000).minSize(10).maxAge(AgeLimit.ofDays(7))
                                .minAge(AgeLimit.parse("20240131")),
                        "*.* /DCOPY:DA /COPY:DAT /MAX:1000 /MIN:10 /MAXAGE:7 /MINAGE:20240131 /R:3 /W:5"),
                row("times and links", b -> b.fatTimes().dstTolerance().excludeJunctions(),
                        "*.* /DCOPY:DA /COPY:DAT /XJ /FFT /DST /R:3 /W:5"),
                row("bandwidth", b -> b.threads(4).packetGap(java.time.Duration.ofMillis(50)).bandwidth(5L << 20),
                        "*.* /DCOPY:DA /COPY:DAT /MT:4 /IPG:50 /BWLIMIT:5242880 /R:3 /W:5"),
                row("one kind of link", SyncOptions.Builder::excludeDirLinks,
                        "*.* /DCOPY:DA /COPY:DAT /XJD /R:3 /W:5"),
                row("attributes", b -> b.archiveOnly().includeAttributes(Attribute.parseMask("RH"))
                                .excludeAttributes(Attribute.parseMask("S")),
                        "*.* /DCOPY:DA /COPY:DAT /A /IA:RH /XA:S /R:3 /W:5"),
                row("/M", SyncOptions.Builder::resetArchive,
                        "*.* /DCOPY:DA /COPY:DAT /M /R:3 /W:5"),
                row("copy flags", b -> b.copyFlags(CopyFlags.parse("DATSO")).dirCopyFlags(CopyFlags.parse("DAT"))
                                .copyLinks(true).restartable().unbuffered(),
                        "*.* /DCOPY:DAT /COPY:DATSO /SL /Z /J /R:3 /W:5"),
                row("/COPYALL", b -> b.copyFlags(CopyFlags.ALL),
                        "*.* /DCOPY:DA /COPYALL /R:3 /W:5"),
                row("/NOCOPY", b -> b.purge().copyFlags(CopyFlags.NONE).dirCopyFlags(CopyFlags.NONE),
                        "*.* /NODCOPY /NOCOPY /PURGE /R:3 /W:5"),
                row("levels and threads", b -> b.emptyDirs().levels(2).threads(16).retries(0).waitTime(Duration.ZERO),
                        "*.* /S /E /DCOPY:DA /COPY:DAT /LEV:2 /MT:16 /R:0 /W:0"),
                row("/L", SyncOptions.Builder::listOnly,
                        "*.* /L /DCOPY:DA /COPY:DAT /R:3 /W:5"),
                row("logging switches", b -> b.log(new LogOptions(true, true, true, true, true, true, true, true,
                                true, true, true, Path.of("sync.log"), true, true, true, true, true, null)),
                        "*.* /V /TS /FP /BYTES /X /NS /NC /NFL /NDL /NJH /NJS /TEE /DCOPY:DA /COPY:DAT /NP /ETA /R:3 /W:5"),
                row("beyond Robocopy", b -> b.checksum().verify().maxDelete(50).allowEmptySource()
                                .backupDir(Path.of("/srv/old versions"))
                                .log(LogOptions.DEFAULT.withLogFile(null, false)),
                        "*.* /DCOPY:DA /COPY:DAT /CHECKSUM /VERIFY /MAXDEL:50 /ALLOWEMPTYSOURCE"
                                + " /BACKUPDIR:\"/srv/old versions\" /R:3 /W:5"),
                row("/JSON", b -> b.log(new LogOptions(false, false, false, false, false, false, false, false,
                                false, false, false, null, false, false, false, false, false, Path.of("/var/r.json"))),
                        "*.* /DCOPY:DA /COPY:DAT /JSON:/var/r.json /R:3 /W:5"),
                row("a robocopy-style mirror", b -> b.mirror().excludeOlder().threads(8).retries(1)
                                .waitTime(Duration.ofSeconds(30)).listOnly(),
                        "*.* /L /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /MT:8 /XO /R:1 /W:30"));
    }

    private static Arguments row(String name, UnaryOperator<SyncOptions.Builder> setup, String expected) {
        return Arguments.of(name, setup, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void echoesSwitchesInRobocopyOrder(String name, UnaryOperator<SyncOptions.Builder> setup, String expected) {
        SyncOptions o = setup.apply(SyncOptions.builder(Path.of("/src"), Path.of("/dst"))).build();
        assertEquals(expected, OptionsText.of(o));
    }
}
