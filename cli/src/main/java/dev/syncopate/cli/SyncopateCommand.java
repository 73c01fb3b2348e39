package dev.syncopate.cli;

import dev.syncopate.summary.ExitCode;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code syncopate}: the top-level command; the work is done by its subcommands, which {@link Main}
 * adds ({@link Main#COMMANDS}).
 *
 * <pre>{@code
 * $ syncopate --version
 * syncopate 0.1.0
 * $ syncopate robocopy /srv/docs /mnt/nas/docs /MIR
 * $ syncopate run nightly.sync.groovy
 * $ syncopate check nightly.sync.groovy
 * $ syncopate schedule nightly.sync.groovy --daily 23:00
 * $ syncopate history nightly.sync.groovy
 * }</pre>
 */
@Command(name = "syncopate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Robocopy-grade file synchronisation for every platform the JVM runs on.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.C0, ExitCodes.C1, ExitCodes.C2, ExitCodes.C3, ExitCodes.C4, ExitCodes.C5,
                ExitCodes.C6, ExitCodes.C7, ExitCodes.C8, ExitCodes.C9, ExitCodes.C16})
final class SyncopateCommand extends BaseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new ExitException(ExitCode.FATAL, "missing command (see syncopate --help)");
    }
}
