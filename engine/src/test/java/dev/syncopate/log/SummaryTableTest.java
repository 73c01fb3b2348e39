package dev.syncopate.log;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryTableTest {
    private static final Instant ENDED = Instant.parse("2026-11-22T02:43:15Z");

    private static String table(Summary s, boolean plainBytes) {
        return String.join("\n", SummaryTable.lines(s, plainBytes, false, ENDED, ZoneOffset.UTC)) + "\n";
    }

    @Test
    void tableWithSpeed() {
        Summary s = new Summary(new Counts(3, 1, 2, 0, 0, 0), new Counts(17, 17, 0, 0, 0, 0),
                new Counts(3993, 3993, 0, 0, 0, 0), Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, Duration.ZERO);
        assertEquals("""

                ------------------------------------------------------------------------------

                               Total    Copied   Skipped  Mismatch    FAILED    Extras
                    Dirs :         3         1         2         0         0         0
                   Files :        17        17         0         0         0         0
                   Bytes :     3.9 k     3.9 k         0         0         0         0
                   Times :   0:00:05   0:00:00                       0:00:00   0:00:00


                   Speed :                 799 Bytes/sec.
                   Speed :               0.046 MegaBytes/min.
                   Ended : Sunday, November 22, 2026 2:43:15 AM

                """, table(s, false));
    }

    @Test
    void noSpeedWhenNothingWasCopied() {
        Summary s = new Summary(new Counts(5, 0, 5, 0, 0, 4), new Counts(40, 0, 38, 1, 1, 2),
                new Counts(5785307136L, 0, 5785307136L, 12, 2048, 300), Duration.ofSeconds(93784), Duration.ZERO,
                Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertEquals("""

                ------------------------------------------------------------------------------

                               Total    Copied   Skipped  Mismatch    FAILED    Extras
                    Dirs :         5         0         5         0         0         4
                   Files :        40         0        38         1         1         2
                   Bytes :   5.388 g         0   5.388 g        12     2.0 k       300
                   Times :  26:03:04   0:00:00                       0:00:20   0:00:01
                   Ended : Sunday, November 22, 2026 2:43:15 AM

                """, table(s, false));
    }

    @Test
    void bytesSwitchPrintsPlainNumbersAndCopyTimeDrivesTheSpeed() {
        Summary s = new Summary(Counts.ZERO, new Counts(1, 1, 0, 0, 0, 0), new Counts(18874368, 18874368, 0, 0, 0, 0),
                Duration.ofSeconds(3), Duration.ofMillis(92), Duration.ZERO, Duration.ZERO);
        assertEquals("""
                   Bytes :  18874368  18874368         0         0         0         0
                   Times :   0:00:03   0:00:00                       0:00:00   0:00:00


                   Speed :           205156174 Bytes/sec.
                   Speed :           11739.130 MegaBytes/min.
                """, String.join("\n", SummaryTable.lines(s, true, false, ENDED, ZoneOffset.UTC).subList(6, 12)) + "\n");
    }

    /**
     * Robocopy under /L ends the table with the Times row and {@code Ended :}, no Speed lines: a
     * list-only run copies nothing, so a rate of would-be bytes over listing time means nothing.
     */
    @Test
    void listOnlyHasNoSpeedLines() {
        Summary s = new Summary(new Counts(2, 1, 1, 0, 0, 0), new Counts(3, 3, 0, 0, 0, 1),
                new Counts(314084042553L, 314084042553L, 0, 0, 0, 7), Duration.ofMillis(1000), Duration.ZERO,
                Duration.ZERO, Duration.ZERO);
        assertEquals("""

                ------------------------------------------------------------------------------

                               Total    Copied   Skipped  Mismatch    FAILED    Extras
                    Dirs :         2         1         1         0         0         0
                   Files :         3         3         0         0         0         1
                   Bytes : 292.514 g 292.514 g         0         0         0         7
                   Times :   0:00:01   0:00:00                       0:00:00   0:00:00
                   Ended : Sunday, November 22, 2026 2:43:15 AM

                """, String.join("\n", SummaryTable.lines(s, false, true, ENDED, ZoneOffset.UTC)) + "\n");
    }
}
