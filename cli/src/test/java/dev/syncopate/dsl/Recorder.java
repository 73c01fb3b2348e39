package dev.syncopate.dsl;

import dev.syncopate.cli.Environment;
import dev.syncopate.cli.Main;
import dev.syncopate.event.Summary;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.platform.Platform;
import dev.syncopate.event.Summary;
import dev.syncopate.sync.SyncResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a script through the launcher with an engine that only records the options each block built
 * and answers with given exit codes: for the settings mapping, without copying.
 *
 * <pre>{@code
 * Recorder r = Recorder.run(dir, "sync { from 'a'; to 'b'; mirror() }");
 * r.options().getFirst().scope().purge();   // true
 * }</pre>
 */
final class Recorder {
    final List<SyncOptions> options = new ArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final int[] codes;
    int exitCode;

    private Recorder(int... codes) {
        this.codes = codes;
    }

    /** Runs {@code script} as {@code nightly.sync.groovy}; block n answers {@code codes[n]} (0 when not given). */
    static Recorder run(Path dir, String script, int[] codes, String... args) {
        return runFile(dir, "nightly.sync.groovy", script, codes, args);
    }

    /** Runs {@code script} written as {@code dir/name}: a Groovy script or a YAML sync file. */
    static Recorder runFile(Path dir, String name, String script, int[] codes, String... args) {
        Recorder r = new Recorder(codes);
        PrintStream out = new PrintStream(r.out, true, StandardCharsets.UTF_8);
        Environment env = new Environment(out, new PrintStream(r.err, true, StandardCharsets.UTF_8),
                Platform.current(), (o, so, se) -> {
                    int i = r.options.size();
                    r.options.add(o);
                    return new SyncResult(i < r.codes.length ? r.codes[i] : 0, Summary.EMPTY);
                });
        Path file = ScriptHarness.write(dir, name, script);
        List<String> line = new ArrayList<>(List.of("run", file.toString()));
        line.addAll(List.of(args));
        r.exitCode = Main.execute(line.toArray(String[]::new), env);
        return r;
    }

    static Recorder run(Path dir, String script, String... args) {
        return run(dir, script, new int[0], args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    SyncOptions only() {
        if (options.size() != 1) {
            throw new AssertionError("expected one block, got " + options.size() + "; err: " + err());
        }
        return options.getFirst();
    }
}
