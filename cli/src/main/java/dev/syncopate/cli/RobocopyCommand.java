package dev.syncopate.cli;

import dev.syncopate.job.CredentialsFile;
import dev.syncopate.job.JobWriter;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.log.TextFilter;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.remote.schemes.ProtocolWarmup;
import dev.syncopate.robocopy.Invocation;
import dev.syncopate.robocopy.RobocopyParser;
import dev.syncopate.robocopy.SwitchHelp;
import dev.syncopate.sync.SyncResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code syncopate robocopy}: Robocopy's own command line, for people and scripts that know it.
 *
 * <pre>{@code
 * $ syncopate robocopy /srv/docs /mnt/nas/docs /MIR /XF *.tmp /R:3 /W:5 /LOG+:sync.log
 * $ syncopate robocopy /srv/docs /mnt/nas/docs /MIR /SAVE:nightly /QUIT    # writes nightly.yaml
 * $ syncopate robocopy /JOB:nightly
 * $ syncopate robocopy /srv/docs sftp://nas01/backup/docs /MIR /CRED:nas /CREDFILE:/etc/syncopate/credentials.yaml
 * }</pre>
 *
 * <p>The arguments are handed to {@link RobocopyParser} untouched; picocli only handles
 * {@code --help} and {@code --stacktrace}.
 */
@Command(name = "robocopy",
        description = {
            "Copy or mirror a directory tree with Robocopy's switches and semantics.",
            "",
            "Switches are case-insensitive and take values as /X:value. An argument that starts with /"
                    + " and has no other / before its colon is a switch, so a top-level directory is"
                    + " written /srv/ (with the slash). Paths are taken literally; Windows paths"
                    + " only mean something on Windows.",
            "",
            "Defaults are Robocopy's (top directory only, links followed, one thread) except"
                    + " retries: /R:3 /W:5 instead of a million times 30 seconds.",
            "",
            "The source or destination may be sftp://[user@]host[:port]/path or smb://host/share/path;"
                    + " /CRED:name /CREDFILE:file name the login."},
        customSynopsis = "syncopate robocopy <source> <destination> [<file>...] [<options>]",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.C0, ExitCodes.C1, ExitCodes.C2, ExitCodes.C3, ExitCodes.C4, ExitCodes.C5,
                ExitCodes.C6, ExitCodes.C7, ExitCodes.C8, ExitCodes.C9, ExitCodes.C16})
final class RobocopyCommand extends BaseCommand implements Callable<Integer> {
    private static final String SWITCHES_SECTION = "switches";

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help", "/?"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(arity = "0..*", paramLabel = "<argument>", hidden = true)
    List<String> args = new ArrayList<>();

    RobocopyCommand(Environment env) {
        this.env = env;
    }

    /** Settings picocli has no annotation for: raw arguments, and the switch list in the help. */
    static void configure(CommandLine robocopy) {
        robocopy.setUnmatchedOptionsArePositionalParams(true);
        robocopy.setPosixClusteredShortOptionsAllowed(false);   // "-hx" is a file, not -h -x
        robocopy.getHelpSectionMap().put(SWITCHES_SECTION, help -> SwitchHelp.render(help.commandSpec().usageMessage().width()));
        List<String> keys = new ArrayList<>(robocopy.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING),
                SWITCHES_SECTION);
        robocopy.setHelpSectionKeys(keys);
    }

    /**
     * True for a {@code robocopy} command line that picocli would hand over untouched: nothing that picocli
     * reads itself ({@code -h}, {@code --help}, {@code /?}, {@code --stacktrace}, {@code --}). What schedulers
     * run is such a line; {@link #direct} runs it without building picocli's model, which is most of the start
     * of a short run (picocli's classes are too old for the class-data-sharing archive).
     */
    static boolean plain(String[] args) {
        if (args.length == 0 || !args[0].equals("robocopy")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-") || args[i].equals("/?")) {
                return false;
            }
        }
        return true;
    }

    /** Runs a {@link #plain} command line as picocli would: the arguments as they are, errors through {@link Errors}. */
    static int direct(String[] args, Environment env) {
        dev.syncopate.log.DateWarmup.start();
        RobocopyCommand command = new RobocopyCommand(env);
        command.args = new ArrayList<>(List.of(args).subList(1, args.length));
        int code;
        try {
            code = command.call();
        } catch (Throwable e) {
            code = Errors.report(e, env.err(), false);
        }
        env.out().flush();
        return code;
    }

    @Override
    public Integer call() {
        Invocation inv = new RobocopyParser(env.platform()).parse(args);
        for (RemoteLocation end : new RemoteLocation[] {inv.remoteSource(), inv.remoteDestination()}) {
            if (end != null) {
                ProtocolWarmup.start(end.scheme());   // while the credentials file is read
            }
        }
        // Read now, whether or not a remote end needs it: a missing or readable-by-others file is refused
        // before anything is saved or copied, not found out later (or never).
        CredentialsFile logins = inv.credentialsFile() == null ? null
                : CredentialsFile.read(Path.of(inv.credentialsFile()));
        inv.warnings().forEach(w -> env.err().println("syncopate: warning: " + w));
        if (inv.saveTo() != null) {
            JobWriter.write(inv.job(), inv.saveTo());
        }
        if (inv.quit()) {
            if (inv.saveTo() == null) {
                env.out().print(JobWriter.toYaml(inv.job()));   // Robocopy's /QUIT shows the parameters
            }
            return 0;
        }
        return RobocopyMetrics.around(inv, env, () -> inv.remoteSource() == null && inv.remoteDestination() == null
                ? local(inv)
                : RemoteRobocopy.run(inv, logins, env));
    }

    private SyncResult local(Invocation inv) {
        if (inv.watch() == null) {
            return env.runner().run(inv.options(), env.out(), env.err());
        }
        StopSignal stop = new StopSignal();
        return WatchedPasses.watch(inv.watch(), inv.options(), stop, env.out(),
                o -> env.runner().run(o, env.out(), env.err(), TextFilter.NONE, stop));
    }
}
