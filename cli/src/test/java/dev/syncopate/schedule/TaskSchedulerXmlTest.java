package dev.syncopate.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Task Scheduler definitions: verbatim, valid against Microsoft's schema, UTF-16, and the import command. */
class TaskSchedulerXmlTest {
    private static final Path CMD = Path.of("C:\\Program Files\\syncopate\\scripts\\syncopate.cmd");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    private static Job job(String script, TimeLimit limit, List<String> options) {
        return new Job("nightly", Path.of("/unused"), Path.of(script), Path.of("/unused.log"), limit, options);
    }

    private static TaskSchedulerXml task(When when) {
        return TaskSchedulerXml.of(when, job("C:\\jobs\\nightly.sync.groovy", TimeLimit.DEFAULT, List.of()), CMD,
                "OFFICE\\ann", TODAY);
    }

    @Test
    void aDailyTaskVerbatim() {
        TaskSchedulerXml t = task(When.daily("23:00"));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-16"?>
                <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
                  <RegistrationInfo>
                    <URI>\\Syncopate\\nightly</URI>
                    <Description>Syncopate: C:\\jobs\\nightly.sync.groovy (daily at 23:00)</Description>
                  </RegistrationInfo>
                  <Triggers>
                    <CalendarTrigger>
                      <StartBoundary>2026-01-10T23:00:00</StartBoundary>
                      <ScheduleByDay>
                        <DaysInterval>1</DaysInterval>
                      </ScheduleByDay>
                    </CalendarTrigger>
                  </Triggers>
                  <Principals>
                    <Principal id="Author">
                      <UserId>OFFICE\\ann</UserId>
                      <LogonType>Password</LogonType>
                      <RunLevel>LeastPrivilege</RunLevel>
                    </Principal>
                  </Principals>
                  <Settings>
                    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
                    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
                    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
                    <StartWhenAvailable>true</StartWhenAvailable>
                    <Enabled>true</Enabled>
                    <ExecutionTimeLimit>PT4H</ExecutionTimeLimit>
                  </Settings>
                  <Actions Context="Author">
                    <Exec>
                      <Command>C:\\Program Files\\syncopate\\scripts\\syncopate.cmd</Command>
                      <Arguments>run --timeout 3h55m "C:\\jobs\\nightly.sync.groovy"</Arguments>
                      <WorkingDirectory>C:\\jobs</WorkingDirectory>
                    </Exec>
                  </Actions>
                </Task>
                """, t.xml().replace("\r\n", "\n"));
        assertEquals("schtasks /Create /TN \"\\Syncopate\\nightly\" /XML \"C:\\tasks\\nightly.xml\" /RU \"OFFICE\\ann\""
                + " /RP *", t.importCommand(Path.of("C:\\tasks\\nightly.xml")));
    }

    /** The triggers for every kind of schedule; each whole definition must pass the schema. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            hourly |                | <CalendarTrigger><StartBoundary>2026-01-10T00:00:00</StartBoundary><Repetition><Interval>PT1H</Interval><Duration>P1D</Duration></Repetition><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger>
            weekly | mon,thu 6:30   | <CalendarTrigger><StartBoundary>2026-01-10T06:30:00</StartBoundary><ScheduleByWeek><WeeksInterval>1</WeeksInterval><DaysOfWeek><Monday/><Thursday/></DaysOfWeek></ScheduleByWeek></CalendarTrigger>
            cron   | 0 9-17 * * 1-5 | <CalendarTrigger><StartBoundary>2026-01-10T09:00:00</StartBoundary><Repetition><Interval>PT1H</Interval><Duration>PT8H1M</Duration></Repetition><ScheduleByWeek><WeeksInterval>1</WeeksInterval><DaysOfWeek><Monday/><Tuesday/><Wednesday/><Thursday/><Friday/></DaysOfWeek></ScheduleByWeek></CalendarTrigger>
            cron   | 0 9,17 * * *   | <CalendarTrigger><StartBoundary>2026-01-10T09:00:00</StartBoundary><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger><CalendarTrigger><StartBoundary>2026-01-10T17:00:00</StartBoundary><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger>
            cron   | 0 3 1,15 1,7 * | <CalendarTrigger><StartBoundary>2026-01-10T03:00:00</StartBoundary><ScheduleByMonth><DaysOfMonth><Day>1</Day><Day>15</Day></DaysOfMonth><Months><January/><July/></Months></ScheduleByMonth></CalendarTrigger>
            cron   | 0 6 * 12 sat   | <CalendarTrigger><StartBoundary>2026-01-10T06:00:00</StartBoundary><ScheduleByMonthDayOfWeek><Weeks><Week>1</Week><Week>2</Week><Week>3</Week><Week>4</Week><Week>Last</Week></Weeks><DaysOfWeek><Saturday/></DaysOfWeek><Months><December/></Months></ScheduleByMonthDayOfWeek></CalendarTrigger>
            """)
    void triggersForEveryKindOfSchedule(String kind, String value, String triggers) {
        TaskSchedulerXml t = task(WhenTest.when(kind, value));
        String flat = t.xml().replaceAll(">\\s+<", "><");
        assertEquals(triggers, flat.substring(flat.indexOf("<Triggers>") + 10, flat.indexOf("</Triggers>")));
        TaskSchema.parse(t.bytes());
    }

    @Test
    void theFileIsUtf16LittleEndianWithAByteOrderMark() {
        TaskSchedulerXml t = task(When.daily("23:00"));
        byte[] bytes = t.bytes();
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0, '?', 0}, Arrays.copyOf(bytes, 6));
        assertEquals(t.xml(), new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        Document doc = TaskSchema.parse(bytes);
        assertEquals("UTF-16", doc.getInputEncoding().toUpperCase(java.util.Locale.ROOT).replace("LE", ""));
    }

    @Test
    void noTimeLimitIsPT0SAndOptionsArePassedOn() {
        TaskSchedulerXml t = TaskSchedulerXml.of(When.hourly(), job("C:\\my jobs\\a\\", TimeLimit.parse("none"),
                List.of("--exit-codes", "simple", "-P", "to=D:\\usb drive\\", "-P", "say=\"hi\"")), CMD, "ann", TODAY);
        Document doc = TaskSchema.parse(t.bytes());
        assertEquals("PT0S", doc.getElementsByTagName("ExecutionTimeLimit").item(0).getTextContent());
        assertEquals("run --exit-codes simple -P \"to=D:\\usb drive\\\\\" -P \"say=\\\"hi\\\"\" \"C:\\my jobs\\a\\\\\"",
                doc.getElementsByTagName("Arguments").item(0).getTextContent());
    }

    /** The task starts in the script's folder, however the path is written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            C:\\jobs\\nightly.sync.groovy           | C:\\jobs
            C:\\nightly.sync.groovy                | C:\\
            \\\\fs01\\jobs\\my jobs\\n.sync.groovy   | \\\\fs01\\jobs\\my jobs
            /srv/my jobs/n.sync.groovy           | /srv/my jobs
            /n.sync.groovy                       | /
            """)
    void theWorkingDirectoryIsTheScriptsFolder(String script, String folder) {
        Document doc = TaskSchema.parse(TaskSchedulerXml.of(When.hourly(), job(script, TimeLimit.DEFAULT, List.of()), CMD,
                "ann", TODAY).bytes());
        assertEquals(folder, doc.getElementsByTagName("WorkingDirectory").item(0).getTextContent());
    }

    @Test
    void windowsQuotingDoublesBackslashesOnlyBeforeAQuote() {
        assertEquals("plain", TaskSchedulerXml.quote("plain", false));
        assertEquals("\"plain\"", TaskSchedulerXml.quote("plain", true));
        assertEquals("\"\"", TaskSchedulerXml.quote("", false));
        assertEquals("\"C:\\a b\\c\"", TaskSchedulerXml.quote("C:\\a b\\c", false));
        assertEquals("\"C:\\a b\\\\\"", TaskSchedulerXml.quote("C:\\a b\\", false));
        assertEquals("\"a\\\\\\\"b\"", TaskSchedulerXml.quote("a\\\"b", false));
    }

    @Test
    void theSchemaCatchesElementsOutOfOrder() {
        String swapped = task(When.hourly()).xml().replaceAll(
                "(?s)(<StartBoundary>.*?</StartBoundary>)(\\s*)(<Repetition>.*?</Repetition>)", "$3$2$1");
        AssertionError e = assertThrows(AssertionError.class,
                () -> TaskSchema.parse(swapped.replace("UTF-16", "UTF-8").getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("StartBoundary"), e.getMessage());
    }

    @Test
    void schedulesTheTaskSchedulerCannotHoldAreRefused() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> task(When.cron("*/7 * * * *")));
        assertTrue(e.getMessage().startsWith("--cron '*/7 * * * *': runs at 216 times a day"), e.getMessage());
    }
}
