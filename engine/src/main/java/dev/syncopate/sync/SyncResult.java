package dev.syncopate.sync;

import dev.syncopate.event.Summary;

/**
 * The outcome of one run: Robocopy's exit bitmask and the summary table's numbers.
 *
 * <pre>{@code
 * SyncResult r = SyncRunner.run(options, System.out, System.err);
 * System.exit(r.exitCode());
 * }</pre>
 */
public record SyncResult(int exitCode, Summary summary) {
}
