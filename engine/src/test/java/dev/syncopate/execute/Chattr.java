package dev.syncopate.execute;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The immutable flag ({@code chattr +i}): the one way to make a real Linux file or directory refuse
 * changes even to root, which the tests run as. Tests using it are skipped where it is unavailable.
 */
public final class Chattr {
    private Chattr() {
    }

    /** Sets or clears the flag; false when the platform or file system cannot. */
    public static boolean immutable(Path p, boolean on) {
        try {
            Process proc = new ProcessBuilder("chattr", on ? "+i" : "-i", p.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return proc.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
