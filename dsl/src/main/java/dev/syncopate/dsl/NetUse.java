package dev.syncopate.dsl;

import dev.syncopate.remote.Credential;
import dev.syncopate.secret.Secrets;
import dev.syncopate.process.ProcessRunner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Maps a Windows drive letter to a share with {@code net use} for the length of a piece of work, and
 * always removes the mapping afterwards, also when the work fails. The command lines are built here and
 * run through a {@link ProcessRunner}, so tests check them on any system.
 *
 * <pre>{@code
 * NetUse net = new NetUse(ProcessRunner.SYSTEM, secrets);
 * NetUse.mapCommand("Z:", "\\\\fs01\\Backup", nas);
 * // [net, use, Z:, \\fs01\Backup, s3cret, /user:CORP\backup, /persistent:no]
 * net.with("Z:", "\\\\fs01\\Backup", nas, () -> runTheBlocks());   // then: net use Z: /delete /y
 * }</pre>
 *
 * <p>The password is a command-line argument because {@code net use} reads it nowhere else without a
 * prompt; it is registered with the run's secrets, so no message, log or error line shows it.
 */
final class NetUse {
    private static final Pattern DRIVE = Pattern.compile("[A-Z]:");
    /** {@code \\server\share}, optionally with a path below the share. */
    private static final Pattern UNC = Pattern.compile("\\\\\\\\[^\\\\/:*?\"<>|\\s]+\\\\[^\\\\/:*?\"<>|]+(\\\\[^/:*?\"<>|]*)*");

    /** {@code net use} refused or failed; the message is one masked line. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final ProcessRunner runner;
    private final Secrets secrets;

    NetUse(ProcessRunner runner, Secrets secrets) {
        this.runner = runner;
        this.secrets = secrets;
    }

    /** {@code Z:} in upper case; anything else is an {@link IllegalArgumentException}. */
    static String drive(String drive) {
        String d = drive == null ? "" : drive.strip().toUpperCase(java.util.Locale.ROOT);
        if (!DRIVE.matcher(d).matches()) {
            throw new IllegalArgumentException("netUse: the drive must be a letter and a colon, such as 'Z:', not '"
                    + drive + "'");
        }
        return d;
    }

    /** A UNC path {@code \\server\share}; anything else is an {@link IllegalArgumentException}. */
    static String unc(String unc) {
        String u = unc == null ? "" : unc.strip();
        if (!UNC.matcher(u).matches()) {
            throw new IllegalArgumentException("netUse: the share must be written \\\\server\\share, not '" + unc + "'");
        }
        return u;
    }

    /** {@code net use Z: \\server\share [password] [/user:DOMAIN\backup] /persistent:no}. */
    static List<String> mapCommand(String drive, String unc, Credential credential) {
        List<String> argv = new ArrayList<>(List.of("net", "use", drive(drive), unc(unc)));
        if (credential != null && credential.password() != null) {
            argv.add(credential.password());
        }
        if (credential != null && credential.user() != null) {
            argv.add("/user:" + credential.user());
        }
        argv.add("/persistent:no");
        return argv;
    }

    /** {@code net use Z: /delete /y}: {@code /y} answers the "files are open" question with yes. */
    static List<String> deleteCommand(String drive) {
        return List.of("net", "use", drive(drive), "/delete", "/y");
    }

    /**
     * Maps the drive, runs {@code work}, and removes the mapping whatever happened; returns what {@code work}
     * returned. A mapping that fails throws {@link Failure} and {@code work} does not run. A removal that
     * fails is reported to {@code warn}, not thrown: the work's own outcome matters more.
     */
    <T> T with(String drive, String unc, Credential credential, Supplier<T> work, java.util.function.Consumer<String> warn) {
        List<String> map = mapCommand(drive, unc, credential);
        String what = "net use " + drive(drive) + " " + unc(unc);
        run(map, what);
        try {
            return work.get();
        } finally {
            try {
                run(deleteCommand(drive), "net use " + drive(drive) + " /delete");
            } catch (Failure e) {
                warn.accept(e.getMessage());
            }
        }
    }

    private void run(List<String> argv, String what) {
        ProcessRunner.Result r;
        try {
            r = runner.run(argv, "");
        } catch (IOException e) {
            throw new Failure(what + " could not be run: " + secrets.maskedMessage(e));
        }
        if (r.exitCode() != 0) {
            String said = (r.stderr().isBlank() ? r.stdout() : r.stderr()).strip();
            String first = said.isEmpty() ? "exit code " + r.exitCode() : said.lines().findFirst().orElse("").strip();
            throw new Failure(what + " failed: " + secrets.mask(first));
        }
    }
}
