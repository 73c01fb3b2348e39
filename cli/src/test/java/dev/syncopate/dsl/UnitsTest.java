package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static dev.syncopate.dsl.ScriptHarness.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** KB MB GB TB are binary multiples; seconds minutes hours days are Durations. */
class UnitsTest {
    @TempDir
    Path dir;

    @Test
    void inAScript() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "units.sync.groovy", """
                println([1.KB, 10.MB, 2.GB, 1.TB, 1.5.MB, 3L.KB].join(' '))
                println([5.seconds, 2.minutes, 3.hours, 1.days, 1.5.seconds].join(' '))
                println 2.GB > 2000.MB
                """);
        assertEquals("", r.err());
        assertEquals(String.join(NL, "1024 10485760 2147483648 1099511627776 1572864 3072",
                "PT5S PT2M PT3H PT24H PT1.5S", "true", ""), r.out());
    }

    @Test
    void directly() {
        assertEquals(10L * 1024 * 1024, Units.getMB(10));
        assertEquals(Duration.ofDays(3), Units.getDays(3));
        assertEquals(Duration.ofMillis(250), Units.getSeconds(0.25));
        assertThrows(IllegalArgumentException.class, () -> Units.getKB(-1));
        assertThrows(IllegalArgumentException.class, () -> Units.getTB(Long.MAX_VALUE));
    }

    @Test
    void aNegativeSizeIsAScriptErrorAtItsLine() {
        ScriptHarness.Run r = ScriptHarness.run(dir, "units.sync.groovy", "\ndef x = (-1).MB");
        assertEquals("syncopate: units.sync.groovy:2: a size cannot be negative: -1.MB" + NL, r.err());
    }
}
