package dev.syncopate.e2e;

import dev.syncopate.sync.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Heartbeat pings ({@code notify { ping url }}, healthchecks.io's protocol) through the real launcher to a
 * real HTTP server: {@code url/start} then {@code url} with the log tail after a good run, {@code url/fail}
 * after a failed one (YAML's {@code ping:} too), a server that is down is a warning and changes no exit
 * code, a dry run pings nothing, and a bad URL is one line and exit 16 before anything is copied.
 */
class PingIT {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path tmp;
    private final RecordingHttpServer hc = RecordingHttpServer.start();

    @AfterEach
    void stop() {
        hc.close();
    }

    private Launcher.Result syncopate(String... args) {
        return Launcher.syncopateIn(tmp, args).env("SYNCOPATE_STATE_DIR", tmp.resolve("state").toString()).run();
    }

    private void script(String url, String source) {
        Trees.file(tmp, "src/a.txt", "alpha", T0);
        Trees.file(tmp, "nightly.sync.groovy", "notify { ping '" + url + "' }\n"
                + "sync('docs') { from '" + source + "'; to 'dst' }\n");
    }

    @Test
    void aGoodRunPingsStartThenTheUrlWithTheLogTail() {
        script(hc.url("/ping/abc"), "src");
        syncopate("run", "nightly.sync.groovy").assertExit(1);
        assertEquals(List.of("/ping/abc/start", "/ping/abc"), hc.paths());
        RecordingHttpServer.Request start = hc.requests().get(0);
        RecordingHttpServer.Request done = hc.requests().get(1);
        assertEquals(List.of("POST", "POST"), List.of(start.method(), done.method()));
        assertEquals("", start.body());
        assertEquals("text/plain; charset=utf-8", done.contentType());
        assertTrue(done.body().contains("New File") && done.body().contains("a.txt"), done.body());
        assertTrue(done.body().contains("   Files :         1         1"), done.body());
    }

    @Test
    void aFailedRunPingsFailWithWhyInTheBodyAlsoFromYaml() {
        script(hc.url("/ping/abc/"), "nosuch");
        syncopate("run", "nightly.sync.groovy").assertExit(16);
        assertEquals(List.of("/ping/abc/start", "/ping/abc/fail"), hc.paths());
        assertTrue(hc.requests().get(1).body().contains("ERROR 2 (0x00000002) Accessing Source Directory"),
                hc.requests().get(1).body());

        Trees.file(tmp, "nightly.sync.yaml", "sync:\n  - {from: nosuch, to: dst}\nnotify:\n"
                + "  - ping: {url: '" + hc.url("/ping/yaml?rid=1") + "', timeout: 5s}\n");
        syncopate("run", "nightly.sync.yaml").assertExit(16);
        assertEquals(List.of("/ping/yaml/start?rid=1", "/ping/yaml/fail?rid=1"), hc.paths().subList(2, 4));
    }

    @Test
    void aServerThatIsDownIsAWarningAndTheExitCodeStaysTheSyncs() {
        script("http://127.0.0.1:9/ping/abc", "src");   // port 9 (discard): nothing listens, refused
        Launcher.Result r = syncopate("run", "nightly.sync.groovy").assertExit(1);
        assertEquals(List.of("syncopate: warning: could not ping http://127.0.0.1:9/ping/abc/start: connection refused",
                "syncopate: warning: could not ping http://127.0.0.1:9/ping/abc: connection refused"), r.stderrLines());
        assertTrue(Files.exists(tmp.resolve("dst/a.txt")), "the backup ran");
    }

    @Test
    void aDryRunAndACheckPingNothing() {
        script(hc.url("/ping/abc"), "src");
        syncopate("run", "nightly.sync.groovy", "--dry-run").assertExit(1);
        syncopate("check", "nightly.sync.groovy").assertExit(0);
        assertEquals(List.of(), hc.paths(), "a rehearsal's success would tell the service a backup ran");
    }

    @Test
    void aBadUrlIsOneLineAndExit16WithNothingCopied() {
        script("hc-ping.com/abc", "src");
        Launcher.Result r = syncopate("run", "nightly.sync.groovy").assertExit(16);
        assertEquals("syncopate: nightly.sync.groovy:1: ping: invalid URL 'hc-ping.com/abc' (expected http:// or https://"
                + " and a host, such as https://hc-ping.com/<uuid>)", r.stderr().strip());
        assertFalse(Files.exists(tmp.resolve("dst")));
    }
}
