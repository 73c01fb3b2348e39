package dev.syncopate.runstate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Where one script's run lock and run history live: {@code runs/} in the {@link StateDir state
 * directory}, named after the script's file name and a hash of its real path, so that the same script
 * reached through a symbolic link or a relative path shares them, and two {@code nightly.sync.groovy}
 * in different folders do not.
 *
 * <pre>{@code
 * RunFiles f = RunFiles.of(StateDir.resolve(System::getenv, false), Path.of("nightly.sync.groovy"));
 * f.lock();      // ~/.local/state/syncopate/runs/nightly.sync.groovy-3f2a9c01b4d7.lock
 * f.journal();   // ~/.local/state/syncopate/runs/nightly.sync.groovy-3f2a9c01b4d7.history.jsonl
 * }</pre>
 *
 * @param script  the script's real path, or its absolute normalised path when it does not exist
 * @param lock    the lock file
 * @param journal the run history, one JSON object per line
 */
public record RunFiles(Path script, Path lock, Path journal) {

    public static RunFiles of(Path stateDir, Path script) {
        Path key = key(script);
        Path name = key.getFileName();
        String base = (name == null ? "root" : name.toString()) + "-" + hash(key.toString());
        Path runs = stateDir.resolve("runs");
        return new RunFiles(key, runs.resolve(base + ".lock"), runs.resolve(base + ".history.jsonl"));
    }

    /**
     * The real path; for a script that does not exist (or cannot be resolved) the absolute normalised
     * one, so the run still gets its lock and its record, and reports "not found" itself.
     */
    static Path key(Path script) {
        try {
            return script.toRealPath();
        } catch (IOException | SecurityException e) {
            return script.toAbsolutePath().normalize();
        }
    }

    /**
     * 64-bit FNV-1a of the path, in hex. Not SHA-256: that loads the JDK's security providers, some
     * 30 ms of every run's start, and the name only has to tell scripts apart.
     */
    static String hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }
}
