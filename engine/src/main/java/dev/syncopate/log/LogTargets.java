package dev.syncopate.log;

import dev.syncopate.event.EventSink;
import dev.syncopate.options.LogOptions;
import dev.syncopate.report.JsonReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the sinks a run's logging switches ask for:
 * <ul>
 *   <li>the Robocopy log on the console when there is no log file, or with {@code /TEE};</li>
 *   <li>the log file with {@code /LOG:} (overwrite) or {@code /LOG+:} (append) in UTF-8, or with
 *       {@code /UNILOG:} / {@code /UNILOG+:} in UTF-16LE with a byte-order mark, as Robocopy writes
 *       it (no second mark when appending to a file that has content); missing parent directories
 *       are created;</li>
 *   <li>the live progress line when the console is interactive, {@code /NP} is off, and the
 *       console shows the log;</li>
 *   <li>the {@code /JSON:} report.</li>
 * </ul>
 * Every line and report string goes through one {@link TextFilter}: control characters are
 * replaced, and a secret mask can be chained in there.
 *
 * <pre>{@code
 * EventSink out = LogTargets.open(options.log(), System.out, LogTargets.consoleIsInteractive(),
 *         ZoneId.systemDefault(), InstantSource.system());
 * try { engine.run(options, EventSink.all(counter, out)); } finally { out.close(); }
 * }</pre>
 */
public final class LogTargets {
    private LogTargets() {
    }

    /**
     * Whether the console is a terminal a person watches. Java 21 has no
     * {@code Console.isTerminal()}; a console exists only when stdin and stdout are not redirected,
     * which is false under cron, systemd and the Task Scheduler.
     */
    public static boolean consoleIsInteractive() {
        return System.console() != null;
    }

    /** The sinks for {@code log}, with no secret mask. */
    public static EventSink open(LogOptions log, PrintStream console, boolean interactive, ZoneId zone,
                                 InstantSource clock) throws IOException {
        return open(log, console, interactive, zone, clock, TextFilter.NONE);
    }

    /**
     * The sinks for {@code log}. Close the returned sink after the run: it flushes and closes the
     * log file (never the console).
     *
     * @param console     the console stream, used when the log goes there
     * @param interactive whether the console is a terminal (see {@link #consoleIsInteractive()})
     * @param mask        applied to every line and report string, e.g. to hide secrets
     * @throws IOException when the log file cannot be opened
     */
    public static EventSink open(LogOptions log, PrintStream console, boolean interactive, ZoneId zone,
                                 InstantSource clock, TextFilter mask) throws IOException {
        TextFilter lineFilter = TextFilter.CONTROL_CHARACTERS.andThen(mask);
        List<EventSink> sinks = new ArrayList<>();
        List<LogOutput> outputs = new ArrayList<>();
        boolean onConsole = log.logFile() == null || log.tee();
        LogOutput consoleOnly = null;
        if (onConsole) {
            ConsoleOutput screen = new ConsoleOutput(console);
            outputs.add(screen);
            if (log.logFile() != null) {
                consoleOnly = LogOutput.filtered(screen, lineFilter);
            }
            if (interactive && !log.noProgress()) {
                // Before the log, so the status is erased before the summary is printed.
                sinks.add(new ProgressLine(screen, clock));
            }
        }
        if (log.logFile() != null) {
            outputs.add(LogOutput.of(openLogFile(log.logFile(), log.appendLog(), log.unicode())));
        }
        LogOutput out = outputs.size() == 1 ? outputs.get(0) : LogOutput.tee(outputs.toArray(LogOutput[]::new));
        sinks.add(new RobocopyLog(LogOutput.filtered(out, lineFilter), consoleOnly, zone));
        if (log.jsonReport() != null) {
            sinks.add(new JsonReport(log.jsonReport(), zone, mask::apply));
        }
        return EventSink.all(sinks.toArray(EventSink[]::new));
    }

    /**
     * Opens a log file for writing, creating missing parent directories.
     *
     * @param append  {@code /LOG+:} and {@code /UNILOG+:}
     * @param unicode {@code /UNILOG}: UTF-16LE with a byte-order mark, otherwise UTF-8 without one
     */
    public static Writer openLogFile(Path file, boolean append, boolean unicode) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // A mark belongs at the start of the file only, never in the middle of an appended one.
        boolean writeMark = unicode && (!append || !Files.exists(file) || Files.size(file) == 0);
        OpenOption[] mode = append
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE};
        OutputStream stream = Files.newOutputStream(file, mode);
        Charset charset = unicode ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        // A Charset (not an encoder) replaces what it cannot encode, such as a lone surrogate in a
        // file name, instead of failing the log halfway through a run.
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, charset));
        if (writeMark) {
            writer.write('\uFEFF');
        }
        return writer;
    }
}
