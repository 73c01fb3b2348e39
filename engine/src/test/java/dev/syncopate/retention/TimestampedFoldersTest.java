package dev.syncopate.retention;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimestampedFoldersTest {

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(nullValues = "none", value = {
            "yyyyMMdd_HHmmss, 20261101_230000,      2026-11-01T23:00",
            "yyyyMMdd_HHmmss, 20261101_230000-old,  none",
            "yyyyMMdd_HHmmss, 20261101_2300,        none",
            "yyyyMMdd_HHmmss, 20260431_000000,      none",         // April has 30 days: not read as the 30th
            "yyyyMMdd_HHmmss, 20261101_240000,      none",
            "yyyyMMdd_HHmmss, notes,                none",
            "yyyy-MM-dd,      2026-11-01,           2026-11-01T00:00",
            "yyyy-MM-dd,      2026-11-1,            none",
            "yyyy-MM-dd,      2026-11-01_copy,      none",
            "yyyy-MM,         2026-11,              2026-11-01T00:00",
            "yyyyMMdd_HH,     20261101_05,          2026-11-01T05:00",
            "yyyyMMdd_hhmma,  20261101_1130PM,      2026-11-01T23:30",
            "yyyyMMdd_hhmma,  20261101_1130pm,      none",         // a name is matched exactly, case too
            "dd-MMM-yyyy,     01-Nov-2026,          2026-11-01T00:00",
            "'backup-'yyyyMMdd, backup-20261101,    2026-11-01T00:00",
            "yyyyMMdd'T'HHmmss.SSS, 20261101T230000.250, 2026-11-01T23:00:00.250",
    })
    void parse(String pattern, String name, String expected) {
        Optional<LocalDateTime> want = Optional.ofNullable(expected).map(LocalDateTime::parse);
        assertEquals(want, new TimestampedFolders(pattern).parse(name));
    }

    @Test
    void formatIsTheInverseOfParse() {
        TimestampedFolders stamps = new TimestampedFolders("yyyyMMdd_HHmmss");
        assertEquals("20261101_230000", stamps.format(LocalDateTime.of(2026, 11, 1, 23, 0, 0, 999)));
        assertEquals("yyyyMMdd_HHmmss", stamps.pattern());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "yyyyMMdd_bb    | invalid timestamp pattern 'yyyyMMdd_bb': Unknown pattern letter: b",
            "HHmmss         | timestamp pattern 'HHmmss' has no date, so its folders cannot be ordered: it needs a year (yyyy), usually with month (MM) and day (dd); note that YYYY is the week-based year",
            "YYYYMMdd       | timestamp pattern 'YYYYMMdd' has no date, so its folders cannot be ordered: it needs a year (yyyy), usually with month (MM) and day (dd); note that YYYY is the week-based year",
            "yyyy/MM/dd     | timestamp pattern 'yyyy/MM/dd' makes names with a path separator ('2001/02/03'); a folder name cannot hold one",
    })
    void unusablePatternsAreRefusedUpFront(String pattern, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimestampedFolders(pattern));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aPatternWithAZoneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimestampedFolders("yyyyMMdd_HHmmssZ"));
        assertEquals(true, e.getMessage().startsWith(
                "timestamp pattern 'yyyyMMdd_HHmmssZ' cannot name folders: it needs a time zone or offset"),
                e.getMessage());
    }

    @Test
    void listsOnlyRealDirectoriesWithTimestampNamesOldestFirst() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path parent = Files.createDirectories(fs.getPath("/mnt/nas/docs"));
            for (String d : List.of("20261105_230000", "20261101_230000", "20261103_080000", "notes",
                    "20261101_230000-old", ".syncopate.x.1-2.part")) {
                Files.createDirectories(parent.resolve(d));
            }
            Files.writeString(parent.resolve("20261102_230000"), "a file, not a folder");
            Files.createSymbolicLink(parent.resolve("20261104_230000"), parent.resolve("20261105_230000"));
            Files.createSymbolicLink(parent.resolve("20261106_230000"), fs.getPath("/nowhere"));

            List<String> names = new TimestampedFolders("yyyyMMdd_HHmmss").list(parent).stream()
                    .map(TimestampedFolder::name).toList();

            assertEquals(List.of("20261101_230000", "20261103_080000", "20261105_230000"), names);
        }
    }

    @Test
    void aParentThatIsALinkIsListed() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path real = Files.createDirectories(fs.getPath("/mnt/disk1/backup/2026-11-01"));
            Path link = Files.createSymbolicLink(fs.getPath("/backup"), real.getParent());

            List<TimestampedFolder> folders = new TimestampedFolders("yyyy-MM-dd").list(link);

            LocalDateTime midnight = LocalDateTime.of(2026, 11, 1, 0, 0);
            assertEquals(List.of(new TimestampedFolder(link.resolve("2026-11-01"), midnight)), folders);
        }
    }

    @Test
    void aMissingParentHasNoFolders() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            assertEquals(List.of(), new TimestampedFolders("yyyy-MM-dd").list(fs.getPath("/not/yet")));
        }
    }

    @Test
    void aParentThatIsAFileIsAnError() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = Files.writeString(fs.getPath("/file"), "x");
            assertThrows(IOException.class, () -> new TimestampedFolders("yyyy-MM-dd").list(file));
        }
    }
}
