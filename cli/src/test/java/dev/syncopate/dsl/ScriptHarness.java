package dev.syncopate.dsl;

import dev.syncopate.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scripts in-process through the real launcher ({@link Main#execute}) on real directories, with
 * captured output. The compiled-script cache is off here; {@code ScriptCacheTest} tests it.
 *
 * <pre>{@code
 * ScriptHarness.Run r = ScriptHarness.run(dir, "nightly.sync.groovy", "println 'hi'");
 * assertEquals(0, r.code());
 * }</pre>
 */
final class ScriptHarness {
    static final String NL = System.lineSeparator();

    static {
        System.setProperty("syncopate.scriptCache", "off");
    }

    private ScriptHarness() {
    }

    /** What a command did. */
    record Run(int code, String out, String err) {
        /** The stdout lines. */
        List<String> lines() {
            return out.lines().toList();
        }
    }

    /** Writes {@code script} to {@code dir/name} and runs {@code syncopate run} on it with {@code args}. */
    static Run run(Path dir, String name, String script, String... args) {
        return command("run", write(dir, name, script), args);
    }

    /** {@code syncopate check} on a script. */
    static Run check(Path dir, String name, String script, String... args) {
        return command("check", write(dir, name, script), args);
    }

    static Run command(String command, Path file, String... args) {
        List<String> line = new ArrayList<>(List.of(command, file.toString()));
        line.addAll(List.of(args));
        return main(line.toArray(String[]::new));
    }

    static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String script) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, script);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path as a Groovy single-quoted string literal. */
    static String q(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
