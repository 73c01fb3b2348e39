package dev.syncopate.dsl;

import dev.syncopate.dsl.alert.PingSender;
import dev.syncopate.settings.DidYouMean;
import groovy.lang.Closure;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The delegate of {@code notify { ... }}: each line declares a notification, sent after the
 * {@code onExitCode} handlers with the final exit code when its {@code when:} says so.
 *
 * <pre>{@code
 * notify {
 *     email to: 'ops@example.com'                         // when: 'failure', the default
 *     webhook 'https://hooks.example.com/x', when: 'always'
 *     command 'logger', 'backup done', when: { code -> code >= 4 }
 * }
 * }</pre>
 *
 * <p>{@code when:} defaults to {@code 'failure'} (exit code 8 or more): an unattended backup should be
 * quiet when it works and loud when it does not; a success message every night trains people to ignore
 * the one that matters. Say {@code when: 'always'} for a heartbeat.
 */
public final class NotifyBlock extends DslDelegate {
    /** The block's words and how each is written, for suggestions and usage hints. */
    private static final Map<String, String> USAGE = Map.of(
            "email", "email to: 'ops@example.com', when: 'failure'",
            "webhook", "webhook 'https://hooks.example.com/x', when: 'always'",
            "command", "command 'logger', 'backup done', when: 'failure'",
            "ping", "ping 'https://hc-ping.com/<uuid>', timeout: 10.seconds");

    /** One declared notification; {@code taken} once it is being sent, so it is sent once. */
    record Rule(IntPredicate when, java.util.function.IntConsumer send, java.util.concurrent.atomic.AtomicBoolean taken) {
        Rule(IntPredicate when, java.util.function.IntConsumer send) {
            this(when, send, new java.util.concurrent.atomic.AtomicBoolean());
        }

        /** True for the one caller that sends it: the run, or the alerts of a run that had to be ended. */
        boolean claim() {
            return taken.compareAndSet(false, true);
        }
    }

    private final List<Rule> rules;

    /** {@code fallback} answers every other name: the script's variables, methods, {@code params}, {@code env}. */
    NotifyBlock(ScriptContext context, Object fallback, List<Rule> rules) {
        super(context, fallback);
        this.rules = rules;
    }

    @Override
    boolean owns(String name) {
        return USAGE.containsKey(name);
    }

    @Override
    RuntimeException misused(String name, boolean property) {
        return new IllegalArgumentException("invalid arguments for '" + name + "' (expected: " + USAGE.get(name) + ")");
    }

    @Override
    RuntimeException unknown(String name, boolean property, RuntimeException cause) {
        if (property) {
            return cause;   // a script variable that is not there: Groovy's own error, described as for the script
        }
        String hint = DidYouMean.closest(name, USAGE.keySet()).map(s -> "did you mean '" + s + "'?")
                .orElse("expected email, webhook, command or ping");
        return new IllegalArgumentException("unknown notification '" + name + "' in notify block (" + hint + ")");
    }

    /** {@code email to:, subject:, body:, attach:, when:}. */
    public void email(Map<String, ?> options) {
        Alerting.recipients(options);
        Map<String, ?> o = new LinkedHashMap<>(options);
        rules.add(new Rule(when(o.remove("when")), code -> dslContext.alerting().email(o, code)));
    }

    /** {@code webhook url, when:} with the default payload. */
    public void webhook(String url) {
        webhook(Map.of(), url);
    }

    /** {@code webhook url, json: map, timeout:, when:}. */
    public void webhook(Map<String, ?> options, String url) {
        Map<String, ?> o = new LinkedHashMap<>(options);
        IntPredicate when = when(o.remove("when"));
        Alerting.known("webhook", o, java.util.Set.of("json", "timeout"));
        rules.add(new Rule(when, code -> dslContext.alerting().webhook(url, o.get("json"), o, code)));
    }

    /** {@code command 'prog', 'arg'}. */
    public void command(Object... argv) {
        command(Map.of(), argv);
    }

    /** {@code command 'prog', 'arg', timeout:, when:}. */
    public void command(Map<String, ?> options, Object... argv) {
        Map<String, ?> o = new LinkedHashMap<>(options);
        IntPredicate when = when(o.remove("when"));
        Alerting.known("command", o, java.util.Set.of("timeout"));
        List<String> args = Arrays.stream(argv).map(String::valueOf).toList();
        rules.add(new Rule(when, code -> dslContext.alerting().command(args, o, code)));
    }

    /** {@code ping url}: a heartbeat in healthchecks.io's protocol, with a 10 s timeout. */
    public void ping(String url) {
        ping(Map.of(), url);
    }

    /**
     * {@code ping url, timeout:}: {@code url/start} now, and when the run has ended {@code url} (exit 0-7)
     * or {@code url/fail} (8 and up) with the log tail as the body. There is no {@code when:}: the URL
     * says how the run went. Not sent under {@code check} or {@code --dry-run}, whose "success" would
     * tell the service a backup ran.
     */
    public void ping(Map<String, ?> options, String url) {
        if (options.containsKey("when")) {
            throw new IllegalArgumentException("ping takes no when: (it pings url on success and url/fail on failure)");
        }
        Alerting.known("ping", options, java.util.Set.of("timeout"));
        java.net.URI u = PingSender.url(url);
        java.time.Duration timeout = options.containsKey("timeout") ? Arguments.duration(options.get("timeout"))
                : Alerting.PING_TIMEOUT;
        if (dslContext.checking() || dslContext.settings().dryRun()) {
            return;
        }
        dslContext.alerting().ping(u, PingSender.Signal.START, timeout, 0);
        rules.add(new Rule(code -> true, code -> dslContext.alerting().ping(u,
                code >= 8 ? PingSender.Signal.FAIL : PingSender.Signal.SUCCESS, timeout, code)));
    }

    /** {@code 'success'} (0 to 7), {@code 'failure'} (8 or more), {@code 'always'}, or a closure given the code. */
    static IntPredicate when(Object when) {
        if (when == null) {
            return code -> code >= 8;
        }
        if (when instanceof Closure<?> c) {
            return code -> DefaultTypeTransformation.castToBoolean(((Closure<?>) c.clone()).call(code));
        }
        return switch (String.valueOf(when)) {
            case "failure" -> code -> code >= 8;
            case "success" -> code -> code < 8;
            case "always" -> code -> true;
            default -> throw new IllegalArgumentException("when: must be 'success', 'failure', 'always' or a closure"
                    + " { code -> ... }, not '" + when + "'");
        };
    }

    /** Sends the notifications whose {@code when} holds for {@code code}, in the order declared, each once. */
    static void send(List<Rule> rules, int code) {
        for (Rule r : new ArrayList<>(rules)) {
            if (r.when().test(code) && r.claim()) {
                r.send().accept(code);
            }
        }
    }
}
