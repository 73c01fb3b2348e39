package dev.syncopate.dsl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run log: everything the run printed, stdout and stderr, in one file ({@code SYNCOPATE_LOG}), so a
 * command can mail or archive it and a failed alert is on record. It lives in the temporary directory,
 * {@code syncopate-<script>-<pid>-<n>.log}, and is deleted when the run ends; one that a killed run
 * left behind is removed when the next run starts ({@link StaleRunLogs}). Alerts do not name it:
 * it is gone by the time someone reads the mail.
 *
 * <pre>{@code
 * RunLog log = RunLog.open("nightly.sync.groovy");
 * PrintStream out = log.tee(System.out);
 * }</pre>
 */
final class RunLog implements AutoCloseable {
    private final Path path;
    private final OutputStream file;

    private RunLog(Path path, OutputStream file) {
        this.path = path;
        this.file = file;
    }

    /** A new run log, or one that records nothing when no temporary file can be made. */
    static RunLog open(String script) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        StaleRunLogs.remove(dir, OPEN);
        try {
            Path p = create(dir, script.replaceAll("[^A-Za-z0-9._-]", "_"));
            OPEN.add(p);
            return new RunLog(p, Files.newOutputStream(p));
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /** The run logs this process has open: runs in one JVM (tests, training) must not take each other's for stale. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Creates {@code syncopate-<script>-<pid>-<n>.log} readable by its owner only. Not
     * {@code Files.createTempFile}: its random name seeds a SecureRandom, 35-50 ms of a
     * half-second start. CREATE_NEW keeps the name from being taken over.
     */
    private static Path create(Path dir, String script) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        long pid = ProcessHandle.current().pid();
        for (int n = 0; ; n++) {
            Path p = dir.resolve("syncopate-" + script + "-" + pid + "-" + n + ".log");
            try {
                return posix
                        ? Files.createFile(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (n > 1000) {
                    throw taken;
                }
            }
        }
    }

    /** No file: {@code check} runs, and runs where the temporary directory is not writable. */
    static RunLog none() {
        return new RunLog(null, OutputStream.nullOutputStream());
    }

    /** The file, or null. */
    Path path() {
        return path;
    }

    /** {@code out} and the file. */
    PrintStream tee(PrintStream out) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
                synchronized (file) {
                    try {
                        file.write(b);
                    } catch (IOException e) {
                        // the console has it; the run log is a copy
                    }
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
                synchronized (file) {
                    try {
                        file.write(b, off, len);
                    } catch (IOException e) {
                        // as above
                    }
                }
            }

            @Override
            public void flush() {
                out.flush();
                synchronized (file) {
                    try {
                        file.flush();
                    } catch (IOException e) {
                        // as above
                    }
                }
            }
        }, true, out.charset());
    }

    /** Closes and deletes the file: it serves the run's own commands and alerts, and would pile up otherwise. */
    @Override
    public void close() {
        try {
            file.close();
            if (path != null) {
                Files.deleteIfExists(path);
                OPEN.remove(path);
            }
        } catch (IOException e) {
            // nothing left to tell
        }
    }
}
