package dev.syncopate.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}, {@code --help}: the help option of {@code run}, {@code check}, {@code schedule} and
 * {@code history}, mixed in with {@code @Mixin HelpOption help;}. The top-level command has picocli's
 * standard help options instead, and {@code robocopy} its own, which also takes Robocopy's {@code /?}.
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;
}
