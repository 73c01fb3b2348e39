package dev.syncopate.sync;

import dev.syncopate.classify.FileClass;
import dev.syncopate.plan.Action;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which one directory's actions are logged: Robocopy lists a directory's extras
 * right under its line, extra directories first, then extra files, and only then its source
 * entries; the march yields them merged by name. Each group keeps the march's name order.
 *
 * <p>Only the log order changes: purges are still queued as one step after the directory's
 * copies ("deletes last"), wherever their lines stand.
 *
 * <pre>{@code
 * for (Action a : LogOrder.extrasFirst(planner.plan(dir, src, dst))) { ... }
 * }</pre>
 */
final class LogOrder {
    private LogOrder() {
    }

    static List<Action> extrasFirst(List<Action> actions) {
        List<Action> extraDirs = new ArrayList<>();
        List<Action> extraFiles = new ArrayList<>();
        List<Action> rest = new ArrayList<>(actions.size());
        for (Action a : actions) {
            Boolean directory = switch (a) {
                case Action.Purge p -> p.target().isDirectory();
                case Action.Report r when r.kind() == FileClass.EXTRA && r.destinationSide() -> r.entry().isDirectory();
                default -> null;
            };
            (directory == null ? rest : directory ? extraDirs : extraFiles).add(a);
        }
        if (extraDirs.isEmpty() && extraFiles.isEmpty()) {
            return actions;
        }
        List<Action> ordered = new ArrayList<>(actions.size());
        ordered.addAll(extraDirs);
        ordered.addAll(extraFiles);
        ordered.addAll(rest);
        return ordered;
    }
}
