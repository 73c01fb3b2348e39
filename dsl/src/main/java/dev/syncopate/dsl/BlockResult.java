package dev.syncopate.dsl;

import dev.syncopate.event.Summary;

/**
 * What a {@code sync} block returns, so later lines can react: Robocopy's exit code, the summary table's
 * numbers ({@code summary.files.copied}, {@code summary.bytes.total}, {@code summary.dirs.extras}, ...)
 * and the block's log text.
 *
 * <pre>{@code
 * def docs = sync('docs') { from '/srv/docs'; to '/mnt/nas/docs' }
 * if (docs.exitCode < 8) println "copied ${docs.summary.files.copied} files"
 * }</pre>
 */
public final class BlockResult {
    private final String name;
    private final int exitCode;
    private final Summary summary;
    private final BlockLog log;

    BlockResult(String name, int exitCode, Summary summary, BlockLog log) {
        this.name = name;
        this.exitCode = exitCode;
        this.summary = summary;
        this.log = log;
    }

    /** The block's name, {@code sync('docs')}, or null. */
    public String getName() {
        return name;
    }

    /** The bitmask: 1 copied, 2 extras, 4 mismatches, 8 failures, 16 fatal (or a mistake in the block). */
    public int getExitCode() {
        return exitCode;
    }

    /**
     * The Dirs, Files and Bytes rows of the log's summary table, each with total, copied, skipped,
     * mismatch, failed and extras.
     */
    public Summary getSummary() {
        return summary;
    }

    /** The block's log. */
    public BlockLog getLog() {
        return log;
    }

    @Override
    public String toString() {
        return "sync" + (name == null ? "" : " '" + name + "'") + ": exit code " + exitCode;
    }
}
