package dev.syncopate.robocopy;

import dev.syncopate.job.JobFile;
import dev.syncopate.job.JobSnapshot;
import dev.syncopate.options.SyncOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * A fully read {@code robocopy} command line: what to run, what to save, what to warn about.
 *
 * <pre>{@code
 * Invocation inv = new RobocopyParser(Platform.current()).parse(List.of("src", "dst", "/MIR"));
 * inv.warnings().forEach(w -> err.println("syncopate: warning: " + w));
 * if (inv.saveTo() != null) JobWriter.write(inv.job(), inv.saveTo());
 * if (!inv.quit()) SyncRunner.run(inv.options(), out, err);
 * }</pre>
 *
 * @param settings    every setting; its endpoints are empty paths where {@code source} or
 *                    {@code destination} is null (a {@code /NOSD /NODD /SAVE /QUIT} template)
 * @param source      the source as given on the command line or in the job, or null
 * @param destination the destination likewise, or null
 * @param warnings    one line per compatibility switch, without the {@code syncopate: warning: } prefix
 * @param saveTo      the {@code /SAVE} file, or null
 * @param quit        {@code /QUIT}: do not copy
 */
public record Invocation(SyncOptions settings, String source, String destination, List<String> warnings,
                         Path saveTo, boolean quit) {

    public Invocation {
        warnings = List.copyOf(warnings);
    }

    /** The options to run; both endpoints are known unless {@link #quit}. */
    public SyncOptions options() {
        if (source == null || destination == null) {
            throw new IllegalStateException("no source or destination: only a /QUIT template can lack them");
        }
        return settings;
    }

    /** The job file that {@code /SAVE} writes: every setting, endpoints only where given. */
    public JobFile job() {
        return JobSnapshot.of(settings).withEndpoints(source, destination);
    }
}
