package dev.syncopate.dsl.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncopate.secret.Secrets;
import dev.syncopate.event.Counts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs JSON to a webhook with the JDK HttpClient.
 *
 * <pre>{@code
 * new WebhookSender(Duration.ofSeconds(10), secrets).post(URI.create(slackUrl), WebhookSender.defaultPayload(report));
 * }</pre>
 *
 * Any 2xx answer is success. A refused or timed-out connection and a 5xx answer are tried once
 * more after a short pause; a 4xx is not, it will not get better. Each attempt is bounded by the
 * timeout (connect and whole response), so a post takes at most about twice the timeout. The
 * JSON is masked before it leaves, and the URL in an error keeps no query string or user info.
 */
public final class WebhookSender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final Secrets secrets;
    private final HttpClient client;

    public WebhookSender(Duration timeout, Secrets secrets) {
        this.timeout = timeout;
        this.secrets = secrets;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public void post(URI url, String json) throws AlertException {
        String shown = secrets.mask(shown(url));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "syncopate")
                .POST(HttpRequest.BodyPublishers.ofString(secrets.mask(json)))
                .build();
        String failure;
        try {
            failure = HttpPost.send(client, request, timeout, secrets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AlertException.webhook(shown, "interrupted");
        }
        if (failure != null) {
            throw AlertException.webhook(shown, failure);
        }
    }

    /** scheme://host[:port]/path: user info and query strings often carry tokens. */
    static String shown(URI url) {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + url.getHost() + port + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /**
     * The default JSON: {@code text} for Slack and Teams incoming webhooks (the subject line, then
     * the counts), and the details as fields for anything else.
     */
    public static String defaultPayload(RunReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text(r));
        m.put("script", r.script());
        m.put("host", r.host());
        m.put("exitCode", r.exitCode());
        m.put("verdict", r.verdict());
        m.put("dryRun", r.dryRun());
        m.put("reason", r.reason());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dirs", counts(r.summary().dirs()));
        summary.put("files", counts(r.summary().files()));
        summary.put("bytes", counts(r.summary().bytes()));
        m.put("summary", summary);
        m.put("logTail", r.logTail());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);   // a map of strings and numbers always serialises
        }
    }

    private static String text(RunReport r) {
        var f = r.summary().files();
        var d = r.summary().dirs();
        return r.defaultSubject() + "\n" + r.preamble()
                + "Files: " + f.copied() + " copied, " + f.skipped() + " skipped, " + f.failed() + " failed, "
                + f.extras() + " extras of " + f.total() + ". "
                + "Dirs: " + d.copied() + " copied, " + d.failed() + " failed of " + d.total() + ".";
    }

    private static Map<String, Long> counts(Counts c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("total", c.total());
        m.put("copied", c.copied());
        m.put("skipped", c.skipped());
        m.put("mismatch", c.mismatch());
        m.put("failed", c.failed());
        m.put("extras", c.extras());
        return m;
    }
}
