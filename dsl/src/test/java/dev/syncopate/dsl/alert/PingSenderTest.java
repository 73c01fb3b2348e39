package dev.syncopate.dsl.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The URLs of healthchecks.io's protocol; the pings themselves are sent to a real server by PingIT. */
class PingSenderTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "https://hc-ping.com/abc, START, https://hc-ping.com/abc/start",
            "https://hc-ping.com/abc, SUCCESS, https://hc-ping.com/abc",
            "https://hc-ping.com/abc, FAIL, https://hc-ping.com/abc/fail",
            "https://hc-ping.com/abc/, FAIL, https://hc-ping.com/abc/fail",
            "http://127.0.0.1:8000/ping/k/nightly?create=1, START, http://127.0.0.1:8000/ping/k/nightly/start?create=1"})
    void eachSignalIsASuffixOfThePathWithTheQueryKept(String url, PingSender.Signal signal, String expected) {
        assertEquals(URI.create(expected), PingSender.signal(PingSender.url(url), signal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hc-ping.com/abc", "ftp://hc-ping.com/abc", "https:///abc", "", "http://a b"})
    void aUrlThatIsNoHttpUrlIsRefused(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PingSender.url(url));
        assertEquals("ping: invalid URL '" + url + "'", e.getMessage().substring(0, e.getMessage().indexOf(" (")));
    }

    @Test
    void aRefusedPingSaysWhereInOneLine() {
        PingSender ping = new PingSender(java.time.Duration.ofSeconds(2), new dev.syncopate.secret.Secrets());
        AlertException e = assertThrows(AlertException.class,
                () -> ping.post(URI.create("http://127.0.0.1:9/abc/start?token=x"), "body"));
        assertEquals("could not ping http://127.0.0.1:9/abc/start: connection refused", e.getMessage());
    }
}
