package dev.syncopate.dsl;

import dev.syncopate.event.Summary;
import dev.syncopate.monitor.Monitor;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.OpenedLocations;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.settings.Setting;
import dev.syncopate.sync.EndpointCheck;
import dev.syncopate.sync.SyncResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs one {@code sync} block whose closure has been read: checks it, works out a snapshot's folders,
 * opens its remote locations ({@link OpenedLocations}), calls the engine with the block's log captured,
 * closes them, applies snapshot retention, then the block's {@code onExitCode}. Under {@code check} it
 * stops after the checks, which include logging in to each remote location once.
 *
 * <pre>{@code
 * BlockResult r = BlockRunner.run(context, settings);   // SettingError if the block is wrong
 * }</pre>
 */
final class BlockRunner {
    private BlockRunner() {
    }

    static BlockResult run(ScriptContext context, BlockSettings s) {
        validate(context, s);
        context.countBlock();
        if (context.checking()) {
            checkSource(context, s);
            if (!s.isRemote() && s.to != null) {
                refuseUnsafeEnds(context, s, s.toOptions(s.to, null, true, null));
            }
            checkRemotes(context, s);
            return new BlockResult(s.name, 0, Summary.EMPTY, new BlockLog(""));
        }
        if (context.settings().stop().stopped()) {
            return notStarted(context, s);
        }
        boolean listOnly = context.settings().dryRun() || s.settings.on(Setting.DRY_RUN);
        Snapshot snapshot = s.snapshotInto == null ? null : snapshot(context, s);
        // Where hard links are impossible the engine copies instead, and says so once in the log.
        Path destination = snapshot == null ? s.to : snapshot.destination();
        if (listOnly && destination != null && !java.nio.file.Files.exists(destination)) {
            context.wouldCreate(destination);
        }
        SyncOptions options = s.toOptions(destination, snapshot == null ? null : snapshot.previous(), listOnly,
                s.hooks.hasFileHooks() ? new BlockHooks(context, s.hooks) : null);
        OpenedLocations opened;
        try {
            opened = OpenedLocations.open(BlockEnds.source(context, s), BlockEnds.destination(context, s, destination),
                    context.settings().remotes());
        } catch (RemoteException e) {
            return unreachable(context, s, e);
        }
        // A local-only block keeps its options exactly as built.
        SyncOptions run = s.isRemote() ? opened.applyTo(options) : options;
        try {
            refuseUnsafeEnds(context, s, run);
        } catch (SettingError e) {
            opened.close();
            throw e;
        }
        LogCapture capture = LogCapture.start(context.out(), s.logFile, s.logAppend);
        SyncResult r;
        int code;
        try (opened) {
            Function<SyncOptions, SyncResult> pass = o -> context.settings().engine().run(o, capture.console(),
                    context.settings().err(), context.alerting().secrets().asFilter(), context.settings().stop());
            if (s.watch == null || listOnly) {
                // A dry run shows one pass: watching would only list the same changes again.
                r = pass.apply(run);
                code = r.exitCode();
            } else {
                SyncResult[] last = new SyncResult[1];
                code = Monitor.watch(s.watch, run, context.settings().stop(), capture.console(),
                        o -> (last[0] = pass.apply(o)).exitCode());
                r = last[0] == null ? new SyncResult(code, Summary.EMPTY) : last[0];
            }
        }
        if (snapshot != null) {
            code |= snapshot.retain(context, code, listOnly, capture.console());
        }
        return finish(context, s, new BlockResult(s.name, code, r.summary(), capture.finish()));
    }

    /**
     * A block reached after the run was stopped ({@code --timeout}) copies nothing and counts as
     * failed (8): its files were not backed up tonight. Its {@code onExitCode} still runs.
     */
    private static BlockResult notStarted(ScriptContext context, BlockSettings s) {
        context.problem(ScriptLines.at(context.file(), s.line) + ": sync" + (s.name == null ? "" : " '" + s.name + "'")
                + " not started: " + context.settings().stop().reason(), null);
        return finish(context, s, new BlockResult(s.name, 8, Summary.EMPTY, new BlockLog("")));
    }

    /**
     * A block whose remote location could not be opened: nothing was copied or deleted, exit 16. The one
     * line goes to stderr and into the block's log (its file too), so {@code log.tail()} in an alert shows
     * why; {@code onExitCode} still runs and the script goes on.
     */
    private static BlockResult unreachable(ScriptContext context, BlockSettings s, RemoteException e) {
        String line = context.alerting().secrets().mask(where(context, s) + ": " + e.getMessage());
        context.problem(line, e);
        String logged = "syncopate: " + line + System.lineSeparator();
        BlockLogFile.append(s.logFile, s.logAppend, logged);
        return finish(context, s, new BlockResult(s.name, 16, Summary.EMPTY, new BlockLog(logged)));
    }

    /** {@code nightly.sync.groovy:3: sync 'docs'}: how a block's own failures start. */
    private static String where(ScriptContext context, BlockSettings s) {
        return ScriptLines.at(context.file(), s.line) + ": sync" + (s.name == null ? "" : " '" + s.name + "'");
    }

    private static BlockResult finish(ScriptContext context, BlockSettings s, BlockResult result) {
        int code = result.getExitCode();
        context.add(code);
        context.finished(result);
        if (s.logFile != null) {
            context.keptLog(s.logFile);
        }
        for (Hook handler : s.hooks.onExitCode) {
            handler.onExitCode(code, context.script());
        }
        return result;
    }

    /** What can only be judged once the whole block was read; reported at the {@code sync} line. */
    private static void validate(ScriptContext context, BlockSettings s) {
        if (s.from == null && s.remoteFrom == null) {
            throw error(context, s, "sync block has no source ('from')");
        }
        boolean to = s.to != null || s.remoteTo != null;
        if (!to && s.snapshotInto == null) {
            throw error(context, s, "sync block has no destination ('to', or 'snapshot into:')");
        }
        if (to && s.snapshotInto != null) {
            throw error(context, s, "sync block has both 'to' and 'snapshot'; a snapshot makes its own destination");
        }
        try {
            BlockEnds.source(context, s);
            if (s.remoteTo != null) {
                BlockEnds.destination(context, s, null);
            }
        } catch (IllegalArgumentException e) {
            throw error(context, s, e.getMessage());
        }
    }

    /**
     * {@code check} on a block with remote locations: connect, verify the host key and log in once, and see
     * that a remote source exists, so an admin learns tonight's problem today. Closed again at once.
     */
    private static void checkRemotes(ScriptContext context, BlockSettings s) {
        if (!s.isRemote()) {
            return;
        }
        OpenedLocations.End from = BlockEnds.source(context, s);
        OpenedLocations.End to = BlockEnds.destination(context, s, s.to);
        try (OpenedLocations opened = OpenedLocations.open(from, to, context.settings().remotes())) {
            String problem = from.isRemote() ? opened.sourceProblem() : null;
            if (problem != null) {
                throw new SettingError(where(context, s) + ": the source " + problem);
            }
            if (s.to != null || s.remoteTo != null) {
                refuseUnsafeEnds(context, s, opened.applyTo(s.toOptions(s.to, null, true, null)));
            }
        } catch (RemoteException e) {
            throw new SettingError(context.alerting().secrets().mask(where(context, s) + ": " + e.getMessage()));
        }
    }

    /**
     * The engine's own refusal of these ends ({@link EndpointCheck}: the same directory, or one inside the
     * other under a purge or move), at the block's line; the engine would refuse too, without the line.
     */
    private static void refuseUnsafeEnds(ScriptContext context, BlockSettings s, SyncOptions options) {
        var refusal = EndpointCheck.refusal(options);
        if (refusal.isPresent()) {
            throw error(context, s, refusal.get());
        }
    }

    private static void checkSource(ScriptContext context, BlockSettings s) {
        if (s.from == null) {
            if (s.snapshotInto != null) {
                snapshot(context, s);
            }
            return;
        }
        if (!Files.exists(s.from)) {
            throw error(context, s, "the source " + s.from + " does not exist");
        }
        if (!Files.isDirectory(s.from)) {
            throw error(context, s, "the source " + s.from + " is not a directory");
        }
        if (s.snapshotInto != null) {
            snapshot(context, s);
        }
    }

    private static Snapshot snapshot(ScriptContext context, BlockSettings s) {
        try {
            return Snapshot.plan(context, s.snapshotInto, s.snapshotKeep);
        } catch (IllegalArgumentException e) {
            throw error(context, s, "snapshot: " + e.getMessage());
        } catch (IOException e) {
            throw error(context, s, "snapshot: cannot list " + s.snapshotInto + ": " + e.getMessage());
        }
    }

    private static SettingError error(ScriptContext context, BlockSettings s, String message) {
        return new SettingError(ScriptLines.at(context.file(), s.line) + ": " + message);
    }
}
