package dev.syncopate.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** --format, and the default when it is left out. */
class ScheduleFormatTest {
    @TempDir
    Path tmp;

    @Test
    void theNaturalFormatFollowsThePlatformAndTheInitSystem() throws Exception {
        Path runSystemd = tmp.resolve("run/systemd/system");
        assertEquals(ScheduleFormat.CRON, ScheduleFormat.natural(false, runSystemd));
        assertEquals(ScheduleFormat.SCHTASKS, ScheduleFormat.natural(true, runSystemd));
        Files.createDirectories(runSystemd);
        assertEquals(ScheduleFormat.SYSTEMD, ScheduleFormat.natural(false, runSystemd));
        assertEquals(ScheduleFormat.SCHTASKS, ScheduleFormat.natural(true, runSystemd));
    }

    @Test
    void namesAreReadIgnoringCase() {
        assertEquals(ScheduleFormat.SCHTASKS, ScheduleFormat.parse("SchTasks"));
        assertEquals("systemd", ScheduleFormat.parse("systemd").text());
        assertEquals("--format xml: expected cron, systemd or schtasks",
                assertThrows(ScheduleException.class, () -> ScheduleFormat.parse("xml")).getMessage());
    }
}
