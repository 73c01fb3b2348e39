package dev.syncopate.robocopy;

import dev.syncopate.job.JobFile;
import dev.syncopate.job.JobSnapshot;
import dev.syncopate.monitor.WatchPolicy;
import dev.syncopate.options.SyncOptions;
import dev.syncopate.remote.RemoteLocation;

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
 *                    {@code destination} is null (a {@code /NOSD /NODD /SAVE /QUIT} template) or a remote
 *                    location (opened and put in by the command)
 * @param source      the source as given on the command line or in the job, or null
 * @param destination the destination likewise, or null
 * @param warnings    one line per compatibility switch, without the {@code syncopate: warning: } prefix
 * @param saveTo      the {@code /SAVE} file, or null
 * @param quit        {@code /QUIT}: do not copy
 * @param credential      {@code /CRED:name} for the remote endpoints, or null
 * @param credentialsFile {@code /CREDFILE:path}, or null
 * @param watch       {@code /MON:n}, {@code /MOT:m}: run again on changes until stopped; null to run once
 * @param metrics     {@code /METRICS:file}, the Prometheus textfile to write when the run ends, or null
 */
public record Invocation(SyncOptions settings, String source, String destination, List<String> warnings,
                         Path saveTo, boolean quit, String credential, String credentialsFile, WatchPolicy watch,
                         Path metrics) {

    public Invocation {
        warnings = List.copyOf(warnings);
    }

    /** A local-only invocation (no {@code /CRED}). */
    public Invocation(SyncOptions settings, String source, String destination, List<String> warnings, Path saveTo,
                      boolean quit) {
        this(settings, source, destination, warnings, saveTo, quit, null, null, null, null);
    }

    /** The source as a remote location, or null when it is a local directory. */
    public RemoteLocation remoteSource() {
        return remote(source);
    }

    /** The destination as a remote location, or null when it is a local directory. */
    public RemoteLocation remoteDestination() {
        return remote(destination);
    }

    private static RemoteLocation remote(String endpoint) {
        return endpoint != null && RemoteLocation.isRemote(endpoint) ? RemoteLocation.parse(endpoint) : null;
    }

    /** The options to run; both endpoints are known unless {@link #quit}. */
    public SyncOptions options() {
        if (source == null || destination == null) {
            throw new IllegalStateException("no source or destination: only a /QUIT template can lack them");
        }
        return settings;
    }

    /**
     * The job file that {@code /SAVE} writes: every setting, endpoints only where given, and the credential's
     * name and file (never its password).
     */
    public JobFile job() {
        return JobSnapshot.of(settings).withEndpoints(source, destination).withCredentials(credential, credentialsFile);
    }
}
