package dev.syncopate.cli;

import dev.syncopate.fs.AtomicFile;
import dev.syncopate.runstate.RunFiles;
import dev.syncopate.runstate.RunJournal;
import dev.syncopate.runstate.RunRecord;
import dev.syncopate.runstate.html.HistoryPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code syncopate history FILE --html out.html}: the page ({@link HistoryPage}) written to a temporary
 * name beside {@code out.html} and renamed over it, so a web server or a browser that reloads it never
 * shows half a page, and a failed write leaves the old page.
 *
 * <pre>{@code
 * HistoryHtml.write(RunFiles.of(env.stateDir(), script), 30, Path.of("history.html"), env);
 * // history of 30 runs written to history.html
 * }</pre>
 */
final class HistoryHtml {
    private HistoryHtml() {
    }

    static void write(RunFiles files, int last, Path html, Environment env) {
        Path target = html.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExitException(16, "--html " + html + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ExitException(16, "--html " + html + ": a folder, not a file");
        }
        List<RunRecord> runs;
        try {
            runs = new RunJournal(files.journal()).last(last);
        } catch (IOException e) {
            throw new ExitException(16, "cannot read the run history of " + files.script() + ": " + RunJournal.reason(e), e);
        }
        String page = HistoryPage.html(files.script(), files.journal(), runs, ZoneId.systemDefault());
        try {
            AtomicFile.writeString(target, page);
        } catch (IOException e) {
            throw new ExitException(16, "--html " + html + ": cannot write it: " + e.getMessage(), e);
        }
        env.out().println("history of " + runs.size() + " run" + (runs.size() == 1 ? "" : "s") + " written to " + html);
    }
}
