package dev.syncopate.cli;

import dev.syncopate.dsl.RunSettings;
import dev.syncopate.dsl.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code syncopate check}: compiles a script and validates its blocks without copying anything.
 *
 * <pre>{@code
 * $ syncopate check nightly.sync.groovy
 * nightly.sync.groovy: OK (2 sync blocks checked)
 * $ syncopate check broken.sync.groovy
 * syncopate: broken.sync.groovy:12: unknown setting 'exlcude' in sync block (did you mean 'exclude'?)
 * }</pre>
 */
@Command(name = "check",
        description = {
            "Compile a Groovy sync script and check every sync block it reaches: settings and their values,"
                    + " 'from' and 'to', patterns, and that each source exists. Nothing is copied or deleted,"
                    + " and onExitCode handlers do not run.",
            "",
            "The script's own code runs as in a real run, with every block giving exit code 0, so blocks"
                    + " behind a condition that is false today are not reached. A YAML sync file (*.sync.yaml)"
                    + " is checked whole: every block, notify: and credentials:."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"   0:the script compiles and every block checked is valid",
                "  16:a compile error or a mistake, each shown as file:line: message"})
final class CheckCommand extends BaseCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script, e.g. nightly.sync.groovy or nightly.sync.yaml")
    Path file;

    @Mixin
    ParameterOptions params;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RunSettings settings = RunCommand.settings(env, stacktrace).withMode(RunSettings.Mode.CHECK).withParams(params.values());
        return RunCommand.outcome(new ScriptRunner(settings).run(file));
    }
}
