package dev.syncopate.sync;

import dev.syncopate.fs.PathDisplay;
import dev.syncopate.options.Scope;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.select.NamePatterns;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The refusals that a pair of endpoints earns before anything is opened or written, in one place that
 * every front end passes through ({@link SyncRunner}, and {@link Preflight} for callers of the engine
 * itself); the DSL asks here too, to put its file and line in front.
 *
 * <ul>
 *   <li>An empty (or blank) source or destination: {@code Path.of("")} is the current directory, so an
 *       unset variable would mirror or purge wherever the job happened to start.</li>
 *   <li>The same directory on both sides, always.</li>
 *   <li>One side inside the other when the run may delete or move ({@code /PURGE /MIR /MOV /MOVE}): the
 *       source's own files in the nested destination would be purged as extras, or the destination
 *       around a nested source. Allowed when an {@code /XD} exclusion covers the nested directory
 *       (rclone's rule for overlapping remotes): then neither walk touches it.</li>
 * </ul>
 * A plain copy into a directory inside the source is allowed: the walk skips the destination (and the
 * log says so once, {@link #skippedDestination}).
 *
 * <pre>{@code
 * EndpointCheck.refusal(options).ifPresent(line -> err.println("syncopate: " + line));
 * // the destination /srv/s/sub is inside the source /srv/s: refusing /MIR or /PURGE (mirror(), purge()) ...
 * }</pre>
 */
public final class EndpointCheck {
    /** Why an empty path is refused, after {@code invalid source: } or a setting's name. */
    public static final String EMPTY_PATH =
            "an empty path, which would mean the current directory; is a variable unset?";

    private EndpointCheck() {
    }

    /** The one-line reason this run must not start, or empty when its endpoints are safe. */
    public static Optional<String> refusal(SyncOptions options) {
        if (options.source().toString().isBlank()) {
            return Optional.of("invalid source: " + EMPTY_PATH);
        }
        if (options.destination().toString().isBlank()) {
            return Optional.of("invalid destination: " + EMPTY_PATH);
        }
        Overlap o = Overlap.between(options.source(), options.destination());
        if (o == null) {
            return Optional.empty();
        }
        String src = show(options.source());
        String dst = show(options.destination());
        if (o.kind() == Overlap.Kind.SAME) {
            return Optional.of("the source and the destination are the same directory: " + src);
        }
        String risky = risky(options.scope());
        if (risky == null || excluded(o, options)) {
            return Optional.empty();
        }
        String where = o.kind() == Overlap.Kind.DESTINATION_INSIDE_SOURCE
                ? "the destination " + dst + " is inside the source " + src
                : "the source " + src + " is inside the destination " + dst;
        String rel = o.relative();
        return Optional.of(where + ": refusing " + risky + " on overlapping directories; exclude it (/XD " + rel
                + ", exclude dirs: '" + rel + "') or choose directories that do not overlap");
    }

    /**
     * The destination's place inside the source ({@code backup/today}) when the walk will skip it, for a
     * note in the log; empty when the destination is not inside the source or an exclusion hides it anyway.
     */
    static Optional<String> skippedDestination(SyncOptions options) {
        Overlap o = Overlap.between(options.source(), options.destination());
        if (o == null || o.kind() != Overlap.Kind.DESTINATION_INSIDE_SOURCE || excluded(o, options)) {
            return Optional.empty();
        }
        return Optional.of(o.relative());
    }

    /** The switch that may delete or move, named as the command line and the DSL do; null for a copy. */
    private static String risky(Scope scope) {
        if (scope.purge()) {
            return "/MIR or /PURGE (mirror(), purge())";
        }
        if (scope.moveDirs()) {
            return "/MOVE (move())";
        }
        if (scope.moveFiles()) {
            return "/MOV (moveFiles())";
        }
        return null;
    }

    /** True when an {@code /XD} pattern matches the nested directory or one of the directories leading to it. */
    private static boolean excluded(Overlap o, SyncOptions options) {
        NamePatterns xd = NamePatterns.of(options.selection().excludeDirs());
        if (xd.isEmpty()) {
            return false;
        }
        Path outer = (o.kind() == Overlap.Kind.DESTINATION_INSIDE_SOURCE ? options.source() : options.destination())
                .toAbsolutePath().normalize();
        StringBuilder rel = new StringBuilder();
        for (String name : o.inner()) {
            rel.append(rel.isEmpty() ? "" : "/").append(name);
            outer = outer.resolve(name);
            if (xd.matches(name, rel.toString(), outer.toString().replace('\\', '/'))) {
                return true;
            }
        }
        return false;
    }

    private static String show(Path p) {
        return PathDisplay.of(p.toAbsolutePath().normalize());
    }
}
