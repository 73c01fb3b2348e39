package dev.syncopate.schedule;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Task Scheduler task definition (MS-TSCH 2.5, version 1.2) that runs a {@link Job} on a
 * {@link When}, in the script's folder, and the {@code schtasks} command that imports it. The task
 * starts the job even when the machine was off at the time ({@code StartWhenAvailable}), never twice
 * at once, on battery too, and is stopped after the time limit. It runs as the user whether or not
 * they are logged on, so {@code schtasks} asks for their password once.
 *
 * <pre>{@code
 * TaskSchedulerXml t = TaskSchedulerXml.of(When.daily("23:00"), job, Path.of("C:\\syncopate\\scripts\\syncopate.cmd"),
 *         "OFFICE\\ann", LocalDate.of(2026, 1, 10));
 * Files.write(file, t.bytes());          // UTF-16LE with a byte order mark, as schtasks reads it
 * t.importCommand(file);   // schtasks /Create /TN "\Syncopate\nightly" /XML "C:\...\nightly.xml" /RU "OFFICE\ann" /RP *
 * }</pre>
 *
 * @param taskPath where the task lives in the Task Scheduler Library, {@code \Syncopate\<name>}
 * @param user     the account it runs as
 * @param xml      the definition
 */
public record TaskSchedulerXml(String taskPath, String user, String xml) {
    static final String NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task";
    private static final String PRINCIPAL = "Author";

    /**
     * The definition; {@code today} is the date the triggers start from (their StartBoundary), as when
     * a task is made in the Task Scheduler's own window.
     */
    public static TaskSchedulerXml of(When when, Job job, Path windowsLauncher, String user, LocalDate today) {
        CalendarTriggers triggers = CalendarTriggers.of(when);
        String taskPath = "\\Syncopate\\" + job.name();
        Document doc = document();
        Element task = child(doc, doc, "Task");
        task.setAttribute("version", "1.2");
        Element info = child(doc, task, "RegistrationInfo");
        text(doc, info, "URI", taskPath);
        text(doc, info, "Description", "Syncopate: " + job.script() + " (" + when.description() + ")");
        Element all = child(doc, task, "Triggers");
        for (LocalTime start : triggers.starts()) {
            trigger(doc, all, today.atTime(start).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), triggers);
        }
        Element principal = child(doc, child(doc, task, "Principals"), "Principal");
        principal.setAttribute("id", PRINCIPAL);
        if (user != null && !user.isBlank()) {
            text(doc, principal, "UserId", user);
        }
        text(doc, principal, "LogonType", "Password");
        text(doc, principal, "RunLevel", "LeastPrivilege");
        Element settings = child(doc, task, "Settings");
        text(doc, settings, "MultipleInstancesPolicy", "IgnoreNew");
        text(doc, settings, "DisallowStartIfOnBatteries", "false");
        text(doc, settings, "StopIfGoingOnBatteries", "false");
        text(doc, settings, "StartWhenAvailable", "true");
        text(doc, settings, "Enabled", "true");
        text(doc, settings, "ExecutionTimeLimit", job.limit().taskScheduler());
        Element actions = child(doc, task, "Actions");
        actions.setAttribute("Context", PRINCIPAL);
        Element exec = child(doc, actions, "Exec");
        text(doc, exec, "Command", windowsLauncher.toString());
        text(doc, exec, "Arguments", arguments(job));
        text(doc, exec, "WorkingDirectory", folder(job.script().toString()));
        return new TaskSchedulerXml(taskPath, user, serialize(doc));
    }

    /** The file's bytes: a byte order mark and UTF-16LE, the encoding its declaration names. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(xml.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /** The one {@code schtasks} line that imports the definition; {@code /RP *} makes it ask for the password. */
    public String importCommand(Path file) {
        return "schtasks /Create /TN \"" + taskPath + "\" /XML \"" + file + "\" /RU \"" + user + "\" /RP *";
    }

    /** {@code run ... "<script>"}, quoted so that the Windows command-line rules give the same words back. */
    static String arguments(Job job) {
        List<String> args = job.runArguments();
        String last = args.getLast();
        return args.subList(0, args.size() - 1).stream().map(a -> quote(a, false)).collect(Collectors.joining(" "))
                + " " + quote(last, true);
    }

    /**
     * The folder of a script path, read as text with {@code \} or {@code /} between names, so that a Windows
     * path is one on any machine the definition is made on; a root ({@code C:\}, {@code /}) stays whole.
     */
    static String folder(String script) {
        int last = Math.max(script.lastIndexOf('\\'), script.lastIndexOf('/'));
        if (last < 0) {
            return script;
        }
        String folder = script.substring(0, last);
        return folder.isEmpty() || folder.endsWith(":") ? script.substring(0, last + 1) : folder;
    }

    /**
     * One argument by the rules CommandLineToArgvW and the C runtime split with: quotes around it when it
     * has blanks or quotes (or {@code always}), backslashes doubled only before a quote.
     */
    static String quote(String arg, boolean always) {
        if (!always && !arg.isEmpty() && arg.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return arg;
        }
        StringBuilder b = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            b.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return b.append("\\".repeat(backslashes * 2)).append('"').toString();
    }

    /** triggerBaseType is a sequence (Enabled, StartBoundary, EndBoundary, Repetition, ...), then the ScheduleBy* choice. */
    private static void trigger(Document doc, Element triggers, String startBoundary, CalendarTriggers t) {
        Element trigger = child(doc, triggers, "CalendarTrigger");
        text(doc, trigger, "StartBoundary", startBoundary);
        if (t.repetition() != null) {
            Element repetition = child(doc, trigger, "Repetition");
            text(doc, repetition, "Interval", CalendarTriggers.Repetition.xml(t.repetition().interval()));
            text(doc, repetition, "Duration", CalendarTriggers.Repetition.xml(t.repetition().duration()));
        }
        switch (t.days()) {
            case CalendarTriggers.Days.Daily d -> text(doc, child(doc, trigger, "ScheduleByDay"), "DaysInterval", "1");
            case CalendarTriggers.Days.Weekly w -> {
                Element byWeek = child(doc, trigger, "ScheduleByWeek");
                text(doc, byWeek, "WeeksInterval", "1");
                weekdays(doc, byWeek, w.days());
            }
            case CalendarTriggers.Days.Monthly m -> {
                Element byMonth = child(doc, trigger, "ScheduleByMonth");
                Element days = child(doc, byMonth, "DaysOfMonth");
                m.days().forEach(day -> text(doc, days, "Day", Integer.toString(day)));
                months(doc, byMonth, m.months());
            }
            case CalendarTriggers.Days.MonthlyOnWeekdays m -> {
                Element byWeekday = child(doc, trigger, "ScheduleByMonthDayOfWeek");
                Element weeks = child(doc, byWeekday, "Weeks");
                // every week of the month: the first four, and a fifth one where there is one
                List.of("1", "2", "3", "4", "Last").forEach(w -> text(doc, weeks, "Week", w));
                weekdays(doc, byWeekday, m.days());
                months(doc, byWeekday, m.months());
            }
        }
    }

    private static void weekdays(Document doc, Element parent, Iterable<DayOfWeek> days) {
        Element list = child(doc, parent, "DaysOfWeek");
        days.forEach(d -> child(doc, list, d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }

    private static void months(Document doc, Element parent, Iterable<Month> months) {
        Element list = child(doc, parent, "Months");
        months.forEach(m -> child(doc, list, m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }

    private static Document document() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    private static Element child(Document doc, org.w3c.dom.Node parent, String name) {
        return (Element) parent.appendChild(doc.createElementNS(NAMESPACE, name));
    }

    private static void text(Document doc, Element parent, String name, String value) {
        child(doc, parent, name).setTextContent(value);
    }

    private static String serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            // written here rather than by the transformer, which puts the root element on the same line
            return "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + out.toString().strip() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the task definition", e);
        }
    }
}
