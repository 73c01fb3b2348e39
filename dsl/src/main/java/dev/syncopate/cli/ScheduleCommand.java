package dev.syncopate.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code syncopate schedule}: being written. */
@Command(name = "schedule")
final class ScheduleCommand extends BaseCommand implements Callable<Integer> {
    private final Environment env;

    ScheduleCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        throw new ExitException(16, "not implemented yet");
    }
}
