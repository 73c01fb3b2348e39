package dev.syncopate.cli.docs;

import dev.syncopate.cli.CommandModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bash completion script and the AsciiDoc man pages of {@code syncopate} from its picocli
 * model, at build time ({@code scripts/dist}), so they can never drift from the command line.
 *
 * <pre>{@code
 * $ java -cp 'syncopate.jar:lib/*:picocli-codegen.jar' dev.syncopate.cli.docs.GenerateDocs target/docs
 * target/docs/syncopate.bash
 * target/docs/man/syncopate.adoc
 * ...
 * }</pre>
 *
 * <p>Exit codes: 0 written; 16 bad arguments or a failure, with one line on stderr.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("syncopate-docs: usage: GenerateDocs OUTPUT-DIRECTORY");
            System.exit(16);
        }
        try {
            for (Path p : write(Path.of(args[0]))) {
                System.out.println(p);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("syncopate-docs: " + e);
            System.exit(16);
        }
    }

    /** Writes {@code dir/syncopate.bash} and {@code dir/man/*.adoc}; returns the completion script first. */
    static java.util.List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path bash = Files.writeString(dir.resolve("syncopate.bash"), BashCompletion.script(CommandModel.full()));
        java.util.List<Path> all = new java.util.ArrayList<>(java.util.List.of(bash));
        // a fresh model: the man pages change robocopy's footer
        all.addAll(ManPages.write(CommandModel.full(), dir.resolve("man")));
        return all;
    }
}
