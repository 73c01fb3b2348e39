package dev.syncopate.dsl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.dsl.alert.AlertException;
import dev.syncopate.dsl.alert.CommandRunner;
import dev.syncopate.dsl.alert.EmailSender;
import dev.syncopate.dsl.alert.PingSender;
import dev.syncopate.dsl.alert.RunReport;
import dev.syncopate.dsl.alert.SmtpSettings;
import dev.syncopate.dsl.alert.WebhookSender;
import dev.syncopate.remote.Credential;
import dev.syncopate.secret.Secrets;
import dev.syncopate.event.Counts;
import dev.syncopate.event.Summary;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alerting side of a run: the credentials, the mail settings, and the three channels (email, webhook,
 * command). A notification that cannot be delivered is one line on stderr (and so in the run log), never an
 * exception into the script and never a different exit code: an alert about a backup must not break it.
 *
 * <pre>{@code
 * alerting.smtp(Map.of("host", "mail.example.com", "from", "backup@example.com", "credentials", "mail"));
 * alerting.email(Map.of("to", "ops@example.com"));   // subject and body from the run's report
 * }</pre>
 */
final class Alerting {
    static final Duration SMTP_TIMEOUT = Duration.ofSeconds(30);
    static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(30);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    /** Short: a ping that hangs must not hold up the backup it reports on. */
    static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    /** Made on first use: Jackson's ~400 classes cost a script that sends no webhook 0.1 s of start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final ScriptContext context;
    private final Secrets secrets;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private SmtpSettings smtp;

    Alerting(ScriptContext context, Secrets secrets) {
        this.context = context;
        this.secrets = secrets;
    }

    Secrets secrets() {
        return secrets;
    }

    void addCredential(Credential c) {
        secrets.register(c.password());
        credentials.put(c.name(), c);
    }

    Credential credential(String name) {
        Credential c = credentials.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown credential '" + name + "'"
                    + ScriptErrors.hint(name, credentials.keySet())
                    + (credentials.isEmpty() ? " (declare it in credentials { " + name + " user: ..., password: ... })" : ""));
        }
        return c;
    }

    /** {@code smtp host:, port:, from:, credentials:, tls:, timeout:}. */
    void smtp(Map<?, ?> options) {
        known("smtp", options, Set.of("host", "port", "from", "credentials", "tls", "timeout"));
        String host = required("smtp", options, "host");
        String from = required("smtp", options, "from");
        SmtpSettings.Tls tls = options.containsKey("tls") ? SmtpSettings.Tls.parse(String.valueOf(options.get("tls")))
                : SmtpSettings.Tls.AUTO;
        int port = options.containsKey("port") ? Arguments.intCount(options.get("port"), 1, 65535, "a port")
                : tls.defaultPort();
        String user = null;
        String password = null;
        if (options.get("credentials") != null) {
            Credential c = credential(String.valueOf(options.get("credentials")));
            user = c.user();
            password = c.password();
        }
        Duration timeout = options.containsKey("timeout") ? Arguments.duration(options.get("timeout")) : SMTP_TIMEOUT;
        smtp = new SmtpSettings(host, port, from, user, password, tls, timeout);
    }

    /** Checks an {@code email} call's options; true when it names recipients. */
    static List<String> recipients(Map<?, ?> options) {
        known("email", options, Set.of("to", "subject", "body", "attach", "when"));
        Object to = options.get("to");
        List<String> list = to instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : to == null ? List.of() : List.of(String.valueOf(to));
        if (list.isEmpty()) {
            throw new IllegalArgumentException("email needs recipients: email to: 'ops@example.com'");
        }
        return list;
    }

    /** Sends an email now; false (and one line on stderr) when it could not be delivered. */
    boolean email(Map<?, ?> options, int code) {
        List<String> to = recipients(options);
        RunReport report = report(code);
        String subject = options.get("subject") != null ? report.subject(String.valueOf(options.get("subject")))
                : report.defaultSubject();
        String body = options.get("body") != null ? String.valueOf(options.get("body")) : report.defaultBody();
        List<Path> attach = new ArrayList<>();
        Object a = options.get("attach");
        for (Object p : a instanceof Collection<?> c ? c : a == null ? List.of() : List.of(a)) {
            attach.add(Arguments.path(p instanceof CharSequence s ? s.toString() : p));
        }
        if (smtp == null) {
            return failed("could not send email to " + String.join(", ", to)
                    + ": no mail server (add smtp host: ..., from: ... before sending)");
        }
        try {
            new EmailSender(smtp, secrets).send(to, secrets.mask(subject), secrets.mask(body), attach);
            return true;
        } catch (AlertException e) {
            return failed(e.getMessage());
        }
    }

    /** Posts JSON now ({@link WebhookSender#defaultPayload} when {@code json} is null). */
    boolean webhook(String url, Object json, Map<?, ?> options, int code) {
        known("webhook", options, Set.of("json", "timeout", "when"));
        Duration timeout = options.containsKey("timeout") ? Arguments.duration(options.get("timeout")) : WEBHOOK_TIMEOUT;
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook: invalid URL '" + url + "'");
        }
        String payload;
        try {
            payload = json == null ? WebhookSender.defaultPayload(report(code))
                    : Json.MAPPER.writeValueAsString(dryRunMarked(plain(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("webhook: json: cannot be written as JSON: " + e.getOriginalMessage());
        }
        try {
            new WebhookSender(timeout, secrets).post(uri, secrets.mask(payload));
            return true;
        } catch (AlertException e) {
            return failed(e.getMessage());
        }
    }

    /**
     * A heartbeat ping now: {@code START} with no body, the others with the log tail. One that cannot be
     * delivered is a warning on stderr (and so in the run log), never a different exit code.
     */
    boolean ping(URI url, PingSender.Signal signal, Duration timeout, int code) {
        String body = signal == PingSender.Signal.START ? "" : report(code).logTail();
        try {
            new PingSender(timeout, secrets).post(PingSender.signal(url, signal), body);
            return true;
        } catch (AlertException e) {
            context.warn(secrets.mask(e.getMessage()));
            return false;
        }
    }

    /** Runs a program now with the run's variables; false when it could not run, failed or timed out. */
    boolean command(List<String> argv, Map<?, ?> options, int code) {
        known("command", options, Set.of("timeout", "when"));
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("command needs a program: command 'notify-send', 'backup failed'");
        }
        Duration timeout = options.containsKey("timeout") ? Arguments.duration(options.get("timeout")) : COMMAND_TIMEOUT;
        RunReport report = report(code);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SYNCOPATE_EXIT_CODE", Integer.toString(code));
        env.put("SYNCOPATE_SCRIPT", context.file());
        env.put("SYNCOPATE_VERDICT", report.verdict());
        env.put("SYNCOPATE_LOG", context.runLog() == null ? "" : context.runLog().toString());
        env.put("SYNCOPATE_DRY_RUN", report.dryRun() ? "1" : "0");
        env.put("SYNCOPATE_REASON", report.reason() == null ? "" : report.reason());
        context.out().flush();
        context.settings().err().flush();
        try {
            new CommandRunner(timeout, secrets).run(argv, env, context.out());
            return true;
        } catch (AlertException e) {
            return failed(e.getMessage());
        }
    }

    /** The run so far, for default subjects, bodies and payloads. */
    RunReport report(int code) {
        String reason = context.endNote() == null ? null : secrets.mask(context.endNote());
        return new RunReport(context.file(), context.hostname(), code, context.summary(),
                secrets.mask(context.log().tail(50)), context.logFiles(), reason, context.settings().dryRun());
    }

    /**
     * A script's own JSON object under {@code --dry-run} gets {@code "dryRun": true} (unless it has
     * that field): a receiver must be able to tell a rehearsal from a backup. A real run's JSON is
     * sent as written.
     */
    private Object dryRunMarked(Object json) {
        if (context.settings().dryRun() && json instanceof Map<?, ?> m && !m.containsKey("dryRun")) {
            Map<String, Object> marked = new LinkedHashMap<>();
            m.forEach((k, v) -> marked.put(String.valueOf(k), v));
            marked.put("dryRun", true);
            return marked;
        }
        return json;
    }

    private boolean failed(String message) {
        context.problem(secrets.mask(message), null);
        return false;
    }

    /** Groovy values as JSON-ready Java ones: a GString is text, not a bean. */
    private static Object plain(Object v) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Alerting::plain).toList();
        }
        if (v instanceof Path || v instanceof java.io.File || v instanceof Duration) {
            return v.toString();
        }
        return v;
    }

    /** Sums the summary rows of all blocks. */
    static Summary sum(List<Summary> all) {
        Summary s = Summary.EMPTY;
        for (Summary x : all) {
            s = new Summary(add(s.dirs(), x.dirs()), add(s.files(), x.files()), add(s.bytes(), x.bytes()),
                    s.elapsed().plus(x.elapsed()), s.copyTime().plus(x.copyTime()),
                    s.failedTime().plus(x.failedTime()), s.extrasTime().plus(x.extrasTime()));
        }
        return s;
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.total() + b.total(), a.copied() + b.copied(), a.skipped() + b.skipped(),
                a.mismatch() + b.mismatch(), a.failed() + b.failed(), a.extras() + b.extras());
    }

    static void known(String word, Map<?, ?> options, Set<String> names) {
        for (Object k : options.keySet()) {
            if (!names.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown option '" + k + "' of " + word
                        + ScriptErrors.hint(String.valueOf(k), names));
            }
        }
    }

    private static String required(String word, Map<?, ?> options, String name) {
        Object v = options.get(name);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(word + " needs '" + name + ":'");
        }
        return v.toString();
    }
}
