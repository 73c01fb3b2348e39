package dev.syncopate.runstate;

import dev.syncopate.event.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code history} table: one row per kind of run, verbatim. */
class HistoryTableTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String HEADER =
            "Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note";
    private static final Instant T0 = Instant.parse("2026-11-20T22:00:01Z");

    private static RunRecord ended(Duration took, int exit, boolean dryRun, Counts files, long bytesCopied, String note) {
        return new RunRecord(OffsetDateTime.ofInstant(T0, ZoneId.of("UTC")),
                OffsetDateTime.ofInstant(T0.plus(took), ZoneId.of("UTC")), exit, 4242, dryRun,
                Counts.ZERO, files, new Counts(bytesCopied * 2, bytesCopied, 0, 0, 0, 0), note);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("a run that copied", ended(Duration.ofSeconds(251), 1, false,
                                new Counts(120, 118, 2, 0, 0, 3), 123_900_000L, null),
                        "2026-11-20 23:00:01   0:04:11     1    120     118       0       3  118.16 m"),
                Arguments.of("in sync", ended(Duration.ofMillis(400), 0, false, new Counts(5, 0, 5, 0, 0, 0), 0L, null),
                        "2026-11-20 23:00:01   0:00:00     0      5       0       0       0         0"),
                Arguments.of("did not finish", RunRecord.didNotFinish(new LockOwner(4242, T0, Path.of("/x")), ZONE),
                        "2026-11-20 23:00:01         -     ?      -       -       -       -         -"
                                + "  did not finish (pid 4242 ended without recording a result)"),
                Arguments.of("refused", ended(Duration.ofSeconds(1), 16, false, Counts.ZERO, 0L,
                                "already running (pid 4300, since 23:00:00)"),
                        "2026-11-20 23:00:01   0:00:01    16      0       0       0       0         0"
                                + "  already running (pid 4300, since 23:00:00)"),
                Arguments.of("dry run", ended(Duration.ofSeconds(2), 3, true, new Counts(7, 4, 3, 0, 0, 1), 2_000L, null),
                        "2026-11-20 23:00:01   0:00:02     3      7       4       0       1     2.0 k  dry run"),
                Arguments.of("dry run with a note", ended(Duration.ofSeconds(2), 16, true, Counts.ZERO, 0L, "x:1: boom"),
                        "2026-11-20 23:00:01   0:00:02    16      0       0       0       0         0  dry run; x:1: boom"),
                Arguments.of("a note of several lines", ended(Duration.ofHours(26), 8, false,
                                new Counts(3, 1, 0, 0, 2, 0), 5L << 40, "line one\n  line two\r\nthree"),
                        "2026-11-20 23:00:01  26:00:00     8      3       1       2       0   5.000 t"
                                + "  line one line two three"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachKindOfRunIsOneRow(String kind, RunRecord run, String row) {
        assertEquals(List.of(HEADER, row), HistoryTable.format(List.of(run), ZONE));
    }

    @Test
    void columnsWidenForLongValuesAndStayAligned() {
        RunRecord big = ended(Duration.ofSeconds(1), 1, false, new Counts(12_345_678, 1_234_567, 0, 0, 0, 0), 1L, null);
        RunRecord small = ended(Duration.ofSeconds(1), 0, false, new Counts(1, 0, 1, 0, 0, 0), 0L, null);
        assertEquals(List.of(
                "Started              Duration  Exit     Files   Copied  Failed  Extras     Bytes  Note",
                "2026-11-20 23:00:01   0:00:01     1  12345678  1234567       0       0         1",
                "2026-11-20 23:00:01   0:00:01     0         1        0       0       0         0"),
                HistoryTable.format(List.of(big, small), ZONE));
    }
}
