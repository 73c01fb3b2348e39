package dev.syncopate.job;

import dev.syncopate.options.SyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Strict reading: every mistake in a job file is one message with the file and line. */
class JobReaderTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            from: /a\\nmirorr: true                        | nightly.yaml:2: unknown setting 'mirorr' (did you mean 'mirror'?)
            from: /a\\nto: /b\\nmirror: true\\nretires: 2   | nightly.yaml:4: unknown setting 'retires' (did you mean 'retries'?)
            zzz: 1                                        | nightly.yaml:1: unknown setting 'zzz'
            wiat: 5s                                      | nightly.yaml:1: unknown setting 'wiat' (did you mean 'wait'?)
            exclude:\\n  files: [a]\\n  fils: [b]          | nightly.yaml:3: unknown setting 'fils' in 'exclude' (did you mean 'files'?)
            log: {path: x.log, teee: true}                | nightly.yaml:1: unknown setting 'teee' in 'log' (did you mean 'tee'?)
            from: /a\\nfrom: /b                            | nightly.yaml:2: setting 'from' is given twice
            from: /a\\n  bad: : x                          | nightly.yaml:2:6: mapping values are not allowed here
            files: [a, b                                  | nightly.yaml:1:13: while parsing a flow sequence: expected ',' or ']', but got <stream end>
            - a\\n- b                                      | nightly.yaml:1: a job file is a mapping of settings, such as 'mirror: true'
            just text                                     | nightly.yaml:1: a job file is a mapping of settings, such as 'mirror: true'
            retries: abc                                  | nightly.yaml:1: invalid value for 'retries' (expected a whole number)
            retries: 3.5                                  | nightly.yaml:1: invalid value for 'retries' (expected a whole number)
            mirror: maybe                                 | nightly.yaml:1: invalid value for 'mirror' (expected true or false)
            from: [a, b]                                  | nightly.yaml:1: invalid value for 'from' (expected text)
            exclude: '*.tmp'                              | nightly.yaml:1: invalid value for 'exclude' (expected a mapping of settings)
            exclude:\\n  files: {a: b}                     | nightly.yaml:2: invalid value for 'exclude.files' (expected a list of names)
            mirror: true\\n\\nthreads: 200                 | nightly.yaml:3: invalid value for 'threads' (expected a whole number of threads from 1 to 128)
            retries: -1                                   | nightly.yaml:1: invalid value for 'retries' (expected a whole number of retries, 0 or more)
            levels: 0                                     | nightly.yaml:1: invalid value for 'levels' (expected a whole number of levels, 1 or more)
            maxDelete: -5                                 | nightly.yaml:1: invalid value for 'maxDelete' (expected a whole number of entries, 0 or more)
            wait: soon                                    | nightly.yaml:1: invalid value for 'wait' (expected seconds, or a duration such as 5s, 2m or 500ms)
            copy: DAQ                                     | nightly.yaml:1: invalid value for 'copy' (expected copy flags from DATSOU, such as DAT)
            dirCopy: Z                                    | nightly.yaml:1: invalid value for 'dirCopy' (expected copy flags from DATSOU, such as DAT)
            mirror: true\\nage:\\n  min: 1\\n  max: abc    | nightly.yaml:4: invalid value for 'age.max' (expected a number of days below 1900, or a date as YYYYMMDD)
            size:\\n  min: lots                           | nightly.yaml:2: invalid value for 'size.min' (expected a size in bytes, such as 1048576 or 1MB)
            attributes: {include: RZ}                     | nightly.yaml:1: invalid value for 'attributes.include' (expected attribute letters from RASHCNETO)
            exclude:\\n  files: ['']                       | nightly.yaml:2: invalid value for 'exclude.files' (expected names or wildcards, not an empty entry)
            log: {path: ''}                               | nightly.yaml:1: invalid value for 'log.path' (an empty path, which would mean the current directory; is a variable unset?)
            """)
    void refused(String yaml, String message) {
        JobFileException e = assertThrows(JobFileException.class,
                () -> JobReader.parse(yaml.replace("\\n", "\n"), "nightly.yaml"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptyAndCommentOnlyFilesSetNothing() {
        assertEquals(JobFile.EMPTY, JobReader.parse("", "a.yaml"));
        assertEquals(JobFile.EMPTY, JobReader.parse("# nothing here yet\n", "a.yaml"));
        assertEquals(JobFile.EMPTY, JobReader.parse("~\n", "a.yaml"));
    }

    @Test
    void friendlyForms() {
        JobFile job = JobReader.parse("""
                from: /a
                to: /b
                files: '*.txt'
                size: {min: 1k, max: 10MB}
                age: {max: 20240131}
                wait: 2m
                """, "a.yaml");
        SyncOptions o = JobMapping.toOptions(job);
        assertEquals(List.of("*.txt"), o.selection().filePatterns());
        assertEquals(1024, o.selection().minSize());
        assertEquals(10L << 20, o.selection().maxSize());
        assertEquals("20240131", o.selection().maxAge().text());
        assertEquals(Duration.ofMinutes(2), o.waitTime());
        assertEquals(Duration.ofSeconds(7), JobMapping.toOptions(JobReader.parse("from: a\nto: b\nwait: 7", "a.yaml"))
                .waitTime());
    }

    @Test
    void filesAreNamedAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nightly.yaml");
        Files.writeString(file, "mirorr: true\n");
        JobFileException e = assertThrows(JobFileException.class, () -> JobReader.read(file));
        assertEquals(file + ":1: unknown setting 'mirorr' (did you mean 'mirror'?)", e.getMessage());
        assertEquals("job file " + dir.resolve("x.yaml") + " not found",
                assertThrows(JobFileException.class, () -> JobReader.read(dir.resolve("x.yaml"))).getMessage());
    }
}
