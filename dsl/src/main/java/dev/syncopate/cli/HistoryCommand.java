package dev.syncopate.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code syncopate history}: being written. */
@Command(name = "history")
final class HistoryCommand extends BaseCommand implements Callable<Integer> {
    private final Environment env;

    HistoryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        throw new ExitException(16, "not implemented yet");
    }
}
