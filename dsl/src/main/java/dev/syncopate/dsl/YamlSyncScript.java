package dev.syncopate.dsl;

import dev.syncopate.job.SyncFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code *.sync.yaml} file run as the script it stands for: its sections call the same words a Groovy
 * script would ({@code credentials {}}, {@code smtp}, {@code notify {}}, then one {@code sync} block per
 * entry), so exit codes, logs, masking, notifications, {@code --dry-run} and {@code check} behave alike.
 *
 * <pre>{@code
 * SyncFile f = SyncFileReader.parse(text, "nightly.sync.yaml");
 * new ScriptRunner(settings).run(new YamlSyncScript(f), "nightly.sync.yaml");
 * }</pre>
 *
 * <p>Every block is read before the first one runs, so a mistake anywhere copies nothing (exit 16).
 */
final class YamlSyncScript extends SyncScript {
    private final SyncFile file;
    private ScriptContext context;

    YamlSyncScript(SyncFile file) {
        this.file = file;
    }

    /** Called by the runner with the run's context, which the base class keeps to itself. */
    void use(ScriptContext runContext) {
        this.context = runContext;
    }

    @Override
    public Object run() {
        List<BlockSettings> blocks = new ArrayList<>();
        try {
            declare();
            for (SyncFile.Block b : file.sync()) {
                blocks.add(YamlBlock.read(context, this, b, file));
            }
        } catch (SettingError e) {
            context.reject(e);
            return null;
        }
        for (BlockSettings s : blocks) {
            try {
                BlockRunner.run(context, s);
            } catch (SettingError e) {
                context.reject(e);
            }
        }
        return null;
    }

    /** {@code metrics:}, {@code credentials:}, {@code smtp:} and {@code notify:}, in the order a Groovy script writes them. */
    private void declare() {
        if (file.metrics() != null) {
            located(file.line("/metrics", 1), () -> metrics(file.metrics()));
        }
        CredentialsBlock logins = new CredentialsBlock(context.alerting(), this);
        for (Map.Entry<String, Map<String, Object>> c : file.credentials().entrySet()) {
            int line = file.line("/credentials/" + c.getKey(), file.line("/credentials", 1));
            located(line, () -> logins.methodMissing(c.getKey(), resolved(c.getValue())));
        }
        if (file.smtp() != null) {
            located(file.line("/smtp", 1), () -> smtp(resolved(file.smtp())));
        }
        NotifyBlock notify = new NotifyBlock(context, this, context.notifications());
        for (SyncFile.Entry n : file.notifications()) {
            located(n.line(), () -> notifier(notify, n));
        }
    }

    private void notifier(NotifyBlock notify, SyncFile.Entry n) {
        Object v = n.value() instanceof Map<?, ?> m ? resolved(m) : n.value();
        switch (n.kind()) {
            case "email" -> notify.email(options(v, "email: {to: ops@example.com, when: failure}"));
            case "webhook" -> {
                Map<String, Object> o = options(v, "webhook: {url: https://..., when: always}");
                Object url = o.remove("url");
                if (url == null) {
                    throw new IllegalArgumentException("webhook needs 'url:'");
                }
                notify.webhook(o, url.toString());
            }
            case "ping" -> {
                if (v instanceof Map<?, ?>) {
                    Map<String, Object> o = options(v, "ping: {url: https://hc-ping.com/<uuid>, timeout: 10s}");
                    Object url = o.remove("url");
                    if (url == null) {
                        throw new IllegalArgumentException("ping needs 'url:'");
                    }
                    notify.ping(o, url.toString());
                } else {
                    notify.ping(String.valueOf(v));
                }
            }
            default -> {
                if (v instanceof Collection<?> argv) {
                    if (argv.isEmpty()) {
                        throw new IllegalArgumentException("command needs the program to run, a list such as"
                                + " [logger, done]");
                    }
                    notify.command(argv.toArray());
                    return;
                }
                Map<String, Object> o = options(v, "command: [logger, done], or command: {args: [...], when: always}");
                if (!(o.remove("args") instanceof Collection<?> argv) || argv.isEmpty()) {
                    throw new IllegalArgumentException("command needs 'args:', a list such as [logger, done]");
                }
                notify.command(o, argv.toArray());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(Object v, String usage) {
        if (!(v instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected " + usage);
        }
        return new LinkedHashMap<>((Map<String, Object>) v);
    }

    /** The options with each {@code {env: NAME}} replaced by the variable, as Groovy's {@code env('NAME')}. */
    private Map<String, Object> resolved(Map<?, ?> options) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : options.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("env") != null) {
                v = env(m.get("env").toString());
            }
            out.put(String.valueOf(e.getKey()), v);
        }
        return out;
    }

    /** Runs a word, its mistake reported at {@code line} of the file as a block's would be. */
    private void located(int line, Runnable word) {
        try {
            word.run();
        } catch (SettingError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SettingError(context.file() + ":" + line + ": " + ScriptErrors.describe(e));
        }
    }
}
