package dev.syncopate.dsl;

import dev.syncopate.dsl.js.JsHook;
import dev.syncopate.event.Summary;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The base class of every {@code *.sync.groovy} script: the script-level vocabulary. Plain Groovy does
 * the rest ({@code if}, {@code switch}, methods, variables).
 *
 * <pre>{@code
 * def stamp = timestamp()                              // 20261108_230000, the same all run long
 * def docs = sync('docs') {
 *     from '/srv/shared/docs'
 *     to   "/mnt/nas/docs/$stamp"
 * }
 * keep last: 14, in: '/mnt/nas/docs'
 * if (docs.exitCode < 8 && today.dayOfWeek == SUNDAY) {
 *     sync('weekly') { from '/srv/shared/docs'; to '/mnt/offsite/docs'; mirror() }
 * }
 * onExitCode { code -> if (code >= 8) println "FAILED on $hostname with $code" }
 * }</pre>
 */
public abstract class SyncScript extends Script {
    public static final DayOfWeek MONDAY = DayOfWeek.MONDAY;
    public static final DayOfWeek TUESDAY = DayOfWeek.TUESDAY;
    public static final DayOfWeek WEDNESDAY = DayOfWeek.WEDNESDAY;
    public static final DayOfWeek THURSDAY = DayOfWeek.THURSDAY;
    public static final DayOfWeek FRIDAY = DayOfWeek.FRIDAY;
    public static final DayOfWeek SATURDAY = DayOfWeek.SATURDAY;
    public static final DayOfWeek SUNDAY = DayOfWeek.SUNDAY;

    /** File classes, for {@code f.kind == NEW} (the kind is this text). */
    public static final String NEW = "NEW", NEWER = "NEWER", OLDER = "OLDER", CHANGED = "CHANGED", SAME = "SAME",
            TWEAKED = "TWEAKED", EXTRA = "EXTRA", MISMATCH = "MISMATCH";

    private ScriptContext syncopateContext;
    private String cachedHostname;

    /** Called by the runner before {@code run()}. */
    final void attach(ScriptContext context) {
        this.syncopateContext = context;
        context.attach(this);
    }

    /** Runs a sync block now and returns its result; a mistake in the block fails it (16), not the script. */
    public BlockResult sync(@DelegatesTo(value = SyncBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        return sync(null, body);
    }

    /** A named sync block, {@code sync('docs') { ... }}. */
    public BlockResult sync(String name,
                            @DelegatesTo(value = SyncBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        ScriptContext ctx = syncopateContext;
        BlockSettings settings = new BlockSettings(name, ScriptLines.caller(ctx.file()));
        try {
            if (body == null) {
                // sync(null), or sync(name, null): refused like any other wrong setting, nothing done.
                throw new SettingError(ScriptLines.at(ctx.file(), settings.line)
                        + ": sync needs a block: sync { from '...'; to '...' }, not null");
            }
            Closure<?> c = (Closure<?>) body.clone();
            c.setDelegate(new SyncBlock(ctx, body.getOwner(), settings));
            c.setResolveStrategy(Closure.DELEGATE_FIRST);
            c.call();
            return BlockRunner.run(ctx, settings);
        } catch (SettingError e) {
            ctx.reject(e);
            return new BlockResult(name, 16, Summary.EMPTY, new BlockLog(e.getMessage() + "\n"));
        }
    }

    /** The run's timestamp, {@code yyyyMMdd_HHmmss}: fixed by the first call, the same in every later one. */
    public String timestamp() {
        return timestamp(ScriptContext.DEFAULT_PATTERN);
    }

    /**
     * The run's timestamp in a {@link java.time.format.DateTimeFormatter} pattern; the first pattern used is
     * the script's pattern, which {@code keep} and snapshots read folder names with.
     */
    public String timestamp(String pattern) {
        return syncopateContext.timestamp(pattern);
    }

    /** The current local date and time. */
    public LocalDateTime getNow() {
        return LocalDateTime.now(syncopateContext.settings().clock());
    }

    /** Today's date; {@code today.dayOfWeek == SUNDAY}. */
    public LocalDate getToday() {
        return LocalDate.now(syncopateContext.settings().clock());
    }

    /** This machine's name. */
    public String getHostname() {
        if (cachedHostname == null) {
            cachedHostname = syncopateContext.settings().hostname().get();
        }
        return cachedHostname;
    }

    /** An environment variable, or null. */
    public String env(String name) {
        return syncopateContext.settings().env().apply(name);
    }

    /** An environment variable, or {@code fallback} when it is not set. */
    public Object env(String name, Object fallback) {
        String v = env(name);
        return v != null ? v : fallback;
    }

    /** The {@code -P name=value} parameters. */
    public Map<String, String> getParams() {
        return syncopateContext.settings().params();
    }

    /** Runs once after the script with the combined exit code; {@code exit(n)} in it sets the final code. */
    public void onExitCode(@DelegatesTo(value = SyncScript.class, strategy = Closure.DELEGATE_FIRST)
                           @ClosureParams(value = SimpleType.class, options = "int") Closure<?> handler) {
        syncopateContext.onExitCode(new GroovyHook(handler));
    }

    /** {@code onExitCode js('code => ...')}: runs once after the script with the combined exit code. */
    public void onExitCode(JsHook js) {
        try {
            syncopateContext.onExitCode(new JavaScriptHook(syncopateContext, js));
        } catch (SettingError e) {
            syncopateContext.reject(e);   // check: a JavaScript source that does not compile
        }
    }

    /**
     * A JavaScript hook or filter written inline: {@code filter js('f => f.size < 1e6')}. Its errors
     * name this script line.
     */
    public JsHook js(String source) {
        String file = syncopateContext.file();
        return new JsHook(file, Math.max(1, ScriptLines.caller(file)), source);
    }

    /** A JavaScript hook kept in a file: {@code beforeCopy js(file('hooks/check.js'))}, read as UTF-8. */
    public JsHook js(File source) {
        try {
            return new JsHook(source.getName(), 1, Files.readString(source.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            String file = syncopateContext.file();
            throw new SettingError(ScriptLines.at(file, ScriptLines.caller(file))
                    + ": cannot read the JavaScript hook " + source + (e instanceof NoSuchFileException ? " (no such file)"
                    : " (" + e.getMessage() + ")"));
        }
    }

    /** A file, relative to the working directory like every other path: {@code js(file('hooks/check.js'))}. */
    public File file(String path) {
        return new File(path);
    }

    /** Ends the script now with this exit code (0 to 255) instead of the blocks' combined one. */
    public void exit(int code) {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("exit code must be 0 to 255, not " + code);
        }
        throw new ScriptExit(code);
    }

    /** {@code wait} outside a sync block (the compiler renames it, see {@link SyncBlock#syncopateWait}). */
    public void syncopateWait(Object... args) {
        throw new IllegalArgumentException("'wait' is a setting of a sync block: sync { ...; wait 10.seconds }");
    }

    /** Retention of timestamped folders: {@code keep last: 14, in: dir}, {@code keep days: 30, in: dir}. */
    public void keep(Map<?, ?> options) {
        try {
            Keep.run(syncopateContext, options);
        } catch (SettingError e) {
            syncopateContext.reject(e);
        }
    }

    /**
     * Declares logins: {@code credentials { nas user: 'backup', password: env('NAS_PASSWORD') }}; sources are
     * {@code password:}, {@code passwordFile:} (refused when others can read it), {@code passwordCommand:};
     * optional {@code privateKey:}. Every password is masked as {@code ****} in all output from then on.
     */
    public void credentials(@DelegatesTo(value = CredentialsBlock.class, strategy = Closure.DELEGATE_FIRST)
                            Closure<?> body) {
        Closure<?> c = (Closure<?>) body.clone();
        c.setDelegate(new CredentialsBlock(syncopateContext.alerting(), this));
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        c.call();
    }

    /**
     * Windows: maps a drive letter to a share for the duration of {@code body}, then always removes it:
     * {@code netUse('Z:', '\\\\fs01\\Backup', credentials: 'fs') { sync { from 'D:/Data'; to 'Z:/data' } }}.
     * Returns what {@code body} returns. A mapping that fails is one line and exit 16, and {@code body} does
     * not run. {@code check} maps too, as it logs in to remote locations, so the blocks inside see the drive.
     * Elsewhere {@code smb://} locations are the portable way.
     */
    public Object netUse(Map<String, ?> options, String drive, String share, Closure<?> body) {
        ScriptContext ctx = syncopateContext;
        String at = ScriptLines.at(ctx.file(), ScriptLines.caller(ctx.file()));
        if (!ctx.settings().platform().windows()) {
            throw new IllegalArgumentException("netUse maps Windows drive letters; on this system write the share as"
                    + " smb://server/share/path with credentials: 'nas'");
        }
        Alerting.known("netUse", options, java.util.Set.of("credentials"));
        Object name = options.get("credentials");
        dev.syncopate.remote.Credential c = name == null ? null : ctx.alerting().credential(name.toString());
        NetUse net = new NetUse(ctx.settings().processes(), ctx.alerting().secrets());
        try {
            return net.with(drive, share, c, body::call, m -> ctx.warn(at + ": " + m));
        } catch (NetUse.Failure e) {
            ctx.reject(new SettingError(at + ": " + e.getMessage()));
            return null;
        }
    }

    /** {@code netUse('Z:', '\\\\fs01\\Public') { ... }}: a share that needs no login of its own. */
    public Object netUse(String drive, String share, Closure<?> body) {
        return netUse(Map.of(), drive, share, body);
    }

    /** The declared logins: {@code credentials.nas.user}, {@code credentials.nas.password}. */
    public Credentials getCredentials() {
        return new Credentials(syncopateContext.alerting());
    }

    /** Mail settings for {@code email}: {@code smtp host:, port:, from:, credentials: 'mail', tls: 'starttls'}. */
    public void smtp(Map<String, ?> options) {
        syncopateContext.alerting().smtp(options);
    }

    /**
     * Sends an email now: {@code email to: 'ops@example.com', subject: ..., body: ..., attach: [...]}; subject and
     * body default to the run's report. Returns false, after one line on stderr, when it could not be sent.
     */
    public boolean email(Map<String, ?> options) {
        if (options.containsKey("when")) {
            throw new IllegalArgumentException("'when:' belongs in notify { email ..., when: 'failure' }");
        }
        return syncopateContext.alerting().email(options, syncopateContext.alertCode());
    }

    /** Posts the default payload (script, host, exit code, verdict, counts, log tail; Slack's {@code text}). */
    public boolean webhook(String url) {
        return webhook(Map.of(), url);
    }

    /** Posts JSON now: {@code webhook 'https://...', json: [text: 'done']}; false when it could not be posted. */
    public boolean webhook(Map<String, ?> options, String url) {
        if (options.containsKey("when")) {
            throw new IllegalArgumentException("'when:' belongs in notify { webhook ..., when: 'always' }");
        }
        return syncopateContext.alerting().webhook(url, options.get("json"), options, syncopateContext.alertCode());
    }

    /**
     * Runs a program now with {@code SYNCOPATE_EXIT_CODE}, {@code SYNCOPATE_SCRIPT}, {@code SYNCOPATE_VERDICT} and
     * {@code SYNCOPATE_LOG} set; its output goes to the console. Returns false when it failed or timed out (60 s).
     */
    public boolean command(Object... argv) {
        return command(Map.of(), argv);
    }

    /** {@code command 'prog', 'arg', timeout: 10.seconds}. */
    public boolean command(Map<String, ?> options, Object... argv) {
        if (options.containsKey("when")) {
            throw new IllegalArgumentException("'when:' belongs in notify { command ..., when: 'failure' }");
        }
        return syncopateContext.alerting().command(java.util.Arrays.stream(argv).map(String::valueOf).toList(),
                options, syncopateContext.alertCode());
    }

    /**
     * Notifications sent after the {@code onExitCode} handlers, with the final code:
     * {@code notify { email to: 'ops@example.com'; webhook url, when: 'always' }}. {@code when:} is
     * {@code 'failure'} (8 or more, the default), {@code 'success'} (0 to 7), {@code 'always'} or a closure.
     */
    public void notify(@DelegatesTo(value = NotifyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        Closure<?> c = (Closure<?>) body.clone();
        c.setDelegate(new NotifyBlock(syncopateContext, body.getOwner(), syncopateContext.notifications()));
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        c.call();
    }

    /**
     * Prometheus metrics of the run, written when it ends (not under {@code --dry-run}):
     * {@code metrics '/var/lib/node_exporter/textfile/nightly.prom'}. The folder must exist.
     */
    public void metrics(Object path) {
        syncopateContext.metrics().declare(path);
    }

    /** The run's log so far (every block's), secrets masked: {@code log.tail(50)}. */
    public BlockLog getLog() {
        return syncopateContext.log();
    }

    /** The counts of all blocks so far, summed: {@code summary.files.copied}, {@code summary.files.failed}. */
    public Summary getSummary() {
        return syncopateContext.summary();
    }

    @Override
    public void println() {
        syncopateContext.out().println();
    }

    @Override
    public void println(Object value) {
        syncopateContext.out().println(ScriptErrors.text(value));
    }

    @Override
    public void print(Object value) {
        syncopateContext.out().print(ScriptErrors.text(value));
    }

    @Override
    public void printf(String format, Object value) {
        syncopateContext.out().printf(format, value);
    }

    @Override
    public void printf(String format, Object[] values) {
        syncopateContext.out().printf(format, values);
    }
}
