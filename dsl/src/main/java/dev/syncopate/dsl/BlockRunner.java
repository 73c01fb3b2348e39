package dev.syncopate.dsl;

import dev.syncopate.options.SyncOptions;
import dev.syncopate.summary.Summary;
import dev.syncopate.sync.SyncResult;
import groovy.lang.Closure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one {@code sync} block whose closure has been read: checks it, works out a snapshot's folders,
 * calls the engine with the block's log captured, applies snapshot retention, then the block's
 * {@code onExitCode}. Under {@code check} it stops after the checks.
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
            return new BlockResult(s.name, 0, Summary.EMPTY, new BlockLog(""));
        }
        if (context.settings().stop().stopped()) {
            return notStarted(context, s);
        }
        boolean listOnly = context.settings().dryRun() || s.dryRun;
        Snapshot snapshot = s.snapshotInto == null ? null : snapshot(context, s);
        // Where hard links are impossible the engine copies instead, and says so once in the log.
        Path destination = snapshot == null ? s.to : snapshot.destination();
        if (listOnly && !java.nio.file.Files.exists(destination)) {
            context.wouldCreate(destination);
        }
        SyncOptions options = s.toOptions(destination, snapshot == null ? null : snapshot.previous(), listOnly,
                s.hasHooks() ? new BlockHooks(context, s.hooks) : null);
        LogCapture capture = LogCapture.start(context.out(), s.logFile, s.logAppend);
        SyncResult r = context.settings().engine().run(options, capture.console(), context.settings().err(),
                context.alerting().secrets().asFilter(), context.settings().stop());
        int code = r.exitCode();
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

    private static BlockResult finish(ScriptContext context, BlockSettings s, BlockResult result) {
        int code = result.getExitCode();
        context.add(code);
        context.finished(result);
        for (Closure<?> handler : s.exitHandlers) {
            Closure<?> c = (Closure<?>) handler.clone();
            c.setDelegate(context.script());
            c.setResolveStrategy(Closure.DELEGATE_FIRST);
            c.call(code);
        }
        return result;
    }

    /** What can only be judged once the whole block was read; reported at the {@code sync} line. */
    private static void validate(ScriptContext context, BlockSettings s) {
        if (s.from == null) {
            throw error(context, s, "sync block has no source ('from')");
        }
        if (s.to == null && s.snapshotInto == null) {
            throw error(context, s, "sync block has no destination ('to', or 'snapshot into:')");
        }
        if (s.to != null && s.snapshotInto != null) {
            throw error(context, s, "sync block has both 'to' and 'snapshot'; a snapshot makes its own destination");
        }
    }

    private static void checkSource(ScriptContext context, BlockSettings s) {
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
