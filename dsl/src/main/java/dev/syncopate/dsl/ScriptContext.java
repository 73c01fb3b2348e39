package dev.syncopate.dsl;


import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state of one script run, shared by the script object, its blocks and hooks: the settings, the
 * run's timestamp, the combined exit code, the {@code onExitCode} handlers.
 */
final class ScriptContext {
    /** {@code timestamp()}'s pattern when the script names none. */
    static final String DEFAULT_PATTERN = "yyyyMMdd_HHmmss";

    private final RunSettings settings;
    private final String file;
    private final List<Hook> exitHandlers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.nio.file.Path> wouldCreate = new ArrayList<>();
    private Object script;
    private Instant stampInstant;
    private String pattern;
    private int code;
    private int blocks;
    private boolean failed;

    private final Alerting alerting;
    private final RunMetricsRecorder metrics;
    private final java.nio.file.Path runLog;
    // Also read by the alerts of a run that had to be ended, on another thread (HardStopAlerts).
    private final List<NotifyBlock.Rule> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.nio.file.Path> logFiles = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<dev.syncopate.event.Summary> summaries = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean exitHandlersClaimed = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Integer finalCode;
    private volatile String endNote;

    ScriptContext(RunSettings settings, String file) {
        this(settings, file, new dev.syncopate.secret.Secrets(), null);
    }

    /** A context whose output is already masked by {@code secrets}; {@code runLog} is SYNCOPATE_LOG, or null. */
    ScriptContext(RunSettings settings, String file, dev.syncopate.secret.Secrets secrets, java.nio.file.Path runLog) {
        this.settings = settings;
        this.file = file;
        this.runLog = runLog;
        this.alerting = new Alerting(this, secrets);
        // Real time, not the run's clock: that one is the script's `now` and `timestamp`, read once per run
        // (a test clock ticks on every read), and metrics measure how long the run really took.
        this.metrics = new RunMetricsRecorder(Clock.systemUTC());
    }

    /** What {@code metrics 'x.prom'} writes at the end of the run. */
    RunMetricsRecorder metrics() {
        return metrics;
    }

    Alerting alerting() {
        return alerting;
    }

    java.nio.file.Path runLog() {
        return runLog;
    }

    String hostname() {
        return settings.hostname().get();
    }

    /** A finished block's log and counts, for the script's {@code log} and {@code summary}. */
    void finished(BlockResult r) {
        logs.add(r.getLog().toString());
        summaries.add(r.getSummary());
        metrics.blockFinished(r);
    }

    /** Lines the script's {@code log} (and so an alert's log tail) gets besides the blocks' logs: what {@code keep} did. */
    void logged(List<String> lines) {
        if (!lines.isEmpty()) {
            logs.add(String.join(System.lineSeparator(), lines) + System.lineSeparator());
        }
    }

    /** A block's {@code log} file: alerts name it, as it stays after the run. */
    void keptLog(java.nio.file.Path file) {
        java.nio.file.Path p = file.toAbsolutePath().normalize();
        if (!logFiles.contains(p)) {
            logFiles.add(p);
        }
    }

    /** The blocks' log files, in the order the blocks ran. */
    List<java.nio.file.Path> logFiles() {
        return List.copyOf(logFiles);
    }

    /** The blocks' logs so far, one after the other, masked. */
    BlockLog log() {
        return new BlockLog(alerting.secrets().mask(String.join("", logs)));
    }

    dev.syncopate.event.Summary summary() {
        return Alerting.sum(summaries);
    }

    List<NotifyBlock.Rule> notifications() {
        return notifications;
    }

    /** The exit code alerts report: the final one in handlers and {@code notify}, the blocks' so far before. */
    int alertCode() {
        return finalCode != null ? finalCode : code;
    }

    /** How the run ended when that is more than its exit code says (stopped, ended), for every alert; or null. */
    String endNote() {
        return endNote;
    }

    void endedBecause(String note) {
        endNote = note;
    }

    /** The code alerts report from now on, whatever the handlers said: the hard stop's 24. */
    void forceFinalCode(int code) {
        finalCode = code;
    }

    /** Sends the {@code notify {}} notifications for the final code. */
    void sendNotifications(int code) {
        finalCode = code;
        NotifyBlock.send(notifications, code);
    }

    /** The script object: the delegate of {@code onExitCode} handlers. */
    void attach(Object scriptObject) {
        this.script = scriptObject;
    }

    Object script() {
        return script;
    }

    RunSettings settings() {
        return settings;
    }

    /** The script's file name, as its classes carry it and as messages show it. */
    String file() {
        return file;
    }

    boolean checking() {
        return settings.mode() == RunSettings.Mode.CHECK;
    }

    PrintStream out() {
        return settings.out();
    }

    ZoneId zone() {
        return settings.clock().getZone();
    }

    /**
     * The run's timestamp in {@code pattern}. The first call fixes the instant, so every call in a run
     * names the same moment, and its pattern becomes the script's pattern for {@code keep} and snapshots.
     */
    String timestamp(String requested) {
        DateTimeFormatter f;
        try {
            // Locale.ROOT, as retention reads folder names: a German and an English run share folders.
            f = DateTimeFormatter.ofPattern(requested, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid timestamp pattern '" + requested + "': " + e.getMessage());
        }
        if (stampInstant == null) {
            stampInstant = settings.clock().instant();
            pattern = requested;
        }
        return f.format(stampInstant.atZone(zone()).toLocalDateTime());
    }

    /** The pattern of the script's first {@code timestamp()}, or the default. */
    String pattern() {
        return pattern == null ? DEFAULT_PATTERN : pattern;
    }

    /** A destination a dry-run block did not create but a real run would have. */
    void wouldCreate(java.nio.file.Path destination) {
        wouldCreate.add(destination.toAbsolutePath().normalize());
    }

    /**
     * How many folders directly in {@code parent} a real run would have created: {@code keep} under
     * {@code --dry-run} counts them, or it would list fewer removals than the real run makes.
     */
    int wouldCreateIn(java.nio.file.Path parent) {
        java.nio.file.Path p = parent.toAbsolutePath().normalize();
        return (int) wouldCreate.stream().filter(d -> p.equals(d.getParent())).distinct().count();
    }

    /** Adds a block's (or retention's) code to the run's bitwise OR. */
    void add(int blockCode) {
        code |= blockCode;
    }

    int code() {
        return code;
    }

    /** A block or keep that failed validation: one line on stderr, exit 16, the script goes on. */
    void reject(SettingError e) {
        failed = true;
        add(16);
        problem(e.getMessage(), e);
    }

    /** True when some block or keep failed validation ({@code check} exits 16 then). */
    boolean failed() {
        return failed;
    }

    void countBlock() {
        blocks++;
        metrics.blockStarted();
    }

    int blocks() {
        return blocks;
    }

    /** {@code syncopate: <message>} on stderr, with the trace under {@code --stacktrace}. */
    void problem(String message, Throwable e) {
        settings.err().println("syncopate: " + message);
        if (settings.stacktrace() && e != null) {
            e.printStackTrace(settings.err());
        }
        settings.err().flush();
    }

    void warn(String message) {
        settings.err().println("syncopate: warning: " + message);
        settings.err().flush();
    }

    boolean hasExitHandlers() {
        return !exitHandlers.isEmpty();
    }

    void onExitCode(Hook handler) {
        exitHandlers.add(handler);
    }

    /**
     * Runs the script's {@code onExitCode} handlers once; returns the final code ({@code exit(n)} wins).
     * Nothing when the alerts of a hard stop took them first.
     */
    int runExitHandlers(int finalCode) {
        return claimExitHandlers() ? runClaimedExitHandlers(finalCode) : finalCode;
    }

    /** True for the one caller that is to run the handlers: the run, or the alerts of a hard stop. */
    boolean claimExitHandlers() {
        return exitHandlersClaimed.compareAndSet(false, true);
    }

    /** The handlers, for the caller that {@link #claimExitHandlers claimed} them. */
    int runClaimedExitHandlers(int finalCode) {
        int result = finalCode;
        this.finalCode = result;
        for (Hook handler : exitHandlers) {
            try {
                handler.onExitCode(result, script);
            } catch (ScriptExit x) {
                this.finalCode = x.code();
                return x.code();
            }
        }
        return result;
    }
}
