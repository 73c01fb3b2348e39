package dev.syncopate.cli.docs;

import dev.syncopate.robocopy.SwitchHelp;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The man pages of {@code syncopate}, one per command ({@code syncopate.adoc}, {@code syncopate-run.adoc},
 * ...), written as AsciiDoc by picocli's {@link ManPageGenerator} from the command model; Asciidoctor
 * ({@code asciidoctor -b manpage}) turns them into troff. The {@code robocopy} page also lists every switch.
 *
 * <pre>{@code
 * List<Path> pages = ManPages.write(CommandModel.full(), Path.of("target/man"));
 * // $ asciidoctor -b manpage target/man/*.adoc   ->  syncopate.1, syncopate-robocopy.1, ...
 * }</pre>
 */
public final class ManPages {
    private ManPages() {
    }

    /** Writes the AsciiDoc pages into {@code dir} (created if needed) and returns them, sorted. */
    public static List<Path> write(CommandLine syncopate, Path dir) throws IOException {
        Files.createDirectories(dir);
        addSwitches(syncopate.getSubcommands().get("robocopy").getCommandSpec());
        CommandSpec spec = syncopate.getCommandSpec();
        // [] verbosity: quiet; force: overwrite the pages of an earlier run
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], true, spec);
        if (code != 0) {
            throw new IOException("picocli's ManPageGenerator failed with " + code + " in " + dir);
        }
        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /**
     * Robocopy mode parses its own switches, so picocli's model has none of them: put the list that
     * {@code syncopate robocopy --help} shows into the footer, kept as a literal block (its columns line up).
     */
    private static void addSwitches(CommandSpec robocopy) {
        // ManPageGenerator writes a footer only under a heading: it becomes the page's SWITCHES section
        robocopy.usageMessage().footerHeading("Switches");
        List<String> footer = new ArrayList<>(List.of(robocopy.usageMessage().footer()));
        footer.add("....");
        footer.addAll(SwitchHelp.render(68).strip().lines().toList());
        footer.add("....");
        robocopy.usageMessage().footer(footer.toArray(String[]::new));
    }
}
