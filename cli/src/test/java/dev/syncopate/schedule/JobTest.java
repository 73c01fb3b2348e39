package dev.syncopate.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The run command a scheduler starts, and the job's name. */
class JobTest {
    private static Job job(TimeLimit limit, List<String> options) {
        return new Job("nightly", Path.of("/opt/s/scripts/syncopate"), Path.of("/etc/n.sync.groovy"),
                Path.of("/var/log/n.log"), limit, options);
    }

    @Test
    void runGetsTheTimeoutThenTheOptionsThenTheScript() {
        assertEquals(List.of("run", "--timeout", "3h55m", "--exit-codes", "simple", "-P", "a=b", "/etc/n.sync.groovy"),
                job(TimeLimit.DEFAULT, List.of("--exit-codes", "simple", "-P", "a=b")).runArguments());
        assertEquals(List.of("run", "/etc/n.sync.groovy"), job(TimeLimit.parse("none"), List.of()).runArguments());
    }

    @Test
    void aLineBreakInAPathIsRefused() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> new Job("n", Path.of("/opt/syncopate"),
                Path.of("/etc/a\nb.sync.groovy"), Path.of("/var/log/n.log"), TimeLimit.DEFAULT, List.of()));
        assertEquals("cannot schedule a path with a line break in it: /etc/a\nb.sync.groovy", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /etc/nightly.sync.groovy          | nightly
            /etc/Nightly Backup.SYNC.GROOVY   | Nightly-Backup
            /etc/it's 100%.sync.groovy        | it-s-100
            /etc/photos.groovy                | photos
            /etc/photos.sync.yaml             | photos
            /etc/Photos.SYNC.YML              | Photos
            /etc/photos.yaml                  | photos
            /etc/v1.2_release.sync.groovy     | v1.2_release
            /etc/.hidden.sync.groovy          | hidden
            /etc/ünïcode.sync.groovy          | n-code
            /etc/%%%.sync.groovy              | job
            /etc/plain                        | plain
            """)
    void theDefaultNameIsTheFileNameReduced(String script, String name) {
        assertEquals(name, Job.nameFor(Path.of(script)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a b    | "--name a b: use letters, digits, '_', '.' and '-' only, not first '.' or '-'"
            -x     | "--name -x: use letters, digits, '_', '.' and '-' only, not first '.' or '-'"
            ..     | "--name ..: use letters, digits, '_', '.' and '-' only, not first '.' or '-'"
            a/b    | "--name a/b: use letters, digits, '_', '.' and '-' only, not first '.' or '-'"
            """)
    void aGivenNameMustBeSafeInFileNames(String name, String message) {
        assertEquals(message, assertThrows(ScheduleException.class, () -> Job.checkName(name)).getMessage());
        assertEquals("nightly-2.b_c", Job.checkName("nightly-2.b_c"));
    }
}
