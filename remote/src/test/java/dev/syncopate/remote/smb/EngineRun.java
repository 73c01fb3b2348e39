package dev.syncopate.remote.smb;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.TimeGranularity;
import dev.syncopate.remote.RemoteRoot;
import dev.syncopate.sync.SyncRunner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the real engine, with what it printed.
 *
 * <pre>{@code
 * EngineRun r = EngineRun.of(SyncOptions.builder(src, root.path()).mirror(), root);
 * assertEquals(1, r.exitCode(), r.log());
 * }</pre>
 *
 * @param exitCode the Robocopy-style exit code
 * @param log      stdout and stderr together
 */
record EngineRun(int exitCode, String log) {

    /** Runs {@code options} with the granularity the opened share reports. */
    static EngineRun of(SyncOptions.Builder options, RemoteRoot root) {
        return run(options.timeGranularity(new TimeGranularity(root.timeGranularity(), root.timeGranularityReason())));
    }

    static EngineRun run(SyncOptions.Builder options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = SyncRunner.run(options.build(), out, out).exitCode();
        return new EngineRun(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
