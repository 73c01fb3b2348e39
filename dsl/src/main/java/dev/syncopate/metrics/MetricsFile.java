package dev.syncopate.metrics;

import dev.syncopate.fs.AtomicFile;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A Prometheus textfile ({@code *.prom}) for node_exporter's textfile collector: checked when a script
 * or command line names it, written when the run has ended.
 *
 * <pre>{@code
 * Path prom = MetricsFile.check("/var/lib/node_exporter/textfile/nightly.prom");  // IllegalArgumentException if unusable
 * ...
 * MetricsFile.write(prom, metrics);   // keeps the previous file's last success times and counters
 * }</pre>
 *
 * <p>Written to a temporary name in the same directory, then renamed over the file: node_exporter
 * reads the directory at any moment and must never see half a file. The temporary name does not end
 * in {@code .prom}, so the collector ignores it even while it is there.
 */
public final class MetricsFile {
    private MetricsFile() {
    }

    /**
     * The file, checked: named {@code *.prom} (the only files the collector reads) and in a directory that
     * exists. The message says what is wrong in a few words ({@code the folder /x does not exist}), for the
     * caller to put after the word or switch; a mistake stops the run before it copies anything.
     */
    public static Path check(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("expected a file name, such as nightly.prom");
        }
        Path p;
        try {
            p = Path.of(path).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("expected a file name: " + e.getReason());
        }
        if (p.getFileName() == null || !p.getFileName().toString().endsWith(".prom")) {
            throw new IllegalArgumentException("not a .prom file: node_exporter's textfile collector reads only *.prom files");
        }
        Path dir = p.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException("a folder, not a file");
        }
        return p;
    }

    /**
     * Replaces the file with {@code m}, carrying on the last success times and run counters of the file
     * it replaces.
     *
     * @throws IOException when it cannot be read or written; the old file is then left as it was
     */
    public static void write(Path file, RunMetrics m) throws IOException {
        PreviousMetrics previous;
        try {
            previous = PreviousMetrics.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            previous = PreviousMetrics.NONE;
        } catch (java.nio.charset.MalformedInputException e) {
            previous = PreviousMetrics.NONE;   // not a file we wrote; replaced whole
        }
        String text = PrometheusText.format(m, previous);
        Path dir = file.getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 Writer w = java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8)) {
                w.write(text);
                w.flush();
                ch.force(true);   // on disk before the rename: a crash leaves the old file or the new one
            }
            readableByAll(tmp);
            AtomicFile.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * rw-r--r--: node_exporter usually runs as its own user, and a temporary file starts private. The
     * metrics hold counts and times, nothing secret.
     */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
