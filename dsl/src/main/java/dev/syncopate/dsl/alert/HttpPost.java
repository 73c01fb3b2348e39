package dev.syncopate.dsl.alert;

import dev.syncopate.secret.Secrets;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One POST of an alert (a webhook, a heartbeat ping), tried at most twice: a refused or timed-out
 * connection and a 5xx answer are tried once more after a short pause; a 4xx is not, it will not get
 * better, and neither is a request the server took but did not answer in time (sending it again could
 * post twice).
 *
 * <pre>{@code
 * String failure = HttpPost.send(client, request, timeout, secrets);   // null when a 2xx came back
 * if (failure != null) throw new AlertException("could not ping " + shown + ": " + failure);
 * }</pre>
 */
final class HttpPost {
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private HttpPost() {
    }

    /** Null when the server answered 2xx; else the cause in a few words ({@code HTTP 404}, {@code connection refused}). */
    static String send(HttpClient client, HttpRequest request, Duration timeout, Secrets secrets)
            throws InterruptedException {
        String failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (attempt == 2) {
                Thread.sleep(RETRY_PAUSE);
            }
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return null;
                }
                failure = "HTTP " + status;
                if (status < 500) {
                    break;
                }
            } catch (HttpTimeoutException e) {
                failure = Causes.of(e, timeout, secrets);
                if (!(e instanceof HttpConnectTimeoutException)) {
                    break;   // the server took the request: sending it again could post twice
                }
            } catch (IOException e) {
                failure = Causes.of(e, timeout, secrets);
            }
        }
        return failure;
    }
}
