package dev.syncopate.retention;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention rules as a table, on jimfs with a fixed clock. */
class RetentionTest {
    private static final String STAMP = "yyyyMMdd_HHmmss";
    /** The nightly run of 8 November 2026 has just written its folder. */
    private static final Instant NOW = Instant.parse("2026-11-08T23:00:05Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private FileSystem fs;
    private Path parent;

    @BeforeEach
    void setUp() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        parent = Files.createDirectories(fs.getPath("/mnt/nas/docs"));
    }

    @AfterEach
    void tearDown() throws IOException {
        fs.close();
    }

    /**
     * @param folders  the folder names present
     * @param keepLast the rule's last:, or null
     * @param keepDays the rule's days:, or null
     * @param removed  the names the plan removes, oldest first
     */
    record Row(String name, String pattern, List<String> folders, Integer keepLast, Integer keepDays,
               List<String> removed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<String> FIVE_NIGHTS = List.of(
            "20261104_230000", "20261105_230000", "20261106_230000", "20261107_230000", "20261108_230000");
    private static final List<String> AGES = List.of(
            "20261001_230000",   // 38 days
            "20261101_230000",   // 7 days and 5 seconds: just too old
            "20261101_230005",   // exactly 7 days: kept
            "20261102_120000",   // 6.5 days
            "20261108_230000");  // today

    static Stream<Row> rows() {
        return Stream.of(
                new Row("keep last 3 of 5", STAMP, FIVE_NIGHTS, 3, null,
                        List.of("20261104_230000", "20261105_230000")),
                new Row("keep last 5 of 5", STAMP, FIVE_NIGHTS, 5, null, List.of()),
                new Row("keep last 10 of 5", STAMP, FIVE_NIGHTS, 10, null, List.of()),
                new Row("keep last 1", STAMP, FIVE_NIGHTS, 1, null, FIVE_NIGHTS.subList(0, 4)),
                new Row("keep days 7", STAMP, AGES, null, 7,
                        List.of("20261001_230000", "20261101_230000")),
                new Row("keep days 0 keeps only the newest", STAMP, AGES, null, 0, AGES.subList(0, 4)),
                new Row("keep days 40", STAMP, AGES, null, 40, List.of()),
                new Row("both: last 2 or days 7, either keeps", STAMP, AGES, 2, 7,
                        List.of("20261001_230000", "20261101_230000")),
                new Row("both: last 4 or days 0, either keeps", STAMP, AGES, 4, 0,
                        List.of("20261001_230000")),
                new Row("the newest is never removed, however old", STAMP,
                        List.of("20250101_000000", "20250102_000000", "20250103_000000"), null, 7,
                        List.of("20250101_000000", "20250102_000000")),
                new Row("the order is the name's time, not its spelling", "ddMMyyyy",
                        List.of("01112026", "31102026", "15102025"), 2, null, List.of("15102025")),
                // A date-only name means midnight: at 23:00 on the 8th, the 5th is 3 days 23 hours old.
                new Row("date-only pattern, keep days 3 keeps three daily folders", "yyyy-MM-dd",
                        List.of("2026-11-01", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"), null, 3,
                        List.of("2026-11-01", "2026-11-05")),
                new Row("date-only pattern, keep last 2", "yyyy-MM-dd",
                        List.of("2026-11-01", "2026-11-05", "2026-11-06", "2026-11-08"), 2, null,
                        List.of("2026-11-01", "2026-11-05")),
                new Row("nothing there", STAMP, List.of(), 3, 7, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan(Row row) throws IOException {
        for (String f : row.folders()) {
            Files.createDirectories(parent.resolve(f));
        }

        RetentionPlan plan = Retention.plan(parent, row.pattern(), row.keepLast(), row.keepDays(), NOW, UTC);

        assertEquals(row.removed(), names(plan.remove()));
        List<String> kept = row.folders().stream().filter(f -> !row.removed().contains(f)).toList();
        assertEquals(kept.size(), plan.keep().size());
        assertTrue(names(plan.keep()).containsAll(kept));
    }

    @Test
    void nonTimestampNamesAreNeverTouched() throws IOException {
        for (String f : FIVE_NIGHTS) {
            Files.createDirectories(parent.resolve(f).resolve("data"));
        }
        List<Path> others = List.of(
                Files.createDirectories(parent.resolve("notes")),
                Files.createDirectories(parent.resolve("20261101_230000-keep")),
                Files.createDirectories(parent.resolve("2026-11-01")),
                Files.writeString(parent.resolve("20261001_230000"), "a file named like a folder"),
                Files.createSymbolicLink(parent.resolve("20261002_230000"), parent.resolve("20261104_230000")));

        RetentionPlan plan = Retention.plan(parent, STAMP, 1, null, NOW, UTC);
        RetentionResult result = Retention.apply(plan, false);

        assertTrue(result.ok());
        assertEquals(List.of("20261108_230000"), names(plan.keep()));
        assertEquals(FIVE_NIGHTS.subList(0, 4), names(plan.remove()));
        for (Path p : others) {
            assertTrue(Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS), p + " is still there");
        }
        assertTrue(Files.isDirectory(parent.resolve("20261108_230000/data")));
    }

    @Test
    void applyRemovesWholeTreesAndSaysSo() throws IOException {
        for (String f : FIVE_NIGHTS) {
            Files.writeString(Files.createDirectories(parent.resolve(f).resolve("sub")).resolve("file.txt"), "x");
        }

        RetentionResult result = Retention.apply(Retention.plan(parent, STAMP, 3, null, NOW, UTC), false);

        assertEquals(List.of(
                "Removed old folder /mnt/nas/docs/20261104_230000",
                "Removed old folder /mnt/nas/docs/20261105_230000"), result.lines());
        assertTrue(result.ok());
        assertEquals(FIVE_NIGHTS.subList(2, 5), names(new TimestampedFolders(STAMP).list(parent).stream()
                .map(TimestampedFolder::path).toList()));
    }

    @Test
    void aDryRunRemovesNothing() throws IOException {
        for (String f : FIVE_NIGHTS) {
            Files.createDirectories(parent.resolve(f));
        }

        RetentionResult result = Retention.apply(Retention.plan(parent, STAMP, 3, null, NOW, UTC), true);

        assertEquals(List.of(
                "Would remove old folder /mnt/nas/docs/20261104_230000",
                "Would remove old folder /mnt/nas/docs/20261105_230000"), result.lines());
        assertTrue(result.ok());
        assertEquals(5, new TimestampedFolders(STAMP).list(parent).size());
    }

    @Test
    void aFailureDoesNotStopTheRest() throws IOException {
        Path gone = parent.resolve("20261101_230000");   // deleted by someone else between plan and apply
        Path there = Files.createDirectories(parent.resolve("20261102_230000"));
        RetentionPlan plan = new RetentionPlan(List.of(), List.of(gone, there));

        RetentionResult result = Retention.apply(plan, false);

        assertEquals(List.of(
                "Could not remove old folder /mnt/nas/docs/20261101_230000: The system cannot find the path specified.",
                "Removed old folder /mnt/nas/docs/20261102_230000"), result.lines());
        assertEquals(1, result.failures().size());
        assertTrue(Files.notExists(there));
    }

    @Test
    void daysAreCalendarDaysInTheZone() throws IOException {
        // Daylight saving ended in Berlin on 25 October 2026: that week had 7 days and one hour.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = Instant.parse("2026-10-30T22:00:00Z");   // 23:00 in Berlin
        Files.createDirectories(parent.resolve("20261023_225959"));
        Files.createDirectories(parent.resolve("20261023_230000"));
        Files.createDirectories(parent.resolve("20261030_230000"));

        RetentionPlan plan = Retention.plan(parent, STAMP, null, 7, now, berlin);

        assertEquals(List.of("20261023_225959"), names(plan.remove()));
    }

    @Test
    void aMissingParentIsAnEmptyPlan() throws IOException {
        RetentionPlan plan = Retention.plan(fs.getPath("/mnt/nas/not-yet"), STAMP, 3, null, NOW, UTC);
        assertEquals(new RetentionPlan(List.of(), List.of()), plan);
        assertEquals(List.of(), Retention.apply(plan, false).lines());
    }

    @Test
    void rulesAreValidatedBeforeAnythingIsRead() {
        Path nowhere = fs.getPath("/not/a/dir");
        assertEquals("keep last: must be at least 1 (the newest folder is always kept), not 0",
                assertThrows(IllegalArgumentException.class,
                        () -> Retention.plan(nowhere, STAMP, 0, null, NOW, UTC)).getMessage());
        assertEquals("keep days: must be 0 or more, not -1",
                assertThrows(IllegalArgumentException.class,
                        () -> Retention.plan(nowhere, STAMP, null, -1, NOW, UTC)).getMessage());
        assertEquals("keep needs 'last:' (how many folders) or 'days:' (how old), or both",
                assertThrows(IllegalArgumentException.class,
                        () -> Retention.plan(nowhere, STAMP, null, null, NOW, UTC)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Retention.plan(nowhere, "HHmm", 3, null, NOW, UTC));
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }
}
