package dev.syncopate.cli;

import picocli.CommandLine.Option;

/**
 * What every command shares: {@code --stacktrace}. {@link Main} reads the flag from the arguments
 * before parsing, so it also works when parsing fails; declaring it here makes picocli accept it and
 * list it in each command's help.
 */
abstract class BaseCommand {
    @Option(names = "--stacktrace", description = "print the stack trace of an error (for bug reports)")
    boolean stacktrace;
}
