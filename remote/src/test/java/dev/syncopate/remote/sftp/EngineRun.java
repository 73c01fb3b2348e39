package dev.syncopate.remote.sftp;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.sync.SyncResult;
import dev.syncopate.sync.SyncRunner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One run of the real engine with its log captured, for the SFTP tests.
 *
 * <pre>{@code
 * EngineRun run = EngineRun.of(EngineRun.options(local, root.path(), root).mirror());
 * assertEquals(1, run.exitCode(), run.log());
 * }</pre>
 *
 * @param exitCode the Robocopy-style exit code
 * @param result   the engine's result (summary counts)
 * @param log      what the engine printed on out and err
 */
record EngineRun(int exitCode, SyncResult result, String log) {

    /** Options from source to destination with the remote root's time granularity, as the DSL sets them. */
    static SyncOptions.Builder options(Path source, Path destination, RemoteRoot root) {
        // A short wait: the tests' failures are permanent, and the suite must stay fast.
        return SyncOptions.builder(source, destination).emptyDirs().retries(1).waitTime(Duration.ofMillis(200))
                .timeGranularity(new TimeGranularity(root.timeGranularity(), root.timeGranularityReason()));
    }

    static EngineRun of(SyncOptions.Builder options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SyncResult r = SyncRunner.run(options.build(), out, out);
        out.flush();
        return new EngineRun(r.exitCode(), r, bytes.toString(StandardCharsets.UTF_8));
    }

    long filesCopied() {
        return result.summary().files().copied();
    }
}
