package dev.syncopate.cli;

import dev.syncopate.dsl.BlockLogFile;
import dev.syncopate.remote.Credential;
import dev.syncopate.secret.Secrets;
import dev.syncopate.execute.StopSignal;
import dev.syncopate.job.CredentialsFile;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.options.LogOptions;
import dev.syncopate.remote.OpenedLocations;
import dev.syncopate.remote.RemoteEndpoint;
import dev.syncopate.remote.RemoteException;
import dev.syncopate.remote.RemoteLocation;
import dev.syncopate.robocopy.Invocation;
import dev.syncopate.summary.ExitCode;

import dev.syncopate.sync.SyncResult;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code syncopate robocopy} with an {@code sftp://} or {@code smb://} source or destination: reads the
 * {@code /CRED} credential from its {@code /CREDFILE}, masks its password in all output, opens the
 * locations around the engine run as a script's block does ({@link OpenedLocations}) and closes them.
 * A location that cannot be opened is one line (on stderr and in the {@code /LOG} file) and exit 16,
 * nothing copied or deleted.
 *
 * <pre>{@code
 * int code = RemoteRobocopy.run(invocation, CredentialsFile.read(Path.of(invocation.credentialsFile())), env).exitCode();
 * // syncopate: sftp://backup@nas01/backup/docs: connection refused
 * }</pre>
 */
final class RemoteRobocopy {
    private RemoteRobocopy() {
    }

    /** Runs {@code inv}; {@code logins} is its {@code /CREDFILE}, already read, or null when it names none. */
    static SyncResult run(Invocation inv, CredentialsFile logins, Environment env) {
        Credential credential = inv.credential() == null ? null : logins.credential(inv.credential());
        Secrets secrets = new Secrets();
        if (credential != null) {
            secrets.register(credential.password());
        }
        OpenedLocations.End from = end(inv.remoteSource(), inv.source(), credential);
        OpenedLocations.End to = end(inv.remoteDestination(), inv.destination(), credential);
        PrintStream out = secrets.wrap(env.out());
        PrintStream err = secrets.wrap(env.err());
        try (OpenedLocations opened = OpenedLocations.open(from, to, env.remotes())) {
            SyncOptions options = opened.applyTo(inv.options());
            StopSignal stop = new StopSignal();
            if (inv.watch() == null) {
                return env.runner().run(options, out, err, secrets.asFilter(), stop);
            }
            // A remote source has no watch service: the monitor rescans it (see SourceChanges).
            return WatchedPasses.watch(inv.watch(), options, stop, out,
                    o -> env.runner().run(o, out, err, secrets.asFilter(), stop));
        } catch (RemoteException e) {
            String line = secrets.mask(e.getMessage());
            LogOptions log = inv.options().log();
            if (!log.unicode()) {   // a UTF-16 log is not appended to with UTF-8 text
                BlockLogFile.append(log.logFile(), log.appendLog(), "syncopate: " + line + System.lineSeparator());
            }
            throw new ExitException(ExitCode.FATAL, line, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static OpenedLocations.End end(RemoteLocation remote, String local, Credential credential) {
        if (remote == null) {
            return OpenedLocations.End.local(Path.of(local));
        }
        RemoteEndpoint endpoint = new RemoteEndpoint(remote, credential == null ? null : credential.name(), null, null);
        try {
            return endpoint.end(credential);
        } catch (IllegalArgumentException e) {
            throw new ExitException(ExitCode.FATAL, e.getMessage());
        }
    }
}
