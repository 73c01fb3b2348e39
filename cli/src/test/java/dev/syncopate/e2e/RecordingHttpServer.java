package dev.syncopate.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's) that answers every request {@code 200 OK} and keeps what
 * it was sent, for tests of what the launcher posts (heartbeat pings).
 *
 * <pre>{@code
 * try (RecordingHttpServer hc = RecordingHttpServer.start()) {
 *     ... notify { ping '" + hc.url("/ping/abc") + "' } ...
 *     assertEquals("/ping/abc/start", hc.requests().get(0).path());
 * }
 * }</pre>
 */
final class RecordingHttpServer implements AutoCloseable {
    /** One request: its method, path with query, Content-Type and body. */
    record Request(String method, String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private RecordingHttpServer(HttpServer server) {
        this.server = server;
    }

    static RecordingHttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingHttpServer r = new RecordingHttpServer(s);
            s.createContext("/", ex -> {
                r.requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().toString(),
                        ex.getRequestHeaders().getFirst("Content-Type"),
                        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                byte[] ok = "OK".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, ok.length);
                ex.getResponseBody().write(ok);
                ex.close();
            });
            s.start();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths requested, in order. */
    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
