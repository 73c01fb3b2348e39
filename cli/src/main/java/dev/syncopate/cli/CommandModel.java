package dev.syncopate.cli;

import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The whole picocli model of {@code syncopate}, every subcommand included, for tools that describe the
 * command line rather than run it: shell completion and the man page ({@code dev.syncopate.cli.docs}).
 *
 * <pre>{@code
 * CommandLine syncopate = CommandModel.full();
 * syncopate.getSubcommands().keySet();   // [robocopy, run, check, schedule, history]
 * }</pre>
 */
public final class CommandModel {
    private CommandModel() {
    }

    /** The command line as {@code syncopate --help} sees it; nothing it holds is ever executed. */
    public static CommandLine full() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return Main.commandLine(Environment.system(nowhere, nowhere), new String[0]);
    }

    /** What {@code syncopate --version} says after the name, e.g. {@code 0.1.0}. */
    public static String version() {
        return VersionProvider.version();
    }
}
