package dev.syncopate.remote;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One run of the real engine with its log captured, for the SFTP and SMB tests.
 *
 * <pre>{@code
 * EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).mirror());
 * EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
 * assertEquals(1, run.exitCode(), run.log());
 * assertEquals(Trees.contents(local, TO_THE_SECOND), Trees.contents(remoteDir, TO_THE_SECOND));
 * }</pre>
 *
 * @param exitCode the Robocopy-style exit code
 * @param result   the engine's result (summary counts)
 * @param log      what the engine printed on out and err
 */
public record EngineRun(int exitCode, SyncResult result, String log) {
    /** The modification times SFTP v3 keeps, for {@code Trees.contents(dir, TO_THE_SECOND)}. */
    public static final Duration TO_THE_SECOND = Duration.ofSeconds(1);
    /** The modification times SMB keeps, for {@code Trees.contents(dir, TO_100_NS)}. */
    public static final Duration TO_100_NS = Duration.ofNanos(100);

    /** Options from source to destination with the remote root's time granularity, as the DSL sets them. */
    public static SyncOptions.Builder options(Path source, Path destination, RemoteRoot root) {
        // A short wait: the tests' failures are permanent, and the suite must stay fast.
        return SyncOptions.builder(source, destination).emptyDirs().retries(1).waitTime(Duration.ofMillis(200))
                .timeGranularity(granularity(root));
    }

    /** Runs {@code options} with the granularity the opened root reports. */
    public static EngineRun of(SyncOptions.Builder options, RemoteRoot root) {
        return of(options.timeGranularity(granularity(root)));
    }

    public static EngineRun of(SyncOptions.Builder options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SyncResult r = SyncRunner.run(options.build(), out, out);
        out.flush();
        return new EngineRun(r.exitCode(), r, bytes.toString(StandardCharsets.UTF_8));
    }

    private static TimeGranularity granularity(RemoteRoot root) {
        return new TimeGranularity(root.timeGranularity(), root.timeGranularityReason());
    }

    public long filesCopied() {
        return result.summary().files().copied();
    }
}
