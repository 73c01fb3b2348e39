package dev.syncopate.cli;

import dev.syncopate.runstate.HistoryReport;
import dev.syncopate.runstate.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code syncopate history}: the last runs of a script, so "did last night's backup run?" has an
 * answer without reading logs.
 *
 * <pre>{@code
 * $ syncopate history nightly.sync.groovy --last 2
 * Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note
 * 2026-11-20 23:00:01   0:04:11     1    120     118       0       3  118.20 m
 * 2026-11-21 23:00:02   0:00:01    16      0       0       0       0         0  already running (pid 4300, ...)
 * journal: /home/backup/.local/state/syncopate/runs/nightly.sync.groovy-3f2a9c01b4d7.history.jsonl
 * }</pre>
 */
@Command(name = "history",
        description = {
            "Show the last runs of a script, oldest first: when each started, how long it ran, its exit code,"
                    + " the Files row of its summary (total, copied, failed, extras), the bytes copied, and a"
                    + " note: the error it ended with, 'dry run', 'already running (...)', or 'did not finish'"
                    + " for a run that was killed.",
            "",
            "After the table: a run that holds the script's lock now ('running now: pid N since ...'), or one"
                    + " that ended without releasing it ('did not finish: pid N, started ...'), and where the"
                    + " history is kept: a JSON Lines file under runs/ in the state directory (SYNCOPATE_STATE_DIR,"
                    + " else $XDG_STATE_HOME/syncopate or ~/.local/state/syncopate; %%LOCALAPPDATA%%\\syncopate on"
                    + " Windows). The same script reached through a link or another relative path has one history."},
        footerHeading = "%nExample:%n",
        footer = {
            "  $ syncopate history nightly.sync.groovy --last 2",
            "  Started              Duration  Exit  Files  Copied  Failed  Extras     Bytes  Note",
            "  2026-11-20 23:00:01   0:04:11     1    120     118       0       3  118.20 m",
            "  2026-11-21 23:00:00         -     ?      -       -       -       -         -  did not finish (...)",
            "  running now: pid 4300 since 23:00:00",
            "  journal: ~/.local/state/syncopate/runs/nightly.sync.groovy-3f2a9c01b4d7.history.jsonl",
            "",
            "  $ syncopate history nightly.sync.groovy --last 30 --html history.html",
            "  history of 30 runs written to history.html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"   0:the history was shown, or there is none yet",
                "  16:a bad argument, no such script (and no runs of one), or the history cannot be read"})
final class HistoryCommand extends BaseCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script, e.g. nightly.sync.groovy")
    Path file;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10",
            description = "how many runs to show (default: ${DEFAULT-VALUE})")
    int last;

    @Option(names = "--html", paramLabel = "FILE",
            description = "write the last runs as a self-contained web page instead (charts of duration and bytes,"
                    + " exit codes coloured by verdict, failures and runs that did not finish listed)")
    Path html;

    HistoryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (last < 1) {
            throw new ExitException(16, "--last must be 1 or more, not " + last);
        }
        RunFiles files = RunFiles.of(env.stateDir(), file);
        // A mistyped name is no script without runs; a removed script's runs (failing "not found") still show.
        if (!Files.exists(file) && !Files.exists(files.journal())) {
            throw new ExitException(16, "script file " + file + " not found");
        }
        if (html != null) {
            HistoryHtml.write(files, last, html, env);
            return 0;
        }
        try {
            HistoryReport.lines(files, last, Clock.systemDefaultZone()).forEach(env.out()::println);
        } catch (UncheckedIOException e) {
            throw new ExitException(16, e.getMessage(), e);
        }
        return 0;
    }
}
