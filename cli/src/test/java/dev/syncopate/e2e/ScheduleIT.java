package dev.syncopate.e2e;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.syncopate.schedule.CrontabCheck;
import dev.syncopate.schedule.SystemdAnalyze;
import dev.syncopate.schedule.TaskSchema;
import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code syncopate schedule} through the real launcher: every format for every kind of time, each
 * output checked by the tool that will read it (crontab -n and cron-utils, systemd-analyze, the XML
 * parser with Microsoft's schema). Installing and running what was scheduled: {@link ScheduleInstallIT}.
 */
class ScheduleIT {
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    @TempDir
    Path tmp;
    private Path state;
    private Path config;
    private Path script;

    @BeforeEach
    void files() throws IOException {
        state = tmp.resolve("state");
        config = tmp.resolve("config");
        script = Trees.file(tmp, "jobs/nightly.sync.groovy", "println 'hi'\n").toRealPath();
    }

    /** {@code scripts/syncopate schedule <script> args...}, with state, home and config in the temporary folder. */
    private Launcher schedule(String... args) {
        List<String> all = new ArrayList<>(List.of("schedule", script.toString()));
        all.addAll(List.of(args));
        return Launcher.syncopate(all.toArray(String[]::new)).in(tmp).env("SYNCOPATE_STATE_DIR", state.toString())
                .env("HOME", Trees.dir(tmp, "home").toString()).env("XDG_CONFIG_HOME", config.toString());
    }

    private static String[] words(String args) {
        return args.split(" (?=--)");   // "--cron */15 9-17 * * 1-5 --format cron" -> [--cron */15 9-17 * * 1-5, --format cron]
    }

    /** A table's schedule column, e.g. {@code --weekly mon,thu 06:30}, as arguments, then {@code more}. */
    private Launcher scheduleWhen(String when, String... more) {
        List<String> all = new ArrayList<>();
        for (String option : words(when)) {
            int space = option.indexOf(' ');
            all.add(space < 0 ? option : option.substring(0, space));
            if (space >= 0) {
                all.addAll(option.startsWith("--weekly") ? List.of(option.substring(space + 1).split(" "))
                        : List.of(option.substring(space + 1)));
            }
        }
        all.addAll(List.of(more));
        return schedule(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --daily 23:00                | 0 23 * * *         | daily at 23:00
            --weekly mon,thu 06:30       | 30 6 * * 1,4       | weekly on Monday, Thursday at 06:30
            --hourly                     | 0 * * * *          | hourly, on the hour
            --cron */15 9-17 * * mon-fri | */15 9-17 * * 1-5  | cron '*/15 9-17 * * mon-fri'
            """)
    void cronLinesForEveryKindOfTime(String when, String fields, String description) {
        Launcher.Result r = scheduleWhen(when, "--format", "cron").run().assertExit(0);
        Path log = state.resolve("logs/nightly.log");
        assertEquals(List.of("# syncopate: " + script + " — " + description,
                fields + " cd " + script.getParent() + " && " + Launcher.SCRIPT + " run --timeout 3h55m " + script
                        + " >> " + log + " 2>&1"),
                r.stdoutLines());
        assertEquals(List.of("created " + log.getParent() + " for the log"), r.stderrLines());
        assertTrue(Files.isDirectory(log.getParent()), "cron's >> needs the folder");
        CRON.parse(fields).validate();
        CrontabCheck.requireInstalled();
        assertEquals("", CrontabCheck.errors(tmp, r.stdout()));
    }

    @Test
    void cronTakesItsLogNameAndTimeLimitFromTheOptions() {
        Path log = tmp.resolve("my logs/100%.log");
        Launcher.Result r = schedule("--daily", "7:05", "--format", "cron", "--log", log.toString(), "--time-limit",
                "1h30m", "--name", "photos", "--exit-codes", "simple", "-P", "to=/mnt/usb drive").run().assertExit(0);
        assertEquals("5 7 * * * cd " + script.getParent() + " && " + Launcher.SCRIPT
                + " run --timeout 1h25m --exit-codes simple -P 'to=/mnt/usb drive' "
                + script + " >> '" + tmp + "/my logs/100\\%.log' 2>&1", r.stdoutLines().get(1));
        assertTrue(Files.isDirectory(log.getParent()));
        assertFalse(Files.exists(state), "nothing in the state folder when --log names the file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --daily 23:00                | 0 23 * * *        | *-*-* 23:00:00
            --weekly mon,thu 06:30       | 30 6 * * 1,4      | Mon,Thu *-*-* 06:30:00
            --hourly                     | 0 * * * *         | *-*-* *:00:00
            --cron */15 9-17 * * mon-fri | */15 9-17 * * 1-5 | Mon..Fri *-*-* 09..17:00/15:00
            """)
    void systemdUnitsForEveryKindOfTime(String when, String fields, String onCalendar) throws IOException {
        Launcher.Result r = scheduleWhen(when, "--format", "systemd").run().assertExit(0);
        Path units = config.resolve("systemd/user");
        List<String> lines = r.stdoutLines();
        assertEquals("# " + units.resolve("syncopate-nightly.service"), lines.getFirst());
        int timerAt = lines.indexOf("# " + units.resolve("syncopate-nightly.timer"));
        assertTrue(timerAt > 0, r.stdout());
        assertTrue(lines.contains("ExecStart=" + Launcher.SCRIPT + " run --timeout 3h55m " + script), r.stdout());
        assertTrue(lines.containsAll(List.of("Type=oneshot", "WorkingDirectory=" + script.getParent(),
                "TimeoutStartSec=4h", "SuccessExitStatus=1 2 3 4 5 6 7",
                "OnCalendar=" + onCalendar, "Persistent=true", "Unit=syncopate-nightly.service")), r.stdout());
        assertFalse(Files.exists(config), "printing writes nothing");

        SystemdAnalyze.requireInstalled();
        Path dir = Files.createDirectories(tmp.resolve("printed"));
        Path service = Files.writeString(dir.resolve("syncopate-nightly.service"),
                String.join("\n", lines.subList(1, timerAt)) + "\n");
        Path timer = Files.writeString(dir.resolve("syncopate-nightly.timer"),
                String.join("\n", lines.subList(timerAt + 1, lines.size())) + "\n");
        assertEquals("", SystemdAnalyze.verify(service, timer));
        LocalDateTime base = LocalDateTime.of(2026, 3, 1, 0, 0, 30);
        assertEquals(cronUtils(CRON.parse(fields), base, 6), SystemdAnalyze.elapses(onCalendar, base, 6));
    }

    private static List<LocalDateTime> cronUtils(Cron cron, LocalDateTime base, int count) {
        List<LocalDateTime> next = new ArrayList<>();
        ZonedDateTime t = base.atZone(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            t = ExecutionTime.forCron(cron).nextExecution(t).orElseThrow();
            next.add(t.toLocalDateTime());
        }
        return next;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --daily 23:00                | ScheduleByDay  | T23:00:00 |
            --weekly mon,thu 06:30       | ScheduleByWeek | T06:30:00 |
            --hourly                     | ScheduleByDay  | T00:00:00 | PT1H P1D
            --cron */15 9-17 * * mon-fri | ScheduleByWeek | T09:00:00 | PT15M PT8H46M
            """)
    void taskSchedulerDefinitionsForEveryKindOfTime(String when, String schedule, String start, String repetition)
            throws IOException {
        Path xml = state.resolve("tasks/nightly.xml");
        Launcher.Result r = scheduleWhen(when, "--format", "schtasks").run().assertExit(0);
        assertEquals(List.of("wrote the Task Scheduler definition to " + xml,
                "import it with the command below; schtasks asks for the password of " + user() + " once, so that the"
                        + " task runs whether or not " + user() + " is logged on:",
                "schtasks /Create /TN \"\\Syncopate\\nightly\" /XML \"" + xml + "\" /RU \"" + user() + "\" /RP *"),
                r.stdoutLines());
        byte[] bytes = Files.readAllBytes(xml);
        assertEquals(List.of(0xFF, 0xFE), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF), "UTF-16LE byte order mark");
        Document doc = TaskSchema.parse(bytes);
        assertEquals(1, doc.getElementsByTagName(schedule).getLength());
        assertTrue(text(doc, "StartBoundary").endsWith(start), text(doc, "StartBoundary"));
        assertEquals(repetition == null ? "" : repetition,
                (text(doc, "Interval") + " " + text(doc, "Duration")).strip());
        assertEquals("true", text(doc, "StartWhenAvailable"));
        assertEquals("PT4H", text(doc, "ExecutionTimeLimit"));
        assertEquals(Launcher.REPO.resolve("scripts/syncopate.cmd").toString(), text(doc, "Command"));
        assertEquals("run --timeout 3h55m \"" + script + "\"", text(doc, "Arguments"));
        assertEquals(script.getParent().toString(), text(doc, "WorkingDirectory"));
    }

    private static String text(Document doc, String element) {
        return doc.getElementsByTagName(element).getLength() == 0 ? ""
                : doc.getElementsByTagName(element).item(0).getTextContent();
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    @Test
    void outputAndNoTimeLimitForTheTaskScheduler() throws IOException {
        Path xml = tmp.resolve("out/my task.xml");
        schedule("--daily", "23:00", "--format", "schtasks", "--output", xml.toString(), "--time-limit", "none").run()
                .assertExit(0);
        Document doc = TaskSchema.parse(Files.readAllBytes(xml));
        assertEquals("PT0S", text(doc, "ExecutionTimeLimit"));
        assertEquals("run \"" + script + "\"", text(doc, "Arguments"));
        assertFalse(Files.exists(state));
    }

    @Test
    void withoutFormatTheMachinesOwnSchedulerIsUsed() {
        Launcher.Result r = schedule("--daily", "23:00").run().assertExit(0);
        boolean systemd = Files.isDirectory(Path.of("/run/systemd/system"));
        assertEquals(systemd ? "# " + config.resolve("systemd/user/syncopate-nightly.service")
                : "# syncopate: " + script + " — daily at 23:00", r.stdoutLines().getFirst());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments(List.of("--daily", "25:00"), "--daily 25:00: the hour must be 0-23"),
                arguments(List.of("--daily", "7:60"), "--daily 7:60: the minute must be 0-59"),
                arguments(List.of("--weekly", "funday", "23:00"),
                        "--weekly funday 23:00: unknown day 'funday' (did you mean 'sunday'?)"),
                arguments(List.of("--cron", "0 25 * * *"), "--cron '0 25 * * *': Value 25 not in range [0, 23]"),
                arguments(List.of("--cron", "0 3 * *"),
                        "--cron '0 3 * *': Cron expression contains 4 parts but we expect one of [5]"),
                arguments(List.of("--daily", "23:00", "--cron", "0 3 * * *"),
                        "give one schedule, not --daily and --cron"),
                arguments(List.of(), "no schedule given: add --daily HH:MM, --weekly DAY HH:MM, --hourly or --cron 'EXPR'"),
                arguments(List.of("--hourly", "--time-limit", "4 hours"),
                        "--time-limit 4 hours: '4 hours' is not a duration such as 90s, 45m, 4h or 1h30m, or none"),
                arguments(List.of("--hourly", "--format", "launchd"), "--format launchd: expected cron, systemd or schtasks"),
                arguments(List.of("--hourly", "--format", "systemd", "--log", "x.log"), "--log is for --format cron;"
                        + " systemd keeps a run's output in the journal, the Task Scheduler in its history"),
                arguments(List.of("--hourly", "--name", "my job"),
                        "--name my job: use letters, digits, '_', '.' and '-' only, not first '.' or '-'"),
                arguments(List.of("--hourly", "--exit-codes", "bitmask"), "--exit-codes bitmask: expected simple or robocopy"),
                arguments(List.of("--cron", "0 3 1 * mon", "--format", "systemd"), "--cron '0 3 1 * mon': cron runs this"
                        + " when the day of the month OR the day of the week matches, which --format systemd cannot"
                        + " express; restrict only one of the two (or schedule two jobs), or use --format cron"),
                arguments(List.of("--cron", "*/7 * * * *", "--format", "schtasks"), "--cron '*/7 * * * *': runs at 216"
                        + " times a day that are not evenly spaced, and a Task Scheduler task has at most 48 triggers;"
                        + " use evenly spaced times such as '*/15 * * * *', or --format cron or systemd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakesExit16WithOneLineAndWriteNothing(List<String> args, String message) {
        Launcher.Result r = schedule(args.toArray(String[]::new)).run().assertExit(16);
        assertEquals(List.of("syncopate: " + message), r.stderrLines());
        assertEquals("", r.stdout());
        assertEquals(List.of("home", "jobs"),
                Trees.contents(tmp).keySet().stream().filter(k -> !k.contains("/")).toList(),
                "nothing written besides the test's own files");
    }

    /**
     * What {@code check} refuses would fail every night: {@code schedule} runs check first, as the scheduler will
     * run the script (in its folder, with its -P), and refuses with check's message.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            broken.sync.groovy  | "sync {\\n  from 'src'\\n  to 'dst'\\n"  | --daily 23:00 --format cron     | ":1:6: '{' is never closed"
            typo.sync.groovy    | "sync {\\n  from 'src'\\n  to 'dst'\\n  mirorr()\\n}\\n" | --hourly --format systemd | ":4: unknown setting 'mirorr' in sync block (did you mean 'mirror'?)"
            nosrc.sync.groovy   | "sync {\\n  from 'gone'\\n  to 'dst'\\n}\\n" | --hourly --format schtasks | ":1: the source gone does not exist"
            job.sync.yaml       | "sync:\\n  - from: src\\n    to: dst\\n"     | --hourly --format cron -P x=1  | ": -P parameters are for Groovy scripts; a YAML sync file takes none"
            """)
    void whatCheckRefusesIsNotScheduled(String name, String text, String options, String message) throws IOException {
        Trees.file(tmp, "jobs/src/a.txt", "A");
        script = Trees.file(tmp, "jobs/" + name, text.replace("\\n", "\n")).toRealPath();
        Launcher.Result r = schedule(options.split(" ")).run().assertExit(16);
        assertEquals(List.of("syncopate: " + script.getFileName() + message), r.stderrLines());
        assertEquals("", r.stdout());
        assertFalse(Files.exists(state), "nothing written");
        assertFalse(Files.exists(config), "nothing written");
    }

    /** The check runs in the script's folder, as the scheduled run will: relative paths are the ones beside it. */
    @Test
    void aScriptWithRelativePathsIsCheckedInItsFolder() throws IOException {
        Trees.file(tmp, "jobs/src/a.txt", "A");
        script = Trees.file(tmp, "jobs/relative.sync.groovy", "println 'checked'\nsync {\n  from 'src'\n  to 'dst'\n}\n")
                .toRealPath();
        Launcher.Result r = schedule("--hourly", "--format", "systemd").run().assertExit(0);   // from tmp, no src there
        assertEquals("# " + config.resolve("systemd/user/syncopate-relative.service"), r.stdoutLines().getFirst());
        assertFalse(r.stdout().contains("checked"), "what the check printed is not part of the schedule");
        assertFalse(Files.exists(tmp.resolve("jobs/dst")), "check copies nothing");
    }

    /** A YAML job's name drops .sync.yaml, as a Groovy script's drops .sync.groovy, in every format. */
    @Test
    void yamlJobsAreNamedWithoutTheirExtension() throws IOException {
        Trees.file(tmp, "jobs/src/a.txt", "A");
        script = Trees.file(tmp, "jobs/photos.sync.yaml", "sync:\n  - from: src\n    to: dst\n").toRealPath();
        assertTrue(schedule("--hourly", "--format", "cron").run().assertExit(0).stdoutLines().get(1)
                .endsWith(" >> " + state.resolve("logs/photos.log") + " 2>&1"));
        assertEquals("# " + config.resolve("systemd/user/syncopate-photos.service"),
                schedule("--hourly", "--format", "systemd").run().assertExit(0).stdoutLines().getFirst());
        assertEquals("wrote the Task Scheduler definition to " + state.resolve("tasks/photos.xml"),
                schedule("--hourly", "--format", "schtasks").run().assertExit(0).stdoutLines().getFirst());
    }

    @Test
    void aMissingScriptExits16() {
        Launcher.Result r = Launcher.syncopate("schedule", "missing.sync.groovy", "--daily", "23:00").in(tmp)
                .env("SYNCOPATE_STATE_DIR", state.toString()).run().assertExit(16);
        assertEquals(List.of("syncopate: script file missing.sync.groovy not found"), r.stderrLines());
        assertFalse(Files.exists(state));
    }

    @Test
    void helpListsTheOptionsAndAnExampleForEachFormat() {
        Launcher.Result r = Launcher.syncopate("schedule", "--help").run().assertExit(0);
        for (String s : List.of("--daily=HH:MM", "--weekly=DAY HH:MM", "--hourly", "--cron='EXPR'",
                "--format=cron|systemd|schtasks", "--time-limit=DURATION", "--name=", "--log=FILE", "--output=PATH",
                "--exit-codes=simple|robocopy", "-P=name=value", "--install", "--format cron --daily 23:00 --install",
                "--format systemd --weekly mon,thu 06:30", "--format schtasks --hourly", "Exit codes:")) {
            assertTrue(r.stdout().contains(s), () -> s + " missing in:\n" + r.stdout());
        }
        assertEquals("", r.stderr());
    }
}
