package dev.syncopate.dsl;

import dev.syncopate.dsl.compile.CompiledScript;
import dev.syncopate.dsl.compile.ScriptCompiler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Loads the DSL's classes for the launcher's class-data-sharing archive: the training run
 * ({@code Main --version} with {@code -Dsyncopate.cds.training=true}) compiles and runs a small script in
 * memory, with a dry-run block over two temporary folders, so Groovy's runtime, the compiler and the
 * engine's classes are already parsed when a real run starts. Never fails the run it is part of.
 *
 * <pre>{@code
 * if (Boolean.getBoolean("syncopate.cds.training")) Training.warmUp();
 * }</pre>
 */
public final class Training {
    private static final String SCRIPT = String.join("\n",
            "def stamp = timestamp()",
            "def r = sync('training') {",
            "    from params.src; to params.dst",
            "    exclude files: ['*.tmp'], dirs: ['Cache']",
            "    skip older: true; size max: 1.GB; age max: 3650; retries 0, wait: 1.seconds; threads 2",
            "    filter { f -> f.size < 1.MB && f.kind != MISMATCH }",
            "    beforeCopy { f -> if (f.name.endsWith('.lock')) skip 'lock' }",
            "    onExitCode { code -> code }",
            "}",
            "if (r.exitCode < 8 && today.dayOfWeek != null && r.summary.files.total >= 0) println r.log.tail(1)",
            "onExitCode { code -> code }");

    private Training() {
    }

    public static void warmUp() {
        Path root = null;
        try {
            root = Files.createTempDirectory("syncopate-training");
            Path src = Files.createDirectories(root.resolve("src"));
            Files.writeString(src.resolve("a.txt"), "a");
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            RunSettings settings = RunSettings.defaults(nowhere, nowhere).withDryRun(true)
                    .withParams(java.util.Map.of("src", src.toString(), "dst", root.resolve("dst").toString()));
            ClassLoader parent = SyncScript.class.getClassLoader();
            CompiledScript compiled = ScriptCompiler.compile("training.sync.groovy", SCRIPT, parent);
            SyncScript script = (SyncScript) compiled.load(parent).getDeclaredConstructor().newInstance();
            new ScriptRunner(settings).run(script, "training.sync.groovy");
        } catch (Exception | LinkageError e) {
            // Training only makes later starts faster; a failure here must not fail --version.
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
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
