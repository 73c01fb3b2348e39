package dev.syncopate.dsl.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.syncopate.secret.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSenderTest {
    record Received(String method, String contentType, String body) {
    }

    private final Secrets secrets = new Secrets();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ServerSocket silent;

    /** A real server on 127.0.0.1 answering the given statuses in turn, the last one from then on. */
    private URI serve(int... statuses) throws IOException {
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", ex -> {
            received.add(new Received(ex.getRequestMethod(), ex.getRequestHeaders().getFirst("Content-Type"),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int status = statuses[Math.min(n.getAndIncrement(), statuses.length - 1)];
            reply(ex, status);
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?token=abc");
    }

    private static void reply(HttpExchange ex, int status) throws IOException {
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (silent != null) {
            silent.close();
        }
    }

    @Test
    void postsMaskedJson() throws Exception {
        URI url = serve(200);
        secrets.register("s3cret-pw");
        new WebhookSender(Duration.ofSeconds(5), secrets).post(url, "{\"text\":\"pw s3cret-pw\"}");
        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("POST", r.method());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertEquals("{\"text\":\"pw ****\"}", r.body());
    }

    @Test
    void defaultPayloadCarriesTheRunAndRendersAsText() throws Exception {
        URI url = serve(204);
        secrets.register("s3cret-pw");
        RunReport report = new RunReport("nightly", "nas01", 8, RunReportTest.SUMMARY,
                "ERROR 5 login s3cret-pw refused\nlast line", null);
        new WebhookSender(Duration.ofSeconds(5), secrets).post(url, WebhookSender.defaultPayload(report));
        JsonNode json = new ObjectMapper().readTree(received.get(0).body());
        assertEquals("[syncopate] nightly on nas01: FAILED (exit 8)\n"
                + "Files: 15 copied, 0 skipped, 2 failed, 1 extras of 17. Dirs: 1 copied, 0 failed of 3.",
                json.get("text").asText());
        assertEquals("nightly", json.get("script").asText());
        assertEquals("nas01", json.get("host").asText());
        assertEquals(8, json.get("exitCode").asInt());
        assertEquals("failure", json.get("verdict").asText());
        assertEquals(17, json.at("/summary/files/total").asLong());
        assertEquals(2, json.at("/summary/files/failed").asLong());
        assertEquals(1, json.at("/summary/files/extras").asLong());
        assertEquals(2, json.at("/summary/dirs/skipped").asLong());
        assertEquals(3990, json.at("/summary/bytes/copied").asLong());
        assertEquals(0, json.at("/summary/bytes/mismatch").asLong());
        assertEquals("ERROR 5 login **** refused\nlast line", json.get("logTail").asText());
    }

    @Test
    void oneRetryAfterA5xx() throws Exception {
        URI url = serve(500, 200);
        new WebhookSender(Duration.ofSeconds(5), secrets).post(url, "{}");
        assertEquals(2, received.size());
    }

    @Test
    void persistent5xxFailsAfterOneRetry() throws Exception {
        URI url = serve(500);
        var e = assertThrows(AlertException.class, () -> new WebhookSender(Duration.ofSeconds(5), secrets).post(url, "{}"));
        assertEquals("could not post webhook to http://127.0.0.1:" + url.getPort() + "/hook: HTTP 500", e.getMessage());
        assertEquals(2, received.size());
    }

    @Test
    void a4xxIsNotRetried() throws Exception {
        URI url = serve(404);
        var e = assertThrows(AlertException.class, () -> new WebhookSender(Duration.ofSeconds(5), secrets).post(url, "{}"));
        assertTrue(e.getMessage().endsWith(": HTTP 404"), e.getMessage());
        assertEquals(1, received.size());
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinBound() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());   // accepts in the backlog, never replies
        URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/hook");
        long start = System.nanoTime();
        var e = assertThrows(AlertException.class, () -> new WebhookSender(Duration.ofMillis(800), secrets).post(url, "{}"));
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals("could not post webhook to " + url + ": timed out after 800ms", e.getMessage());
        assertTrue(ms < 3000, ms + " ms");
    }

    @Test
    void aRefusedPortIsRetriedOnceThenReported() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/path");
        var e = assertThrows(AlertException.class, () -> new WebhookSender(Duration.ofSeconds(2), secrets).post(url, "{}"));
        assertEquals("could not post webhook to http://127.0.0.1:" + port + "/path: connection refused", e.getMessage());
    }

    @Test
    void secretsInTheUrlAreMaskedInTheMessage() throws Exception {
        URI url = serve(500);
        secrets.register("hook");
        var e = assertThrows(AlertException.class, () -> new WebhookSender(Duration.ofSeconds(5), secrets).post(url, "{}"));
        assertTrue(e.getMessage().contains("/****: HTTP 500"), e.getMessage());
        assertFalse(e.getMessage().contains("/hook"), e.getMessage());
        assertFalse(e.getMessage().contains("token"), e.getMessage());
    }
}
