package dev.syncopate.cli;

import dev.syncopate.schedule.Job;
import dev.syncopate.schedule.TaskSchedulerXml;
import dev.syncopate.schedule.TimeLimit;
import dev.syncopate.schedule.When;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Task Scheduler's Arguments, split the way syncopate.cmd's Java side splits a Windows command line
 * (the C runtime's rules), give back exactly the words {@code run} should get.
 */
class ScheduleWindowsArgumentsTest {
    private static final Pattern ARGUMENTS = Pattern.compile("<Arguments>(.*)</Arguments>");

    @Test
    void argumentsSurviveTheWindowsCommandLineRules() {
        List<String> options = List.of("--exit-codes", "simple", "-P", "to=D:\\usb drive\\", "-P", "say=\"hi there\"",
                "-P", "empty=", "-P", "tab=a\tb");
        for (String script : List.of("C:\\jobs\\nightly.sync.groovy", "C:\\my jobs\\it's 100%.sync.groovy",
                "C:\\trailing\\", "\\\\server\\share\\a b.sync.groovy")) {
            Job job = new Job("n", Path.of("/unused"), Path.of(script), Path.of("/unused.log"), TimeLimit.DEFAULT,
                    options);
            String xml = TaskSchedulerXml.of(When.daily("23:00"), job, Path.of("C:\\s\\syncopate.cmd"), "ann",
                    LocalDate.of(2026, 1, 10)).xml();
            Matcher m = ARGUMENTS.matcher(xml);
            m.find();
            String arguments = m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
            List<String> expected = new ArrayList<>(List.of("run", "--timeout", "3h55m"));
            expected.addAll(options);
            expected.add(Path.of(script).toString());
            assertEquals(expected, List.of(WindowsCommandLine.split(arguments)), arguments);
        }
    }
}
