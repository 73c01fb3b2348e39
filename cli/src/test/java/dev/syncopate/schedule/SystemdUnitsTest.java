package dev.syncopate.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The service and timer, verbatim, and as the real systemd-analyze verify reads them. */
class SystemdUnitsTest {
    @TempDir
    Path tmp;

    @Test
    void aServiceAndATimerVerbatim() {
        Job job = new Job("nightly", Path.of("/opt/syncopate/scripts/syncopate"), Path.of("/etc/nightly.sync.groovy"),
                Path.of("/unused.log"), TimeLimit.DEFAULT, List.of("-P", "to=/mnt/usb"));
        SystemdUnits u = SystemdUnits.of(When.daily("23:00"), job, false);
        assertEquals("syncopate-nightly.service", u.serviceName());
        assertEquals("syncopate-nightly.timer", u.timerName());
        assertEquals("""
                [Unit]
                Description=Syncopate: /etc/nightly.sync.groovy (daily at 23:00)

                [Service]
                Type=oneshot
                WorkingDirectory=/etc
                ExecStart=/opt/syncopate/scripts/syncopate run --timeout 3h55m -P to=/mnt/usb /etc/nightly.sync.groovy
                TimeoutStartSec=4h
                SuccessExitStatus=1 2 3 4 5 6 7
                """, u.service());
        assertEquals("""
                [Unit]
                Description=Syncopate timer: /etc/nightly.sync.groovy (daily at 23:00)

                [Timer]
                OnCalendar=*-*-* 23:00:00
                Persistent=true
                Unit=syncopate-nightly.service

                [Install]
                WantedBy=timers.target
                """, u.timer());
    }

    @Test
    void simpleExitCodesLeaveSuccessToSystemdAndNoLimitIsInfinity() {
        Job job = new Job("n", Path.of("/opt/s"), Path.of("/etc/n.sync.groovy"), Path.of("/unused.log"),
                TimeLimit.parse("none"), List.of("--exit-codes", "simple"));
        String service = SystemdUnits.of(When.hourly(), job, true).service();
        assertEquals(List.of("ExecStart=/opt/s run --exit-codes simple /etc/n.sync.groovy", "TimeoutStartSec=infinity"),
                service.lines().filter(l -> l.startsWith("ExecStart=") || l.startsWith("TimeoutStartSec=")
                        || l.startsWith("SuccessExitStatus=")).toList());
    }

    @Test
    void execStartWordsAreEscapedAndQuoted() {
        List<List<String>> table = List.of(
                List.of("/plain/path-1_2.x:y,z@a+b=c", "/plain/path-1_2.x:y,z@a+b=c"),
                List.of("with space", "\"with space\""),
                List.of("100%", "100%%"),
                List.of("$HOME", "$$HOME"),
                List.of("it's", "\"it's\""),
                List.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                List.of("a\\b", "\"a\\\\b\""),
                List.of("a;b", "\"a;b\""));
        for (List<String> row : table) {
            assertEquals(row.get(1), SystemdUnits.execQuote(row.get(0)), row.get(0));
        }
    }

    /** systemd-analyze verify finds the launcher only if ExecStart's quoting and %-escaping are right. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain       | 4h    | daily  | 23:00
            my tools%   | 30m   | weekly | mon,thu 6:30
            $HOME; a b  | none  | cron   | */15 9-17 * * 1-5
            """)
    void systemdAnalyzeVerifiesTheUnits(String folder, String limit, String kind, String value) throws IOException {
        SystemdAnalyze.requireInstalled();
        Path launcher = Files.createDirectories(tmp.resolve(folder)).resolve("syncopate");
        Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Job job = new Job("n", launcher, tmp.resolve(folder).resolve("it's a\\b%.sync.groovy"), Path.of("/unused.log"),
                TimeLimit.parse(limit), List.of("-P", "x=$y 100%"));
        SystemdUnits u = SystemdUnits.of(WhenTest.when(kind, value), job, false);
        Path units = Files.createDirectories(tmp.resolve("units"));
        Path service = Files.writeString(units.resolve(u.serviceName()), u.service());
        Path timer = Files.writeString(units.resolve(u.timerName()), u.timer());
        assertEquals("", SystemdAnalyze.verify(service, timer));
    }

    /** systemd takes WorkingDirectory= as it is, quotes included, and expands %-specifiers in it. */
    @Test
    void theWorkingDirectoryIsTheScriptsFolderWithPercentDoubled() {
        Job job = new Job("n", Path.of("/opt/s"), Path.of("/srv/my \"100%\" jobs/n.sync.groovy"), Path.of("/unused.log"),
                TimeLimit.DEFAULT, List.of());
        assertEquals(List.of("WorkingDirectory=/srv/my \"100%%\" jobs"), SystemdUnits.of(When.hourly(), job, false)
                .service().lines().filter(l -> l.startsWith("WorkingDirectory=")).toList());
    }

    @Test
    void aFolderEndingInABlankIsRefusedAsSystemdWouldStripIt() {
        Job job = new Job("n", Path.of("/opt/s"), Path.of("/srv/jobs /n.sync.groovy"), Path.of("/unused.log"),
                TimeLimit.DEFAULT, List.of());
        assertEquals("systemd cannot start a run in a folder whose name ends in a blank: '/srv/jobs '; rename the"
                + " folder, or use --format cron",
                assertThrows(ScheduleException.class, () -> SystemdUnits.of(When.hourly(), job, false)).getMessage());
    }

    @Test
    void aLauncherPathSystemdRefusesIsRefusedHere() {
        for (String path : List.of("/opt/it's/syncopate", "/opt/say \"hi\"/syncopate", "/opt/a\\b/syncopate")) {
            Job job = new Job("n", Path.of(path), Path.of("/etc/n.sync.groovy"), Path.of("/unused.log"),
                    TimeLimit.DEFAULT, List.of());
            assertEquals("systemd refuses to start a program whose path has a quote or a backslash in it: " + path
                    + "; put Syncopate, or a link to scripts/syncopate, where the path has none",
                    assertThrows(ScheduleException.class, () -> SystemdUnits.of(When.hourly(), job, false)).getMessage());
        }
        assertEquals("\"/opt/my tools%%/$x/syncopate\"", SystemdUnits.executable("/opt/my tools%/$x/syncopate"));
    }

    @Test
    void verifyCatchesAMissingLauncher() {
        SystemdAnalyze.requireInstalled();
        Job job = new Job("n", tmp.resolve("no such launcher"), Path.of("/etc/n.sync.groovy"), Path.of("/unused.log"),
                TimeLimit.DEFAULT, List.of());
        SystemdUnits u = SystemdUnits.of(When.hourly(), job, false);
        try {
            Path service = Files.writeString(tmp.resolve(u.serviceName()), u.service());
            assertEquals(true, SystemdAnalyze.verify(service).contains("is not executable"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
