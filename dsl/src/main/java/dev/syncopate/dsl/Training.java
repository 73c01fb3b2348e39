package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.ScriptCache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the DSL's classes for the launcher's class-data-sharing archive. The training run
 * ({@code Main --version} with {@code -Dsyncopate.cds.training=true}) compiles a small script into a
 * temporary cache, loads it back from there, and runs it on temporary folders: real copies, hooks, a
 * purge, retention and formatted output, so what a real run needs is already parsed when it starts.
 * Never fails the run it is part of.
 *
 * <pre>{@code
 * if (Boolean.getBoolean("syncopate.cds.training")) Training.warmUp();
 * }</pre>
 */
public final class Training {
    private static final String SCRIPT = String.join("\n",
            "def stamp = timestamp()",
            "def r = sync('training') {",
            "    from params.src; to \"${params.dst}/$stamp\"",
            "    exclude files: ['*.tmp'], dirs: ['Cache']",
            "    skip older: true; size max: 1.GB; age max: 3650; retries 0, wait: 1.seconds; threads 2",
            "    filter { f -> f.size < 1.MB && f.kind != MISMATCH }",
            "    beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock' }",
            "    afterCopy { f -> f.path }",
            "    onExitCode { code -> code }",
            "}",
            "def m = sync { from params.src; to params.mirror; mirror(); beforeDelete { f -> f.name } }",
            "keep last: 1, in: params.dst",
            "if (r.exitCode < 8 && today.dayOfWeek != null)",
            "    println \"${r.summary.files.copied} ${m.log.tail(1)} $now\"",
            "onExitCode { code -> println \"done $code on $hostname\" }");

    private Training() {
    }

    public static void warmUp() {
        Path root = null;
        try {
            root = Files.createTempDirectory("syncopate-training");
            Path src = Files.createDirectories(root.resolve("src/sub"));
            Files.writeString(src.resolve("a.txt"), "a");
            Files.writeString(src.resolve("b.lock"), "b");
            Path mirror = Files.createDirectories(root.resolve("mirror"));
            Files.writeString(mirror.resolve("extra.txt"), "x");
            Path script = Files.writeString(root.resolve("training.sync.groovy"), SCRIPT);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            RunSettings settings = RunSettings.defaults(nowhere, nowhere)
                    .withParams(Map.of("src", src.getParent().toString(), "dst", root.resolve("dst").toString(),
                            "mirror", mirror.toString()))
                    .withCache(new ScriptCache(root.resolve("cache"), "training"));
            new ScriptRunner(settings).run(script);   // compiles and stores
            new ScriptRunner(settings).run(script);   // loads from the cache, as most runs do
        } catch (IOException | RuntimeException | LinkageError e) {
            // Training only makes later starts faster; a failure here must not fail --version.
        } finally {
            deleteTree(root);
        }
    }

    /** Removes a training tree; a leftover in the temporary directory is harmless, so it never fails. */
    public static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover in the temporary directory is harmless
        }
    }
}
