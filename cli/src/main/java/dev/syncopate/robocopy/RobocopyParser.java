package dev.syncopate.robocopy;

import dev.syncopate.platform.Platform;
import dev.syncopate.job.JobFile;
import dev.syncopate.job.JobMapping;
import dev.syncopate.job.JobReader;
import dev.syncopate.monitor.WatchPolicy;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.settings.Setting;
import dev.syncopate.sync.EndpointCheck;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads Robocopy's command line, {@code <source> <destination> [<file>...] [<options>]}, into engine
 * options. Switches are case-insensitive and take values as {@code /X:value}; the switch table
 * ({@link Switches}, {@link CompatSwitches}) says what each does.
 *
 * <pre>{@code
 * SyncOptions o = new RobocopyParser(Platform.LINUX)
 *         .parse(List.of("/srv/docs", "/mnt/nas/docs", "/MIR", "/XF", "*.tmp", "/R:2"))
 *         .options();
 * }</pre>
 *
 * <p>The command line is read completely before anything is applied (see {@link ArgumentScanner}).
 * A {@code /JOB} file is applied first and the command line's switches on top, as Robocopy does.
 * Defaults are Robocopy's (top directory only, links followed, one thread) except {@code /R:3 /W:5}.
 * Paths are taken literally: {@code C:\Data} is a Windows path only on Windows. The source or
 * destination may be {@code sftp://[user@]host[:port]/path} or {@code smb://host/share/path}, logged in
 * to with {@code /CRED:name /CREDFILE:file}.
 */
public final class RobocopyParser {
    static final String USAGE = "syncopate robocopy <source> <destination> [<file>...] [<options>]";

    private final Platform platform;
    private final Function<Path, JobFile> jobs;

    public RobocopyParser(Platform platform) {
        this(platform, JobReader::read);
    }

    /** With another way to load {@code /JOB} files. */
    public RobocopyParser(Platform platform, Function<Path, JobFile> jobs) {
        this.platform = platform;
        this.jobs = jobs;
    }

    /**
     * @throws ArgumentException for a mistake on the command line
     * @throws dev.syncopate.job.JobFileException for a mistake in the {@code /JOB} file
     */
    public Invocation parse(List<String> args) {
        ArgumentScanner.Scan scan = new ArgumentScanner(platform).scan(args);
        JobFile job = scan.jobName() == null ? JobFile.EMPTY : jobs.apply(JobFile.pathFor(scan.jobName()));

        LogSettings log = new LogSettings(JobMapping.logOptions(job));
        ParseState state = new ParseState(JobMapping.settings(job), log);
        scan.actions().forEach(a -> a.apply(state));

        // Positionals fill the source and destination slots that /NOSD and /NODD leave open; the rest
        // are file patterns.
        List<String> rest = new ArrayList<>(scan.positionals());
        String source = !state.noSourceDir && !rest.isEmpty() ? rest.removeFirst() : job.from();
        String destination = !state.noDestDir && !rest.isEmpty() ? rest.removeFirst() : job.to();
        if (source == null && !(state.quit && state.noSourceDir)) {
            throw missing("source", state.noSourceDir, "/NOSD");
        }
        if (destination == null && !(state.quit && state.noDestDir)) {
            throw missing("destination", state.noDestDir, "/NODD");
        }
        state.set(Setting.FILES, rest).set(Setting.LOG, log.build());
        SyncOptions.Builder options = state.settings.applyTo(SyncOptions.builder(Path.of(""), Path.of("")));
        if (source != null) {
            options.source(path(source, "source"));
        }
        if (destination != null) {
            options.destination(path(destination, "destination"));
        }
        String credential = state.credential != null ? state.credential : job.credentials();
        String credentialsFile = state.credentialsFile != null ? state.credentialsFile : job.credentialsFile();
        checkCredentials(source, destination, credential, credentialsFile);
        Path saveTo = state.saveName == null ? null : JobFile.pathFor(state.saveName);
        SyncOptions built = options.build();
        // /L shows one pass: watching would only list the same changes again, as a script's --dry-run does.
        WatchPolicy watch = state.monitorChanges == null && state.monitorMinutes == null || built.listOnly() ? null
                : WatchPolicy.robocopy(state.monitorChanges, state.monitorMinutes);
        return new Invocation(built, source, destination, scan.warnings(), saveTo, state.quit, credential,
                credentialsFile, watch, state.metrics);
    }

    /** What can be said about {@code /CRED} and {@code /CREDFILE} without reading the file. */
    private static void checkCredentials(String source, String destination, String credential, String file) {
        if (credential != null && file == null) {
            throw new ArgumentException("/CRED:" + credential + " needs /CREDFILE:file, the YAML file that holds the"
                    + " credential (chmod 600)");
        }
        // A /SAVE template may leave an endpoint out (/NOSD, /NODD): then the job that uses it names one.
        boolean remote = isRemote(source) || isRemote(destination);
        if (credential != null && !remote && source != null && destination != null) {
            throw new ArgumentException("/CRED only applies to sftp:// or smb:// locations; neither the source nor"
                    + " the destination is one");
        }
        for (String endpoint : new String[] {source, destination}) {
            if (isRemote(endpoint) && credential == null
                    && RemoteLocation.parse(endpoint).scheme() == RemoteLocation.Scheme.SMB) {
                throw new ArgumentException(RemoteLocation.parse(endpoint) + ": SMB needs a login; add /CRED:name"
                        + " /CREDFILE:file");
            }
        }
    }

    private static boolean isRemote(String endpoint) {
        return endpoint != null && RemoteLocation.isRemote(endpoint);
    }

    private static ArgumentException missing(String what, boolean leftOut, String flag) {
        return new ArgumentException("missing " + what + " directory"
                + (leftOut ? " (" + flag + " was given and no /JOB supplies one)" : " (usage: " + USAGE + ")"));
    }

    /**
     * A local directory as a path; a remote location is checked here and stands as an empty path until
     * the command opens it (its URL must not be bent into a Windows or POSIX path).
     */
    private static Path path(String text, String what) {
        if (text.isBlank()) {
            // Path.of("") is the current directory: an unset $SRC would mirror wherever the job started.
            throw new ArgumentException("invalid " + what + ": " + EndpointCheck.EMPTY_PATH);
        }
        if (RemoteLocation.isRemote(text)) {
            try {
                RemoteLocation.parse(text);
                return Path.of("");
            } catch (IllegalArgumentException e) {
                throw new ArgumentException("invalid " + what + ": " + e.getMessage());
            }
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ArgumentException("invalid " + what + " directory '" + text + "': " + e.getReason());
        }
    }
}
