package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.job.JobFile;
import dev.syncopate.job.JobFileException;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.syncopate.robocopy.SwitchEffectsTest.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Source, destination, file patterns, paths that look like switches, and /JOB files. */
class PositionalsTest {
    private static final RobocopyParser LINUX = new RobocopyParser(Platform.LINUX, path -> JobFile.EMPTY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /srv/data /mnt/backup /MIR     | /srv/data           | /mnt/backup
            /srv/ /backup/ /MIR            | /srv                | /backup
            //server/share/dir /mnt/x      | //server/share/dir  | /mnt/x
            ./relative ../other            | ./relative          | ../other
            C:\\Data D:\\Backup /MIR        | C:\\Data             | D:\\Backup
            """)
    void pathsAreTakenLiterally(String line, String source, String destination) {
        SyncOptions o = LINUX.parse(args(line)).options();
        assertEquals(Path.of(source), o.source());
        assertEquals(Path.of(destination), o.destination());
    }

    @Test
    void aWindowsPathIsOneFileNameOnPosix() {
        SyncOptions o = LINUX.parse(args("C:\\Data\\Docs D:\\Backup")).options();
        assertEquals(1, o.source().getNameCount());
        assertEquals("C:\\Data\\Docs", o.source().toString());
    }

    @Test
    void argumentsAfterSourceAndDestinationAreFilePatterns() {
        SyncOptions o = LINUX.parse(args("src dst *.txt *.doc /S report.pdf -notes.txt")).options();
        assertEquals(List.of("*.txt", "*.doc", "report.pdf", "-notes.txt"), o.selection().filePatterns());
    }

    @Test
    void excludeListsRunToTheNextSwitchAndMayHoldPaths() {
        SyncOptions o = LINUX.parse(args("src dst /XF a.tmp /srv/data/b.log /XD cache /S")).options();
        assertEquals(List.of("a.tmp", "/srv/data/b.log"), o.selection().excludeFiles());
        assertEquals(List.of("cache"), o.selection().excludeDirs());
        assertEquals(true, o.scope().recurse());
    }

    @Test
    void aTemplateWithoutEndpointsCanOnlyBeSaved() {
        Invocation inv = LINUX.parse(args("/SAVE:template /NOSD /NODD /MIR /QUIT"));
        assertNull(inv.source());
        assertNull(inv.destination());
        assertEquals(Path.of("template.yaml"), inv.saveTo());
        assertEquals(true, inv.job().mirror());
        assertNull(inv.job().from());
        assertThrows(IllegalStateException.class, inv::options);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nightly          | nightly.yaml
            nightly.yml      | nightly.yml
            jobs/nightly     | jobs/nightly.yaml
            jobs.d/nightly   | jobs.d/nightly.yaml
            /etc/sync/n.yaml | /etc/sync/n.yaml
            """)
    void jobNamesGetYamlWhenTheyHaveNoExtension(String name, String file) {
        assertEquals(Path.of(file), LINUX.parse(List.of("src", "dst", "/SAVE:" + name)).saveTo());
    }

    @Test
    void commandLineSwitchesApplyOnTopOfTheJob(@TempDir Path dir) throws IOException {
        Path job = dir.resolve("nightly.yaml");
        Files.writeString(job, """
                from: /srv/docs
                to: /mnt/nas/docs
                mirror: true
                retries: 5
                exclude:
                  files: ['*.tmp']
                log: {path: job.log, tee: true}
                """);
        RobocopyParser parser = new RobocopyParser(Platform.LINUX);
        SyncOptions o = parser.parse(args("/JOB:" + dir.resolve("nightly") + " /R:1 /XF *.bak /NP")).options();
        SyncOptions expected = SyncOptions.builder(Path.of("/srv/docs"), Path.of("/mnt/nas/docs"))
                .mirror().retries(1).excludeFiles("*.tmp", "*.bak").waitTime(Duration.ofSeconds(5))
                .log(logged(l -> { l.logTo(Path.of("job.log"), false, false); l.tee = true; l.noProgress = true; }))
                .build();
        assertEquals(expected, o);
    }

    @Test
    void endpointsOnTheCommandLineReplaceTheJobs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("j.yaml"), "from: /a\nto: /b\n");
        String job = "/JOB:" + dir.resolve("j");
        RobocopyParser parser = new RobocopyParser(Platform.LINUX);
        assertEquals(Path.of("/c/"), parser.parse(args(job + " /c/ /d/")).options().source());
        assertEquals(Path.of("/d/"), parser.parse(args(job + " /NOSD /d/")).options().destination());
        assertEquals(Path.of("/a"), parser.parse(args(job + " /NOSD /d/")).options().source());
        SyncOptions patterns = parser.parse(args(job + " /NOSD /NODD *.txt")).options();
        assertEquals(List.of("*.txt"), patterns.selection().filePatterns());
        assertEquals(Path.of("/b"), patterns.destination());
    }

    @Test
    void aMissingJobFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        JobFileException e = assertThrows(JobFileException.class,
                () -> new RobocopyParser(Platform.LINUX).parse(List.of("/JOB:" + dir.resolve("nope"))));
        assertEquals("job file " + missing + " not found", e.getMessage());
    }

    private static LogOptions logged(Consumer<LogSettings> change) {
        LogSettings l = new LogSettings(LogOptions.DEFAULT);
        change.accept(l);
        return l.build();
    }
}
