package dev.syncopate.dsl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Removes the run logs ({@link RunLog}) of runs that are gone: a run killed with {@code kill -9}, or
 * by the power going, never deletes its own. A log's name carries the pid of its run,
 * {@code syncopate-<script>-<pid>-<n>.log}; the run is gone when no process has that pid, or when
 * the process that has it started after the log was last written (the pid was reused, as in
 * containers where every run is pid 7). This process's own pid counts as gone for a log it does
 * not have open. Logs of other users cannot be deleted and are left alone.
 *
 * <pre>{@code
 * StaleRunLogs.remove(Path.of(System.getProperty("java.io.tmpdir")), openLogs);
 * }</pre>
 */
final class StaleRunLogs {
    private StaleRunLogs() {
    }

    /** Deletes the stale run logs in {@code dir}; never fails the run that calls it. */
    static void remove(Path dir, Set<Path> ownOpen) {
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "syncopate-*-*-*.log")) {
            for (Path log : logs) {
                long pid = pid(log.getFileName().toString());
                if (pid > 0 && (pid == self ? !ownOpen.contains(log) : gone(pid, log))) {
                    try {
                        Files.deleteIfExists(log);
                    } catch (IOException e) {
                        // another user's, or gone meanwhile: not ours to worry about
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a temporary directory that cannot be listed leaves the leftovers where they are
        }
    }

    /** The pid in {@code syncopate-<script>-<pid>-<n>.log}, or -1 for another name. */
    static long pid(String name) {
        String stem = name.substring(0, name.length() - ".log".length());
        int n = stem.lastIndexOf('-');
        int p = n <= 0 ? -1 : stem.lastIndexOf('-', n - 1);
        if (p <= "syncopate".length()) {
            return -1;
        }
        try {
            Integer.parseInt(stem.substring(n + 1));
            return Long.parseLong(stem.substring(p + 1, n));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean gone(long pid, Path log) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        // A second of slack: the start time comes from the kernel's clock ticks, the mtime from the file system.
        return started.isPresent()
                && started.get().isAfter(Files.getLastModifiedTime(log).toInstant().plusSeconds(1));
    }
}
