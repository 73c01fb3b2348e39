package dev.syncopate.cli;

import dev.syncopate.dsl.BlockEngine;
import dev.syncopate.remote.RemoteOpener;
import dev.syncopate.remote.schemes.Remotes;
import dev.syncopate.platform.Platform;
import dev.syncopate.runstate.StateDir;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the commands talk to: the two output streams, the platform, the engine ({@link BlockEngine#SYSTEM}
 * in production, the same interface the DSL runs its blocks through), the state directory (run locks and
 * history) and the openers of {@code sftp://} and {@code smb://} locations ({@link Remotes#open}). Injected
 * so that tests capture output, pretend to be Windows, see what would have run without copying, keep their
 * run history out of the real home, and fake a server that answers or refuses.
 *
 * <pre>{@code
 * Environment env = Environment.system(System.out, System.err);
 * Environment fake = new Environment(out, err, Platform.WINDOWS, (o, so, se) -> new SyncResult(0, Summary.EMPTY))
 *         .withStateDir(tmp.resolve("state"))
 *         .withRemotes((location, login) -> { throw new RemoteException(Kind.UNREACHABLE, location + ": refused"); });
 * }</pre>
 */
public record Environment(PrintStream out, PrintStream err, Platform platform, BlockEngine runner, Path stateDir,
                          RemoteOpener remotes) {

    /** With the real openers for {@code sftp://} and {@code smb://} locations. */
    public Environment(PrintStream out, PrintStream err, Platform platform, BlockEngine runner, Path stateDir) {
        this(out, err, platform, runner, stateDir, Remotes::open);
    }

    /**
     * The state directory of this process's environment ({@link StateDir}); of the real platform, as a
     * test that pretends to be Windows on Linux has no {@code %LOCALAPPDATA%}.
     */
    public Environment(PrintStream out, PrintStream err, Platform platform, BlockEngine runner) {
        this(out, err, platform, runner, StateDir.resolve(System::getenv, Platform.current().windows()));
    }

    public Environment withStateDir(Path dir) {
        return new Environment(out, err, platform, runner, dir, remotes);
    }

    /** With another way to open remote locations: tests fake a server that answers or refuses. */
    public Environment withRemotes(RemoteOpener opener) {
        return new Environment(out, err, platform, runner, stateDir, opener);
    }

    /** The real platform and engine, writing to the given streams. */
    public static Environment system(PrintStream out, PrintStream err) {
        return new Environment(out, err, Platform.current(), BlockEngine.SYSTEM);
    }
}
