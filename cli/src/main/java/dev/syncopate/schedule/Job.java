package dev.syncopate.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a scheduler starts: {@code <launcher> run [--timeout T] [options] <script>}, every path
 * absolute, because cron and systemd start jobs in the home directory with a bare PATH; and where it
 * starts it, the script's folder ({@link #directory()}), so that relative paths in the script mean
 * what they mean when it is run by hand from there.
 *
 * <pre>{@code
 * Job job = new Job("nightly", Path.of("/opt/syncopate/scripts/syncopate"), Path.of("/etc/nightly.sync.groovy"),
 *         Path.of("/home/ann/.local/state/syncopate/logs/nightly.log"), TimeLimit.DEFAULT, List.of());
 * job.runArguments();   // [run, --timeout, 3h55m, /etc/nightly.sync.groovy]
 * job.directory();      // /etc
 * Job.nameFor(Path.of("/etc/Nightly backup.sync.groovy"));   // "Nightly-backup"
 * }</pre>
 *
 * @param name       {@code [A-Za-z0-9_.-]+}: unit, task and log file names are made from it
 * @param launcher   the absolute POSIX launcher ({@code scripts/syncopate} or a link to it)
 * @param script     the script's real path
 * @param log        where cron appends the run's output
 * @param limit      the scheduler's time limit
 * @param runOptions passed on to {@code run} before the script, e.g. {@code [--exit-codes, simple, -P, a=b]}
 */
public record Job(String name, Path launcher, Path script, Path log, TimeLimit limit, List<String> runOptions) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    public Job {
        runOptions = List.copyOf(runOptions);
        for (Path p : List.of(launcher, script, log)) {
            // one line per entry in a crontab, one value per line in a unit file
            if (p.toString().contains("\n") || p.toString().contains("\r")) {
                throw new ScheduleException("cannot schedule a path with a line break in it: " + p);
            }
        }
    }

    /** The folder the run starts in: the script's, which is absolute like every path here. */
    public Path directory() {
        return script.getParent();
    }

    /** Everything after the launcher. */
    public List<String> runArguments() {
        List<String> args = new ArrayList<>();
        args.add("run");
        limit.runTimeout().ifPresent(t -> {
            args.add("--timeout");
            args.add(t);
        });
        args.addAll(runOptions);
        args.add(script.toString());
        return args;
    }

    /**
     * The default name: the file name without {@code .sync.groovy}, {@code .sync.yaml} (or {@code .groovy},
     * {@code .yaml}, {@code .yml}), other characters as '-'.
     */
    public static String nameFor(Path script) {
        String file = script.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".sync.groovy", ".groovy", ".sync.yaml", ".sync.yml", ".yaml", ".yml")) {
            if (lower.endsWith(suffix)) {
                file = file.substring(0, file.length() - suffix.length());
                break;
            }
        }
        String name = file.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+|-+$", "");
        return name.isEmpty() ? "job" : name;
    }

    /** A name given with {@code --name}, as it is, or a message saying what is wrong with it. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches() || name.startsWith(".") || name.startsWith("-")) {
            throw new ScheduleException("--name " + name + ": use letters, digits, '_', '.' and '-' only,"
                    + " not first '.' or '-'");
        }
        return name;
    }
}
