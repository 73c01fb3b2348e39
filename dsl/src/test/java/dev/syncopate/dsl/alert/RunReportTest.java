package dev.syncopate.dsl.alert;

import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunReportTest {
    static final Summary SUMMARY = new Summary(new Counts(3, 1, 2, 0, 0, 0), new Counts(17, 15, 0, 0, 2, 1),
            new Counts(4000, 3990, 0, 0, 10, 0), Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, Duration.ZERO);

    @Test
    void verdictAndSubjectFollowTheExitCode() {
        for (int code : new int[] {0, 1, 7}) {
            RunReport r = new RunReport("nightly", "nas01", code, SUMMARY, "", null);
            assertEquals("success", r.verdict());
            assertEquals("[syncopate] nightly on nas01: OK (exit " + code + ")", r.defaultSubject());
        }
        RunReport failed = new RunReport("nightly", "nas01", 8, SUMMARY, "", null);
        assertEquals("failure", failed.verdict());
        assertEquals("[syncopate] nightly on nas01: FAILED (exit 8)", failed.defaultSubject());
        assertEquals("failure", new RunReport("nightly", "nas01", 16, null, null, null).verdict());
    }

    @Test
    void bodyIsTheSummaryTableThenTheLogTail() {
        RunReport r = new RunReport("nightly", "nas01", 8, SUMMARY, "line 1\nline 2", Path.of("/var/log/n.log"));
        assertEquals("""
                               Total    Copied   Skipped  Mismatch    FAILED    Extras
                    Dirs :         3         1         2         0         0         0
                   Files :        17        15         0         0         2         1
                   Bytes :     3.9 k     3.9 k         0         0        10         0

                Log file: /var/log/n.log

                Last log lines:
                line 1
                line 2
                """, r.defaultBody());
    }
}
