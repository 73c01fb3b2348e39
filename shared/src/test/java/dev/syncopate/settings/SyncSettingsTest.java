package dev.syncopate.settings;

import dev.syncopate.options.AgeLimit;
import dev.syncopate.options.CopyFlags;
import dev.syncopate.options.LogOptions;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.SyncOptions.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.syncopate.settings.Setting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one mapping from settings to engine options: a row per setting, value in, builder calls out. */
class SyncSettingsTest {
    private static final Path SRC = Path.of("src");
    private static final Path DST = Path.of("dst");

    static Stream<Arguments> everySetting() {
        return Stream.of(
                // Copy scope
                row(SUBDIRS, true, Builder::subdirs),
                row(EMPTY_DIRS, true, Builder::emptyDirs),
                row(LEVELS, 3, b -> b.levels(3)),
                row(MIRROR, true, Builder::mirror),
                row(PURGE, true, Builder::purge),
                row(MOVE, true, Builder::move),
                row(MOVE_FILES, true, Builder::moveFiles),
                row(CREATE, true, Builder::create),
                // File selection
                row(FILES, List.of("*.doc", "*.xls"), b -> b.filePatterns("*.doc", "*.xls")),
                row(EXCLUDE_FILES, List.of("*.tmp"), b -> b.excludeFiles("*.tmp")),
                row(EXCLUDE_DIRS, List.of(".git", "Temp"), b -> b.excludeDirs(".git", "Temp")),
                row(EXCLUDE_DIR_LINKS, true, Builder::excludeDirLinks),
                row(EXCLUDE_FILE_LINKS, true, Builder::excludeFileLinks),
                row(SKIP_OLDER, true, Builder::excludeOlder),
                row(SKIP_NEWER, true, Builder::excludeNewer),
                row(SKIP_CHANGED, true, Builder::excludeChanged),
                row(SKIP_EXTRA, true, Builder::excludeExtra),
                row(SKIP_LONELY, true, Builder::excludeLonely),
                row(INCLUDE_SAME, true, Builder::includeSame),
                row(INCLUDE_TWEAKED, true, Builder::includeTweaked),
                row(CHECKSUM, true, Builder::checksum),
                row(MIN_SIZE, 10L, b -> b.minSize(10)),
                row(MAX_SIZE, 1_048_576L, b -> b.maxSize(1_048_576)),
                row(MIN_AGE, AgeLimit.ofDays(1), b -> b.minAge(AgeLimit.ofDays(1))),
                row(MAX_AGE, AgeLimit.ofDays(30), b -> b.maxAge(AgeLimit.ofDays(30))),
                row(FAT_TIMES, true, Builder::fatTimes),
                row(DST_TOLERANCE, true, Builder::dstTolerance),
                row(INCLUDE_ATTRIBUTES, 0b101, b -> b.includeAttributes(0b101)),
                row(EXCLUDE_ATTRIBUTES, 0b10, b -> b.excludeAttributes(0b10)),
                row(ARCHIVE_ONLY, true, Builder::archiveOnly),
                row(RESET_ARCHIVE, true, Builder::resetArchive),
                // Copying
                row(COPY_FLAGS, CopyFlags.ALL, b -> b.copyFlags(CopyFlags.ALL)),
                row(DIR_COPY_FLAGS, CopyFlags.NONE, b -> b.dirCopyFlags(CopyFlags.NONE)),
                row(COPY_LINKS, true, b -> b.copyLinks(true)),
                row(RESTARTABLE, true, Builder::restartable),
                row(UNBUFFERED, true, Builder::unbuffered),
                row(VERIFY, true, Builder::verify),
                row(BACKUP_DIR, Path.of("old"), b -> b.backupDir(Path.of("old"))),
                row(RETRIES, 0, b -> b.retries(0)),
                row(WAIT, Duration.ofSeconds(1), b -> b.waitTime(Duration.ofSeconds(1))),
                row(THREADS, 16, b -> b.threads(16)),
                row(BANDWIDTH, 10L << 20, b -> b.bandwidth(10L << 20)),
                row(PACKET_GAP, Duration.ofMillis(50), b -> b.packetGap(Duration.ofMillis(50))),
                // The run
                row(DRY_RUN, true, Builder::listOnly),
                row(MAX_DELETE, 100L, b -> b.maxDelete(100)),
                row(ALLOW_EMPTY_SOURCE, true, Builder::allowEmptySource),
                row(LOG, LogOptions.DEFAULT.withLogFile(Path.of("a.log"), true),
                        b -> b.log(LogOptions.DEFAULT.withLogFile(Path.of("a.log"), true))));
    }

    private static <T> Arguments row(Setting<T> setting, T value, UnaryOperator<Builder> expected) {
        return Arguments.of(setting, value, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everySetting")
    <T> void eachSettingDoesWhatItsBuilderCallDoes(Setting<T> setting, T value, UnaryOperator<Builder> expected) {
        SyncOptions built = expected.apply(SyncOptions.builder(SRC, DST)).build();
        assertEquals(built, SyncSettings.NONE.with(setting, value).toOptions(SRC, DST));
        assertNotEquals(SyncSettings.NONE.toOptions(SRC, DST), built, "the row's value is no engine default");
    }

    @Test
    void everySettingHasARow() {
        Set<Setting<?>> rows = everySetting().map(a -> (Setting<?>) a.get()[0]).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Setting.all()), rows);
    }

    @Test
    void nothingSaidLeavesTheEngineDefaults() {
        assertEquals(SyncOptions.builder(SRC, DST).build(), SyncSettings.NONE.toOptions(SRC, DST));
    }

    @Test
    void aSwitchSaidOffDoesNothingAndReplacesAnEarlierOn() {
        assertEquals(SyncSettings.NONE.toOptions(SRC, DST), SyncSettings.NONE.with(MIRROR, false).toOptions(SRC, DST));
        SyncSettings offAgain = SyncSettings.NONE.with(SKIP_OLDER, true).with(SKIP_OLDER, false);
        assertFalse(offAgain.on(SKIP_OLDER));
        assertEquals(SyncSettings.NONE.toOptions(SRC, DST), offAgain.toOptions(SRC, DST));
    }

    @Test
    void aValueNotGivenChangesNothing() {
        SyncSettings s = SyncSettings.NONE.with(RETRIES, 2);
        assertEquals(s, s.with(RETRIES, null));
        assertEquals(2, s.get(RETRIES));
    }

    @Test
    void theLastValueWins() {
        SyncSettings s = SyncSettings.NONE.with(THREADS, 4).with(THREADS, 16)
                .with(COPY_FLAGS, CopyFlags.ALL).with(COPY_FLAGS, CopyFlags.NONE);
        assertEquals(SyncOptions.builder(SRC, DST).threads(16).copyFlags(CopyFlags.NONE).build(), s.toOptions(SRC, DST));
    }

    @Test
    void namesAndAttributeLettersAddUp() {
        SyncSettings s = SyncSettings.NONE
                .with(EXCLUDE_FILES, List.of("*.tmp")).with(EXCLUDE_FILES, List.of("~*"))
                .with(INCLUDE_ATTRIBUTES, 0b1).with(INCLUDE_ATTRIBUTES, 0b100);
        assertEquals(List.of("*.tmp", "~*"), s.get(EXCLUDE_FILES));
        assertEquals(SyncOptions.builder(SRC, DST).excludeFiles("*.tmp", "~*").includeAttributes(0b101).build(),
                s.toOptions(SRC, DST));
    }

    @Test
    void applyToKeepsWhatTheCallerSetOnTheBuilder() {
        SyncOptions o = SyncSettings.NONE.with(PURGE, true)
                .applyTo(SyncOptions.builder(SRC, DST).linkDest(Path.of("prev"))).build();
        assertTrue(o.equals(SyncOptions.builder(SRC, DST).linkDest(Path.of("prev")).purge().build()));
    }
}
