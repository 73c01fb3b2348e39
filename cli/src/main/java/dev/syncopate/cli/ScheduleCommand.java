package dev.syncopate.cli;

import dev.syncopate.schedule.CronLine;
import dev.syncopate.schedule.CrontabInstaller;
import dev.syncopate.schedule.Job;
import dev.syncopate.process.ProcessRunner;
import dev.syncopate.schedule.ScheduleCheck;
import dev.syncopate.schedule.ScheduleException;
import dev.syncopate.schedule.ScheduleFormat;
import dev.syncopate.schedule.SystemdInstaller;
import dev.syncopate.schedule.SystemdUnits;
import dev.syncopate.schedule.TaskSchedulerXml;
import dev.syncopate.schedule.TimeLimit;
import dev.syncopate.schedule.When;
import dev.syncopate.summary.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code syncopate schedule}: prints, or installs, what runs a script on a schedule under cron, a
 * systemd timer or the Task Scheduler.
 *
 * <pre>{@code
 * $ syncopate schedule nightly.sync.groovy --daily 23:00 --format cron
 * # syncopate: /etc/syncopate/nightly.sync.groovy — daily at 23:00
 * 0 23 * * * /opt/syncopate/scripts/syncopate run --timeout 3h55m /etc/syncopate/nightly.sync.groovy >> ... 2>&1
 * $ syncopate schedule nightly.sync.groovy --weekly mon,thu 06:30 --format systemd --install
 * }</pre>
 */
@Command(name = "schedule", modelTransformer = ParameterOptions.PassedOnToRun.class,
        description = {
            "Print, or install, what runs a script on a schedule: a crontab line, a systemd service and"
                    + " timer, or a Task Scheduler definition. Paths in it are absolute, the run starts in the"
                    + " script's folder (so relative paths in the script mean the same as when run from there),"
                    + " and it stops itself (run --timeout) a little before the scheduler's time limit, so its"
                    + " alerts still go out.",
            "",
            "The script is checked first, as 'syncopate check' would in its folder with the same -P: what"
                    + " check refuses is not scheduled (exit 16, check's message).",
            "",
            "Give one of --daily, --weekly, --hourly or --cron.",
            "",
            "Examples:",
            "  syncopate schedule job.sync.groovy --format cron --daily 23:00 --install",
            "  syncopate schedule job.sync.groovy --format systemd --weekly mon,thu 06:30",
            "  syncopate schedule job.sync.groovy --format systemd --cron '*/15 9-17 * * 1-5'",
            "  syncopate schedule job.sync.groovy --format schtasks --hourly --time-limit 30m",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"   0:the schedule was printed (or installed)",
                "  16:a mistake in the options, no such script, the script fails its check, or an install step"
                        + " failed; the message says what to do"})
final class ScheduleCommand extends BaseCommand implements Callable<Integer> {
    /** sd_booted(3): systemd is the init system when this is a directory. */
    private static final Path SYSTEMD_RUNTIME = Path.of("/run/systemd/system");

    private final Environment env;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script, e.g. nightly.sync.groovy or nightly.sync.yaml")
    Path file;

    @Option(names = "--daily", paramLabel = "HH:MM", description = "every day at this time, e.g. 23:00")
    String daily;

    @Option(names = "--weekly", arity = "2", paramLabel = "DAY HH:MM", hideParamSyntax = true,
            description = "every week on these days at this time: mon..sun or monday..sunday,"
                    + " or a list such as mon,thu")
    List<String> weekly;

    @Option(names = "--hourly", description = "every hour, at minute 0")
    boolean hourly;

    @Option(names = "--cron", paramLabel = "'EXPR'", description = "five cron fields, e.g. '*/15 9-17 * * 1-5'")
    String cron;

    @Option(names = "--format", paramLabel = "cron|systemd|schtasks", description = "what to write; default:"
            + " schtasks on Windows, systemd where it is the init system, else cron")
    String format;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "4h", description = "stop a run that"
            + " takes longer: 30m, 4h, 1h30m, 90s, or none (default: ${DEFAULT-VALUE})")
    String timeLimit;

    @Option(names = "--name", description = "the job's name in unit, task and log file names (default: the"
            + " script's file name without .sync.groovy or .sync.yaml)")
    String name;

    @Option(names = "--log", paramLabel = "FILE", description = "cron only: where the run's output goes"
            + " (default: <state>/logs/<name>.log)")
    Path log;

    @Option(names = "--output", paramLabel = "PATH", description = "schtasks only: where the XML goes"
            + " (default: <state>/tasks/<name>.xml)")
    Path output;

    @Option(names = "--exit-codes", paramLabel = "simple|robocopy", description = "passed on to run")
    String exitCodes;

    @Mixin
    ParameterOptions params;

    @Option(names = "--install", description = "install it: into your crontab, or as systemd user units"
            + " (for schtasks it prints the import command instead)")
    boolean install;

    ScheduleCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            return schedule();
        } catch (ScheduleException e) {
            throw new ExitException(ExitCode.FATAL, e.getMessage());
        }
    }

    private int schedule() {
        When when = When.fromOptions(daily, weekly, hourly, cron);
        ScheduleFormat f = format == null ? ScheduleFormat.natural(env.platform().windows(), SYSTEMD_RUNTIME)
                : ScheduleFormat.parse(format);
        if (log != null && f != ScheduleFormat.CRON) {
            throw new ScheduleException("--log is for --format cron; systemd keeps a run's output in the journal,"
                    + " the Task Scheduler in its history");
        }
        if (output != null && f != ScheduleFormat.SCHTASKS) {
            throw new ScheduleException("--output is for --format schtasks");
        }
        TimeLimit limit = TimeLimit.parse(timeLimit);
        List<String> runOptions = runOptions();
        Path script = script();
        String jobName = name == null ? Job.nameFor(script) : Job.checkName(name);
        Path state = env.stateDir();
        Path logFile = log != null ? log.toAbsolutePath().normalize() : state.resolve("logs").resolve(jobName + ".log");
        Job job = new Job(jobName, launcher(), script, logFile, limit, runOptions);
        ScheduleCheck.require(ProcessRunner.in(job.directory()), env.platform().windows() ? windowsLauncher()
                : job.launcher(), job, params.values(), env.err());
        return switch (f) {
            case CRON -> cron(when, job);
            case SYSTEMD -> systemd(when, job);
            case SCHTASKS -> schtasks(when, job, state);
        };
    }

    /** What the generated {@code run} gets besides --timeout and the script. */
    private List<String> runOptions() {
        List<String> options = new ArrayList<>();
        if (exitCodes != null) {
            if (!exitCodes.equals("simple") && !exitCodes.equals("robocopy")) {
                throw new ScheduleException("--exit-codes " + exitCodes + ": expected simple or robocopy");
            }
            options.add("--exit-codes");
            options.add(exitCodes);
        }
        params.values().forEach((k, v) -> {
            options.add("-P");
            options.add(k + "=" + v);
        });
        return options;
    }

    /** The script's real path: a scheduler runs it from elsewhere, maybe years later. */
    private Path script() {
        try {
            Path real = file.toRealPath();
            if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return real;
            }
        } catch (NoSuchFileException missing) {
            // reported below
        } catch (IOException e) {
            throw new ScheduleException("script file " + file + " cannot be read: " + e.getMessage());
        }
        throw new ScheduleException("script file " + file + " not found");
    }

    /**
     * The launcher as it was called (scripts/syncopate passes it; a link such as /usr/local/bin/syncopate
     * stays a link, so the schedule follows upgrades), made absolute.
     */
    private static Path launcher() {
        String called = System.getProperty("syncopate.launcher");
        if (called != null && !called.isBlank()) {
            return Path.of(called).toAbsolutePath().normalize();
        }
        return home().resolve("scripts").resolve("syncopate");
    }

    private static Path home() {
        String home = System.getProperty("syncopate.home");
        if (home == null || home.isBlank()) {
            throw new ScheduleException("cannot tell where Syncopate is installed; run this through scripts/syncopate");
        }
        return Path.of(home).toAbsolutePath();
    }

    private int cron(When when, Job job) {
        CronLine entry = CronLine.of(when, job);
        Path folder = job.log().getParent();
        if (!Files.isDirectory(folder)) {
            createDirectories(folder);   // cron's ">> log" fails, silently, when the folder is missing
            env.err().println("created " + folder + " for the log");
        }
        PrintStream out = env.out();
        if (install) {
            boolean replaced = new CrontabInstaller(ProcessRunner.SYSTEM).install(entry, job.script());
            out.println((replaced ? "replaced the earlier entry for " + job.script() + " in" : "added to")
                    + " your crontab (crontab -l shows it):");
        }
        out.print(entry.text());
        return 0;
    }

    private int systemd(When when, Job job) {
        SystemdUnits units = SystemdUnits.of(when, job, "simple".equals(exitCodes));
        Path dir = SystemdInstaller.unitDir(System::getenv);
        PrintStream out = env.out();
        if (!install) {
            out.println("# " + dir.resolve(units.serviceName()));
            out.print(units.service());
            out.println();
            out.println("# " + dir.resolve(units.timerName()));
            out.print(units.timer());
            return 0;
        }
        SystemdInstaller installer = new SystemdInstaller(dir, ProcessRunner.SYSTEM);
        installer.write(units).forEach(p -> out.println("wrote " + p));
        out.flush();
        installer.enable(units);
        out.println("enabled and started " + units.timerName() + "; systemctl --user list-timers shows the next run");
        out.println("user timers run only while you are logged in, unless you run: loginctl enable-linger "
                + System.getProperty("user.name"));
        return 0;
    }

    private int schtasks(When when, Job job, Path state) {
        String user = windowsUser();
        TaskSchedulerXml task = TaskSchedulerXml.of(when, job, windowsLauncher(), user, LocalDate.now());
        Path xml = output != null ? output.toAbsolutePath().normalize()
                : state.resolve("tasks").resolve(job.name() + ".xml");
        try {
            createDirectories(xml.getParent());
            Files.write(xml, task.bytes());
        } catch (IOException e) {
            throw new ScheduleException("cannot write " + xml + ": " + e.getMessage());
        }
        PrintStream out = env.out();
        out.println("wrote the Task Scheduler definition to " + xml);
        out.println("import it with the command below; schtasks asks for the password of " + user + " once, so"
                + " that the task runs whether or not " + user + " is logged on:");
        out.println(task.importCommand(xml));
        if (install) {
            throw new ScheduleException("--install does not import Task Scheduler tasks: importing needs the"
                    + " password of " + user + ", which Syncopate never asks for; run the schtasks command above");
        }
        return 0;
    }

    /** The Windows wrapper beside the POSIX launcher in the installation's scripts folder. */
    private static Path windowsLauncher() {
        String home = System.getProperty("syncopate.home");
        return home != null && !home.isBlank() ? home().resolve("scripts").resolve("syncopate.cmd")
                : launcher().resolveSibling("syncopate.cmd");
    }

    /** DOMAIN\\user as schtasks /RU wants it on Windows; the login name elsewhere. */
    private static String windowsUser() {
        String user = System.getenv("USERNAME");
        String domain = System.getenv("USERDOMAIN");
        if (user == null || user.isBlank()) {
            return System.getProperty("user.name");
        }
        return domain == null || domain.isBlank() ? user : domain + "\\" + user;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ScheduleException("cannot create " + dir + ": " + e.getMessage());
        }
    }
}
