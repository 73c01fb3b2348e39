package dev.syncopate.process;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code crontab} and {@code systemctl} for the installers, and {@code syncopate check} before a
 * schedule is written; tests pass a fake that records the
 * calls and answers as the real tools would.
 *
 * <pre>{@code
 * ProcessRunner.Result r = ProcessRunner.SYSTEM.run(List.of("crontab", "-l"), "");
 * if (r.exitCode() == 0) { ... r.stdout() ... }
 * }</pre>
 */
@FunctionalInterface
public interface ProcessRunner {
    /** The real processes: stdin from the given text, both outputs read to the end, at most a minute. */
    ProcessRunner SYSTEM = (command, stdin) -> runProcess(command, stdin, null);

    /** The real processes, started in {@code directory}. */
    static ProcessRunner in(Path directory) {
        return (command, stdin) -> runProcess(command, stdin, directory.toFile());
    }

    /**
     * Runs the command to its end.
     *
     * @throws IOException when it cannot be started, e.g. the program is not installed
     */
    Result run(List<String> command, String stdin) throws IOException;

    /** Exit code and the two outputs as text. */
    record Result(int exitCode, String stdout, String stderr) {
        /** stderr, else stdout, on one line: what the tool said when it failed. */
        public String said() {
            String s = stderr.isBlank() ? stdout : stderr;
            return s.strip().replaceAll("\\s*\\R\\s*", "; ");
        }
    }

    private static Result runProcess(List<String> command, String stdin, File directory) throws IOException {
        Process p = new ProcessBuilder(command).directory(directory).start();
        // the tools write in the platform's encoding, which need not be the JVM's default
        Charset cs = Charset.forName(System.getProperty("native.encoding"), Charset.defaultCharset());
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream(), cs));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream(), cs));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(cs));
        } catch (IOException closedEarly) {
            // the program did not read its input; its exit code and stderr tell why
        }
        try {
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within a minute");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String read(InputStream in, Charset cs) {
        try (in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(cs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
