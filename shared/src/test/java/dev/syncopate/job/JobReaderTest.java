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
            mirror: 3                                     | nightly.yaml:1: invalid value for 'mirror' (expected true or false)
            mirror: yes                                   | nightly.yaml:1: invalid value for 'mirror' (expected true or false)
            mirror: on                                    | nightly.yaml:1: invalid value for 'mirror' (expected true or false)
            mirror: 'true'                                | nightly.yaml:1: invalid value for 'mirror' (expected true or false)
            skip: {older: 1}                              | nightly.yaml:1: invalid value for 'skip.older' (expected true or false)
            log: {append: 'yes'}                          | nightly.yaml:1: invalid value for 'log.append' (expected true or false)
            threads: ''                                   | nightly.yaml:1: invalid value for 'threads' (expected a whole number)
            threads: null                                 | nightly.yaml:1: invalid value for 'threads' (no value; give one, or leave the key out)
            from: /a\\nthreads:\\nto: /b                     | nightly.yaml:2: invalid value for 'threads' (no value; give one, or leave the key out)
            retries: '3'                                  | nightly.yaml:1: invalid value for 'retries' (expected a whole number)
            retries: true                                 | nightly.yaml:1: invalid value for 'retries' (expected a whole number)
            exclude:\\n  files: 3                          | nightly.yaml:2: invalid value for 'exclude.files' (expected a list of names)
            exclude: {dirs: [Temp, 2024]}                 | nightly.yaml:1: invalid value for 'exclude.dirs' (expected a list of names)
            files: ''                                     | nightly.yaml:1: invalid value for 'files' (expected names or wildcards, not an empty entry)
            exclude:                                      | nightly.yaml:1: invalid value for 'exclude' (no value; give one, or leave the key out)
            exclude: {files: [a], dirs: ~}                | nightly.yaml:1: invalid value for 'exclude.dirs' (no value; give one, or leave the key out)
            from: true                                    | nightly.yaml:1: invalid value for 'from' (expected text)
            to: 2024                                      | nightly.yaml:1: invalid value for 'to' (expected text)
            from: /a\\n\\nthreads: 99999999999              | nightly.yaml:3: invalid value for 'threads' (expected a whole number of threads from 1 to 128)
            retries: 99999999999999999999                 | nightly.yaml:1: invalid value for 'retries' (expected a whole number of retries, 0 or more)
            maxDelete: 99999999999999999999               | nightly.yaml:1: invalid value for 'maxDelete' (expected a whole number of entries, 0 or more)
            levels: -99999999999                          | nightly.yaml:1: invalid value for 'levels' (expected a whole number of levels, 1 or more)
            from: /a\\n---\\nto: /b                        | nightly.yaml:3: a second YAML document starts here; the file must hold only one
            from: /a\\n---\\n                              | nightly.yaml:3: a second YAML document starts here; the file must hold only one
            mirror: !foo true                             | nightly.yaml:1: unknown YAML tag '!foo' (write the value without a tag)
            from: !!python/object x                       | nightly.yaml:1: unknown YAML tag '!!python/object' (write the value without a tag)
            from: &src /a\\nto: *src                       | nightly.yaml:2: YAML alias '*src' is not supported (write the value out)
            """)
    void refused(String yaml, String message) {
        JobFileException e = assertThrows(JobFileException.class,
                () -> JobReader.parse(yaml.replace("\\n", "\n"), "nightly.yaml"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void deepNestingIsOneLineWithTheLineWhereItGoesTooDeep() {
        String flow = "from: /a\nfiles: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        StringBuilder block = new StringBuilder("from: /a\nexclude:\n");
        for (int depth = 1; depth <= 2_000; depth++) {
            block.append("  ".repeat(depth)).append("files:\n");
        }
        assertEquals("nightly.yaml:2: nested too deeply (more than 100 levels of lists and mappings)",
                assertThrows(JobFileException.class, () -> JobReader.parse(flow, "nightly.yaml")).getMessage());
        assertEquals("nightly.yaml:102: nested too deeply (more than 100 levels of lists and mappings)",
                assertThrows(JobFileException.class, () -> JobReader.parse(block.toString(), "nightly.yaml")).getMessage());
    }

    @Test
    void booleansAreTrueOrFalseAndNamesAreText() {
        JobFile job = JobReader.parse("""
                mirror: true
                purge: false
                checksum: True
                exclude: {dirs: [!!str 2024, 'yes', 'on', '3']}
                size: {max: 1048576}
                wait: 7
                """, "a.yaml");
        assertEquals(Boolean.TRUE, job.mirror());
        assertEquals(Boolean.FALSE, job.purge());
        assertEquals(Boolean.TRUE, job.checksum());   // YAML 1.2 spells true also True and TRUE
        assertEquals(List.of("2024", "yes", "on", "3"), job.exclude().dirs());
        assertEquals("1048576", job.size().max());
        assertEquals("7", job.waitTime());
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
