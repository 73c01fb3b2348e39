package dev.syncopate.sync;

import dev.syncopate.event.Disposition;
import dev.syncopate.event.EventSink;
import dev.syncopate.event.SyncEvent;
import dev.syncopate.hooks.FileView;
import dev.syncopate.hooks.SyncHooks;
import dev.syncopate.plan.FileViews;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls {@code afterCopy} and {@code onError} as a file's events are emitted, on the walk's
 * thread and in log order, so user code never runs concurrently. An {@code afterCopy} that throws
 * turns its file into a failure; it never stops the run. Also counts progress.
 *
 * <pre>{@code
 * hookRunner.emit(events, sink);
 * }</pre>
 */
final class HookRunner {
    private final SyncHooks hooks;
    private final Clock clock;
    private long files;
    private long bytes;

    HookRunner(SyncHooks hooks, Clock clock) {
        this.hooks = hooks;
        this.clock = clock;
    }

    /** Runs the hooks for {@code events}, then hands them to {@code out}, with the progress totals after a file. */
    void emit(List<SyncEvent> events, EventSink out) {
        List<SyncEvent> result = null;
        boolean fileLine = false;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof SyncEvent.FileLine f)) {
                continue;
            }
            fileLine = true;
            if (f.disposition() == Disposition.COPIED) {
                files++;
                bytes += f.size();
                String failure = call(() -> hooks.afterCopy(view(f)));
                if (failure != null) {
                    result = result == null ? new ArrayList<>(events) : result;
                    result.set(i, failed(f));
                    result.add(i + 1, new SyncEvent.ErrorLine(clock.instant(), 1, "Running afterCopy hook",
                            f.target(), "afterCopy hook failed: " + failure, false, Duration.ZERO));
                    onError(f, "afterCopy hook failed: " + failure, result);
                }
            } else if (f.disposition() == Disposition.FAILED) {
                result = result == null ? new ArrayList<>(events) : result;
                onError(f, finalMessage(events, i), result);
            }
        }
        for (SyncEvent e : result == null ? events : result) {
            out.accept(e);
        }
        if (files > 0 && fileLine) {
            out.accept(new SyncEvent.Progress(files, bytes));
        }
    }

    private void onError(SyncEvent.FileLine f, String message, List<SyncEvent> into) {
        String failure = call(() -> hooks.onError(view(f), message));
        if (failure != null) {
            into.add(new SyncEvent.Notice("WARNING : onError hook failed: " + failure));
        }
    }

    private static String finalMessage(List<SyncEvent> events, int from) {
        for (int j = from + 1; j < events.size(); j++) {
            if (events.get(j) instanceof SyncEvent.ErrorLine e && !e.retrying()) {
                return e.message();
            }
        }
        return "failed";
    }

    private static SyncEvent.FileLine failed(SyncEvent.FileLine f) {
        return new SyncEvent.FileLine(f.path(), f.source(), f.target(), f.kind(), Disposition.FAILED, f.reason(),
                f.size(), f.modified());
    }

    private static String call(Runnable hook) {
        try {
            hook.run();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private static FileView view(SyncEvent.FileLine f) {
        return FileViews.of(f);
    }
}
