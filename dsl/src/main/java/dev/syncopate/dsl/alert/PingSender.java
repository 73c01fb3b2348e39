package dev.syncopate.dsl.alert;

import dev.syncopate.secret.Secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Heartbeat pings in healthchecks.io's protocol: {@code url/start} when a run starts, {@code url} when
 * it succeeded, {@code url/fail} when it failed, each a POST whose body the service shows beside the
 * ping (the log tail). A missed success ping is what raises the alarm, so this also catches the run
 * that never happened: cron not running, the machine off.
 *
 * <pre>{@code
 * URI url = PingSender.url("https://hc-ping.com/0d6c...");            // IllegalArgumentException when not http(s)
 * PingSender ping = new PingSender(Duration.ofSeconds(10), secrets);
 * ping.post(PingSender.signal(url, PingSender.Signal.START), "");
 * ping.post(PingSender.signal(url, PingSender.Signal.FAIL), log.tail(50));
 * }</pre>
 */
public final class PingSender {
    /** healthchecks.io keeps the first 100 kB of a body, a self-hosted one 10 kB by default: the end is what matters. */
    static final int MAX_BODY = 10_000;

    /** What a ping says; its path suffix. */
    public enum Signal {
        START("/start"), SUCCESS(""), FAIL("/fail");

        private final String suffix;

        Signal(String suffix) {
            this.suffix = suffix;
        }
    }

    private final Duration timeout;
    private final Secrets secrets;
    private final HttpClient client;

    public PingSender(Duration timeout, Secrets secrets) {
        this.timeout = timeout;
        this.secrets = secrets;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The check's URL, checked: absolute {@code http://} or {@code https://} with a host. */
    public static URI url(String url) {
        URI u;
        try {
            u = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("ping: invalid URL '" + url + "' (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException("ping: invalid URL '" + url + "' (expected http:// or https://"
                    + " and a host, such as https://hc-ping.com/<uuid>)");
        }
        return u;
    }

    /** {@code url} with the signal's suffix on its path: {@code https://hc-ping.com/<uuid>/fail}, query kept. */
    public static URI signal(URI url, Signal signal) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.endsWith("/") && !signal.suffix.isEmpty()) {
            path = path.substring(0, path.length() - 1);
        }
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String user = url.getRawUserInfo() == null ? "" : url.getRawUserInfo() + "@";
        return URI.create(url.getScheme() + "://" + user + url.getHost() + port + path + signal.suffix + query);
    }

    /** POSTs {@code body} (masked, its last {@value #MAX_BODY} characters) as text. */
    public void post(URI url, String body) throws AlertException {
        String shown = secrets.mask(WebhookSender.shown(url));
        String text = secrets.mask(body == null ? "" : body);
        if (text.length() > MAX_BODY) {
            text = text.substring(text.length() - MAX_BODY);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("User-Agent", "syncopate")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build();
        String failure;
        try {
            failure = HttpPost.send(client, request, timeout, secrets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (failure != null) {
            throw new AlertException("could not ping " + shown + ": " + failure);
        }
    }
}
