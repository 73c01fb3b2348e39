package dev.syncopate.dsl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleRunLogsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syncopate-nightly.sync.groovy-4242-0.log   | 4242
            syncopate-my-backup.sync.groovy-17-12.log  | 17
            syncopate-x-1-y.sync.yaml-99-3.log         | 99
            syncopate-nightly.sync.groovy-4242.log     | -1
            syncopate-nightly.sync.groovy-abc-0.log    | -1
            syncopate-training-run-1-0.log             | 1
            """)
    void thePidComesFromTheEndOfTheName(String name, long pid) {
        assertEquals(pid, StaleRunLogs.pid(name));
    }

    /**
     * This process's pid on a log it does not have open means an earlier process with the same pid
     * (a container restarted) left it: removed. Its own open log, another user's file name pattern,
     * and a log of a live process that started before the log was written stay.
     */
    @Test
    void removesLogsOfGoneRunsOnly(@TempDir Path dir) throws Exception {
        long self = ProcessHandle.current().pid();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path open = log(dir, "syncopate-a.sync.groovy-" + self + "-0.log");
        Path leftOver = log(dir, "syncopate-a.sync.groovy-" + self + "-1.log");
        Path parentsLive = log(dir, "syncopate-b.sync.groovy-" + parent + "-0.log");
        Path dead = log(dir, "syncopate-c.sync.groovy-" + deadPid() + "-0.log");
        Path other = log(dir, "syncopate-notes.txt");

        StaleRunLogs.remove(dir, Set.of(open));

        assertTrue(Files.exists(open));
        assertFalse(Files.exists(leftOver), "same pid, not open here: an earlier process's");
        assertTrue(Files.exists(parentsLive), "a live process that started before its log");
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(other));
    }

    private static Path log(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x");
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
